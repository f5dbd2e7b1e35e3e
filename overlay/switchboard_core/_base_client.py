"""The client lifecycle every facade shares, written once (as openai-python's ``_base_client``).

A facade's client class subclasses :class:`SyncAPIClient` or :class:`AsyncAPIClient`, keeps its legacy
``__init__`` signature, turns its arguments into :class:`ClientSettings` and calls ``super().__init__(settings)``.
The base then builds the HTTP stack eagerly (no lazily built client that two threads could build twice) and
gives the facade ``close`` / ``aclose``, the context managers, ``typed`` (the generated client on the same
stack), ``with_options`` (another default timeout / retry count on the *same* connection pool) and a redacted
``repr``. Messages name the public class (``type(self).__name__``), never a base.
"""

from __future__ import annotations

import importlib
from typing import Any, ClassVar, Self

from ._client import (
    NOT_GIVEN,
    AsyncInvoker,
    CallOptions,
    ClientSettings,
    SyncInvoker,
    TimeoutLike,
    _NotGiven,
    build_async_http_client,
    build_http_client,
)
from ._errors import InvalidRequestError
from ._retry import RetryPolicy


def retry_policy(max_retries: int, policy: type[RetryPolicy] = RetryPolicy, **options: Any) -> RetryPolicy:
    """A retry policy from a caller's ``max_retries``; a bad count is an :class:`InvalidRequestError`."""
    try:
        return policy(max_retries=max_retries, **options)
    except ValueError as exc:
        raise InvalidRequestError(str(exc)) from exc


class _APIClient:
    _typed_package: ClassVar[str] = ""
    """The generated package whose ``Client`` :attr:`typed` returns (e.g. ``"messagemedia_api"``)."""

    _settings: ClientSettings

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    def _typed_client(self) -> Any:
        if not self._typed_package:
            raise NotImplementedError(f"{type(self).__name__} has no typed client")
        return importlib.import_module(self._typed_package).Client(base_url=self._settings.base_url)

    def _derived(self, settings: ClientSettings) -> Self:
        """A copy of this client with other settings (the caller sets its invoker)."""
        client = type(self).__new__(type(self))
        client.__dict__.update({k: v for k, v in self.__dict__.items() if k in self._shared_attributes()})
        client._settings = settings
        return client

    def _shared_attributes(self) -> frozenset[str]:
        """Instance attributes a :meth:`with_options` copy keeps (facades add their own state, e.g. caches)."""
        return frozenset()

    def __repr__(self) -> str:  # auth objects keep their own redacted reprs
        return f"{type(self).__name__}(base_url={self._settings.base_url!r}, auth={self._settings.auth!r})"


class SyncAPIClient(_APIClient):
    """Sync lifecycle: the invoker built in ``__init__``, ``close``, ``with`` and ``with_options``."""

    _invoker: SyncInvoker

    def __init__(self, settings: ClientSettings) -> None:
        self._settings = settings
        self._invoker = SyncInvoker(build_http_client(settings), settings)

    @property
    def typed(self) -> Any:
        """The generated client on this client's stack (auth, retries, timeouts, logging); errors are values there."""
        return self._typed_client().set_httpx_client(self._invoker.http)

    def with_options(self, *, timeout: TimeoutLike | _NotGiven = NOT_GIVEN, max_retries: int | None = None) -> Self:
        """This client with another default timeout and/or retry count, sharing its connection pool.

        Closing either closes the shared pool (as openai-python's ``with_options`` copies do)."""
        settings = self._settings.evolve(timeout=timeout, max_retries=max_retries)
        client = self._derived(settings)
        client._invoker = self._invoker.derive(settings)
        return client

    def close(self) -> None:
        self._invoker.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncAPIClient(_APIClient):
    """Async lifecycle: the invoker built in ``__init__``, ``aclose``, ``async with`` and ``with_options``."""

    _invoker: AsyncInvoker

    def __init__(self, settings: ClientSettings) -> None:
        self._settings = settings
        self._invoker = AsyncInvoker(build_async_http_client(settings), settings)

    @property
    def typed(self) -> Any:
        """The generated client on this client's stack: ``await op.asyncio_detailed(client=client.typed, ...)``."""
        return self._typed_client().set_async_httpx_client(self._invoker.http)

    def with_options(self, *, timeout: TimeoutLike | _NotGiven = NOT_GIVEN, max_retries: int | None = None) -> Self:
        """This client with another default timeout and/or retry count, sharing its connection pool."""
        settings = self._settings.evolve(timeout=timeout, max_retries=max_retries)
        client = self._derived(settings)
        client._invoker = self._invoker.derive(settings)
        return client

    async def aclose(self) -> None:
        await self._invoker.http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


__all__ = ["AsyncAPIClient", "CallOptions", "SyncAPIClient", "retry_policy"]

"""The client lifecycle every facade shares, written once (as openai-python's ``_base_client``).

A facade's client class subclasses :class:`SyncAPIClient` or :class:`AsyncAPIClient`, keeps its legacy
``__init__`` signature, turns its arguments into :class:`ClientSettings` and calls ``super().__init__(settings)``.
The base then builds the HTTP stack eagerly (no lazily built client that two threads could build twice) and
gives the facade ``close`` / ``aclose``, the context managers, ``typed`` (the generated client on the same
stack), ``with_options`` (another default timeout / retry count on the *same* connection pool) and a redacted
``repr``. Messages name the public class (``type(self).__name__``), never a base. The two lifecycles are in
``switchboard_core._sync`` / ``._async._client`` (written once in the async form); this module holds what
they share.
"""

from __future__ import annotations

import importlib
from typing import Any, ClassVar, Self

import httpx

from ._client import NOT_GIVEN, CallOptions, ClientSettings, TimeoutLike, _NotGiven
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

    def _typed_client(self) -> Any:
        if not self._typed_package:
            raise NotImplementedError(f"{type(self).__name__} has no typed client")
        return importlib.import_module(self._typed_package).Client(base_url=self._settings.base_url)

    def _typed_on(self, http: httpx.Client | httpx.AsyncClient) -> Any:
        """The generated client on ``http``, built once per client (as SMS.CX's ``typed``), not on every access."""
        cached = self.__dict__.get("_typed_cache")
        if cached is None or cached[0] is not http:
            client = self._typed_client()
            client = (
                client.set_httpx_client(http) if isinstance(http, httpx.Client) else client.set_async_httpx_client(http)
            )
            cached = self.__dict__["_typed_cache"] = (http, client)
        return cached[1]

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


class _WithOptions(_APIClient):
    _invoker: Any

    def with_options(
        self,
        *,
        timeout: TimeoutLike | _NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: float | _NotGiven | None = NOT_GIVEN,
    ) -> Self:
        """This client with another default timeout, retry count and/or total deadline per call (seconds, or None
        for none), sharing its connection pool.

        Closing either closes the shared pool (as openai-python's ``with_options`` copies do)."""
        settings = self._settings.evolve(timeout=timeout, max_retries=max_retries, deadline=deadline)
        client = self._derived(settings)
        client._invoker = self._invoker.derive(settings)
        return client


__all__ = ["CallOptions", "retry_policy"]

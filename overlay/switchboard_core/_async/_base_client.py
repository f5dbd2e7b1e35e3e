"""The client lifecycle (see :mod:`switchboard_core._base_client`): the invoker built in ``__init__``, closing,
the context manager, ``typed`` and ``base_url``."""

from __future__ import annotations

from typing import Any, Self

import httpx

from .._base_client import _WithOptions
from .._client import ClientSettings, build_async_http_client
from ._invoker import AsyncInvoker


class AsyncLifecycle(_WithOptions):
    """The lifecycle (the facade's sync or async client subclasses it): the invoker built in ``__init__`` (on
    ``session``, a caller's httpx client, when given: see the invoker's class), closing, the context manager and
    ``with_options``; no ``base_url`` (a facade names it)."""

    _invoker: AsyncInvoker

    def __init__(self, settings: ClientSettings, session: httpx.AsyncClient | None = None) -> None:
        self._settings = settings
        http = build_async_http_client(settings) if session is None else session
        self._invoker = AsyncInvoker(http, settings, session=session is not None)

    @property
    def typed(self) -> Any:
        """The generated client on this client's stack (auth, retries, timeouts, logging); errors are values there
        (async: ``await op.asyncio_detailed(client=client.typed, ...)``)."""
        return self._typed_on(self._invoker.http)

    async def aclose(self) -> None:
        """Close the HTTP client this object built (a caller's ``session`` is left open)."""
        if not self._invoker.session:
            await self._invoker.http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


class AsyncAPIClient(AsyncLifecycle):
    """The lifecycle and ``base_url``."""

    @property
    def base_url(self) -> str:
        return self._settings.base_url

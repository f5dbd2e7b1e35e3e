"""Invoking operations, in the form the sync one is derived from: the download consumers, the invoker that sends
:class:`~switchboard_core.Call` objects on one httpx client (see :mod:`switchboard_core._client`), and the client
lifecycle every facade shares (:mod:`switchboard_core._base_client`)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO, Any, Self, TypeVar

import httpx

from .._base_client import _WithOptions
from .._client import (
    Call,
    CallOptions,
    ClientSettings,
    _consume_error,
    _defaults,
    _finish,
    _Invoker,
    build_async_http_client,
)
from .._credentials import check_credentials
from .._download import AsyncConsumer, DownloadTarget, asave_body
from ._http import aread, asend

T = TypeVar("T")


async def aread_body(response: httpx.Response) -> bytes:
    """The whole body of a streamed response."""
    return await response.aread()


def awrite_body(file: IO[bytes]) -> AsyncConsumer[IO[bytes]]:
    """A consumer writing the body into the open binary ``file``, chunk by chunk; it returns the file (the writes
    themselves are blocking; chunks are small)."""

    async def consume(response: httpx.Response) -> IO[bytes]:
        async for chunk in response.aiter_bytes():
            file.write(chunk)
        return file

    return consume


def aconsumer_for(to: DownloadTarget) -> AsyncConsumer[bytes | Path | IO[bytes]]:
    """The consumer for a :data:`DownloadTarget`."""
    if to is None:
        return aread_body
    if isinstance(to, str | os.PathLike):
        return asave_body(to)
    return awrite_body(to)


_OPTIONS = CallOptions()
"""No per-call overrides."""


class AsyncInvoker(_Invoker):
    """Sends :class:`Call` objects on one httpx client."""

    http: httpx.AsyncClient

    def __init__(
        self,
        http: httpx.AsyncClient,
        settings: ClientSettings,
        *,
        built: ClientSettings | None = None,
        session: bool = False,
    ) -> None:
        if built is None:  # a new client, not a derived one: its credentials are checked once
            check_credentials(settings.auth, dict(settings.headers), settings.error_map)
        self.http = http
        self.settings = settings
        self.built = settings if built is None else built
        """The settings ``http`` was built with; calls get what ``settings`` changes as per-call defaults."""
        self.defaults = _defaults(self.built, settings)
        self.session = session
        """``http`` is a caller's client: each request gets an absolute URL, the settings' headers and auth."""

    def derive(self, settings: ClientSettings) -> AsyncInvoker:
        """An invoker on the same HTTP client (same pool) whose calls default to ``settings``' timeout and retries."""
        return AsyncInvoker(self.http, settings, built=self.built, session=self.session)

    async def _send(self, request: httpx.Request, stream: bool) -> httpx.Response:
        async def streamed(outgoing: httpx.Request) -> httpx.Response:
            return await self.http.send(outgoing, stream=True, auth=self._auth)

        return await asend(streamed, request, stream=stream, errors=self.settings.error_map)

    async def run(self, call: Call[T], options: CallOptions = _OPTIONS) -> T:
        request = self._request(call, options)
        return _finish(await self._send(request, stream=False), call, self.settings.error_map)

    async def stream(self, call: Call[Any], consume: AsyncConsumer[T], options: CallOptions = _OPTIONS) -> T:
        """Send ``call`` without reading the body; a 2xx response goes to ``consume`` (which may iterate it, e.g.
        to write it to a file; in the async form a coroutine function) and is closed afterwards. Errors are raised
        as by :meth:`run` (their body read); ``call.parse`` is not used."""
        errors = self.settings.error_map
        response = await self._send(self._request(call, options), stream=True)
        try:
            if not 200 <= response.status_code < 300:
                await aread(response, errors)  # the body first: the error keeps it
                raise errors.for_response(response)
            try:
                return await consume(response)
            except Exception as exc:
                raise _consume_error(response, errors, exc) from exc
        finally:
            await response.aclose()

    async def download(
        self, call: Call[Any], to: DownloadTarget = None, options: CallOptions = _OPTIONS
    ) -> bytes | Path | IO[bytes]:
        """Stream ``call``'s 2xx body to the file at path ``to`` (atomically; returns its :class:`Path`), into the
        open binary file ``to`` (returns it), or into memory (``to=None``; returns the bytes)."""
        return await self.stream(call, aconsumer_for(to), options)


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

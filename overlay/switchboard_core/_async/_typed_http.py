"""Sending with every failure typed (see :mod:`switchboard_core._typed_http`): read, send and the typed client."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx

from .._errors import DEFAULT_ERROR_MAP, ErrorMap, SwitchboardError, connection_error, invalid_request
from .._typed_http import NO_ANSWER, UNBUILDABLE, AsyncSend, encoded, lean_cookies, undecodable


class AsyncRawRecorder(httpx.AsyncByteStream):
    """Keeps the raw bytes of an encoded body as they are read, for the error if decoding it fails."""

    def __init__(self, stream: httpx.AsyncByteStream) -> None:
        self._stream = stream
        self.raw = bytearray()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            self.raw += chunk
            yield chunk

    async def aclose(self) -> None:
        await self._stream.aclose()


async def aread(response: httpx.Response, errors: ErrorMap = DEFAULT_ERROR_MAP) -> None:
    """Read a streamed ``response``'s body, raising the typed error if that fails (the response is then closed)."""
    recorder = None
    if encoded(response) and isinstance(response.stream, httpx.AsyncByteStream):
        recorder = response.stream = AsyncRawRecorder(response.stream)
    try:
        await response.aread()
    except httpx.DecodingError as exc:
        await response.aclose()
        raise undecodable(response, bytes(recorder.raw if recorder else b""), exc, errors) from exc
    except NO_ANSWER as exc:
        await response.aclose()
        raise connection_error(exc, response.request, errors) from exc


async def asend(
    send_streamed: AsyncSend,
    request: httpx.Request,
    *,
    stream: bool = False,
    errors: ErrorMap = DEFAULT_ERROR_MAP,
) -> httpx.Response:
    """``send_streamed(request)`` (which sends with ``stream=True``), the body read unless ``stream``; typed errors."""
    try:
        response = await send_streamed(request)
    except SwitchboardError:
        raise
    except UNBUILDABLE as exc:  # a redirect to a URL httpx cannot parse
        raise invalid_request(exc, errors) from exc
    except NO_ANSWER as exc:
        raise connection_error(exc, request, errors) from exc
    if not stream:
        await aread(response, errors)
    return response


class AsyncTypedClient(httpx.AsyncClient):
    """An httpx client whose ``build_request`` and ``send`` raise the :class:`ErrorMap`'s classes only."""

    def __init__(self, *, error_map: ErrorMap = DEFAULT_ERROR_MAP, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.error_map = error_map
        lean_cookies(self)

    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        try:
            return super().build_request(*args, **kwargs)
        except UNBUILDABLE as exc:
            raise invalid_request(exc, self.error_map) from exc

    async def send(self, request: httpx.Request, *, stream: bool = False, **kwargs: Any) -> httpx.Response:
        return await asend(
            lambda r: super(AsyncTypedClient, self).send(r, stream=True, **kwargs),
            request,
            stream=stream,
            errors=self.error_map,
        )

"""Sending on httpx with every failure typed: no httpx exception class leaves the runtime.

:func:`send` / :func:`asend` send a request (the body left unread when ``stream`` is true) and turn what httpx
raises into the :class:`ErrorMap`'s classes, httpx's exception chained as ``__cause__``:

- a request httpx cannot build (``httpx.InvalidURL``: a URL over 64 KiB or not printable; a header value it
  cannot encode) -> ``errors.invalid_request``, before anything is sent;
- no usable answer (transport, protocol, too many redirects, stream errors) -> ``errors.connection`` /
  ``errors.timeout``;
- an answer whose body cannot be decoded (``Content-Encoding: gzip`` that is not gzip) -> the parse error for a
  2xx, else the status error, keeping the status, the headers and the raw body as received.

:class:`TypedClient` / :class:`AsyncTypedClient` are httpx clients that do this on their own ``send`` and
``build_request``, so the generated typed functions get typed errors too.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import httpx

from ._errors import DEFAULT_ERROR_MAP, ErrorMap, SwitchboardError, connection_error, invalid_request
from ._redact import redact_exception_chain, request_secrets
from ._urls import joined_url

NO_ANSWER = (httpx.HTTPError, httpx.StreamError)
"""What httpx raises for a request that got no usable answer (``httpx.DecodingError`` is handled on its own)."""
UNBUILDABLE = (httpx.InvalidURL, UnicodeEncodeError)
"""What httpx raises for a request it cannot build."""


class _RawRecorder(httpx.SyncByteStream):
    """Keeps the raw bytes of an encoded body as they are read, for the error if decoding it fails."""

    def __init__(self, stream: httpx.SyncByteStream) -> None:
        self._stream = stream
        self.raw = bytearray()

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            self.raw += chunk
            yield chunk

    def close(self) -> None:
        self._stream.close()


class _AsyncRawRecorder(httpx.AsyncByteStream):
    """The async twin of :class:`_RawRecorder`."""

    def __init__(self, stream: httpx.AsyncByteStream) -> None:
        self._stream = stream
        self.raw = bytearray()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            self.raw += chunk
            yield chunk

    async def aclose(self) -> None:
        await self._stream.aclose()


def _encoded(response: httpx.Response) -> bool:
    return response.headers.get("content-encoding", "").strip().lower() not in ("", "identity")


def _undecodable(response: httpx.Response, raw: bytes, exc: httpx.DecodingError, errors: ErrorMap) -> Exception:
    """The error for an answer whose body could not be decoded: built on a copy carrying the raw body."""
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() != "content-encoding"]
    copy = httpx.Response(
        response.status_code, headers=headers, content=raw, request=response.request, extensions=response.extensions
    )
    error = (
        errors.parse_error.from_exception(copy, exc) if 200 <= response.status_code < 300 else errors.for_response(copy)
    )
    error.headers = response.headers
    error.__cause__ = exc
    redact_exception_chain(exc, request_secrets(response.request))  # httpx's error keeps the request it read for
    return error


def read(response: httpx.Response, errors: ErrorMap = DEFAULT_ERROR_MAP) -> None:
    """Read a streamed ``response``'s body, raising the typed error if that fails (the response is then closed)."""
    recorder = None
    if _encoded(response) and isinstance(response.stream, httpx.SyncByteStream):
        recorder = response.stream = _RawRecorder(response.stream)
    try:
        response.read()
    except httpx.DecodingError as exc:
        response.close()
        raise _undecodable(response, bytes(recorder.raw if recorder else b""), exc, errors) from exc
    except NO_ANSWER as exc:
        response.close()
        raise connection_error(exc, response.request, errors) from exc


async def aread(response: httpx.Response, errors: ErrorMap = DEFAULT_ERROR_MAP) -> None:
    """The async twin of :func:`read`."""
    recorder = None
    if _encoded(response) and isinstance(response.stream, httpx.AsyncByteStream):
        recorder = response.stream = _AsyncRawRecorder(response.stream)
    try:
        await response.aread()
    except httpx.DecodingError as exc:
        await response.aclose()
        raise _undecodable(response, bytes(recorder.raw if recorder else b""), exc, errors) from exc
    except NO_ANSWER as exc:
        await response.aclose()
        raise connection_error(exc, response.request, errors) from exc


def send(
    send_streamed: Callable[[httpx.Request], httpx.Response],
    request: httpx.Request,
    *,
    stream: bool = False,
    errors: ErrorMap = DEFAULT_ERROR_MAP,
) -> httpx.Response:
    """``send_streamed(request)`` (which sends with ``stream=True``), the body read unless ``stream``; typed errors."""
    try:
        response = send_streamed(request)
    except SwitchboardError:
        raise
    except UNBUILDABLE as exc:  # a redirect to a URL httpx cannot parse
        raise invalid_request(exc, errors) from exc
    except NO_ANSWER as exc:
        raise connection_error(exc, request, errors) from exc
    if not stream:
        read(response, errors)
    return response


async def asend(
    send_streamed: Callable[[httpx.Request], Awaitable[httpx.Response]],
    request: httpx.Request,
    *,
    stream: bool = False,
    errors: ErrorMap = DEFAULT_ERROR_MAP,
) -> httpx.Response:
    """The async twin of :func:`send`."""
    try:
        response = await send_streamed(request)
    except SwitchboardError:
        raise
    except UNBUILDABLE as exc:
        raise invalid_request(exc, errors) from exc
    except NO_ANSWER as exc:
        raise connection_error(exc, request, errors) from exc
    if not stream:
        await aread(response, errors)
    return response


def build(build_request: Callable[..., httpx.Request], errors: ErrorMap, **kwargs: Any) -> httpx.Request:
    """``build_request(**kwargs)``; a request httpx cannot build is ``errors.invalid_request``."""
    try:
        return build_request(**kwargs)
    except UNBUILDABLE as exc:
        raise invalid_request(exc, errors) from exc


class _Cookies(httpx.Cookies):
    """The client's cookie jar, which reads a response's cookies only when it sets some: httpx's ``extract_cookies``
    builds a ``urllib`` request and an ``email`` message for every response, a tenth of a call's CPU."""

    def extract_cookies(self, response: httpx.Response) -> None:
        if any(name.lower() == b"set-cookie" for name, _ in response.headers.raw):
            super().extract_cookies(response)


def _lean_cookies(client: httpx.Client | httpx.AsyncClient) -> None:
    cookies = _Cookies()
    cookies.jar = client.cookies.jar
    client._cookies = cookies  # the jar httpx's send extracts into; assigning ``cookies`` would copy it


class TypedClient(httpx.Client):
    """An ``httpx.Client`` whose ``build_request`` and ``send`` raise the :class:`ErrorMap`'s classes only."""

    def __init__(self, *, error_map: ErrorMap = DEFAULT_ERROR_MAP, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.error_map = error_map
        _lean_cookies(self)

    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        if not args and (joined := joined_url(self, kwargs.get("url"), kwargs.get("params"))) is not None:
            kwargs["url"], kwargs["params"] = joined, None  # parsed once (the generated functions' relative URLs)
        try:
            return super().build_request(*args, **kwargs)
        except UNBUILDABLE as exc:
            raise invalid_request(exc, self.error_map) from exc

    def send(self, request: httpx.Request, *, stream: bool = False, **kwargs: Any) -> httpx.Response:
        return send(
            lambda r: super(TypedClient, self).send(r, stream=True, **kwargs),
            request,
            stream=stream,
            errors=self.error_map,
        )


class AsyncTypedClient(httpx.AsyncClient):
    """The async twin of :class:`TypedClient`."""

    def __init__(self, *, error_map: ErrorMap = DEFAULT_ERROR_MAP, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.error_map = error_map
        _lean_cookies(self)

    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        if not args and (joined := joined_url(self, kwargs.get("url"), kwargs.get("params"))) is not None:
            kwargs["url"], kwargs["params"] = joined, None  # parsed once (the generated functions' relative URLs)
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

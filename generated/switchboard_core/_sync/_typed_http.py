# Derived from overlay/switchboard_core/_async/_typed_http.py by `make generate` (unasync): edit that file, not this one.
"""Sending with every failure typed (see :mod:`switchboard_core._typed_http`): read, send and the typed client."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx

from .._errors import DEFAULT_ERROR_MAP, ErrorMap, SwitchboardError, connection_error, invalid_request
from .._typed_http import NO_ANSWER, UNBUILDABLE, SyncSend, encoded, lean_cookies, undecodable


class SyncRawRecorder(httpx.SyncByteStream):
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


def read(response: httpx.Response, errors: ErrorMap = DEFAULT_ERROR_MAP) -> None:
    """Read a streamed ``response``'s body, raising the typed error if that fails (the response is then closed)."""
    recorder = None
    if encoded(response) and isinstance(response.stream, httpx.SyncByteStream):
        recorder = response.stream = SyncRawRecorder(response.stream)
    try:
        response.read()
    except httpx.DecodingError as exc:
        response.close()
        raise undecodable(response, bytes(recorder.raw if recorder else b""), exc, errors) from exc
    except NO_ANSWER as exc:
        response.close()
        raise connection_error(exc, response.request, errors) from exc


def send(
    send_streamed: SyncSend,
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


class TypedClient(httpx.Client):
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

    def send(self, request: httpx.Request, *, stream: bool = False, **kwargs: Any) -> httpx.Response:
        return send(
            lambda r: super(TypedClient, self).send(r, stream=True, **kwargs),
            request,
            stream=stream,
            errors=self.error_map,
        )

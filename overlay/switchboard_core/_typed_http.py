"""Sending on httpx with every failure typed: no httpx exception class leaves the runtime.

:func:`send` / :func:`asend` (``switchboard_core._sync`` / ``._async._http``, written once in the async
form) send a request (the body left unread when ``stream`` is true) and turn what httpx
raises into the :class:`ErrorMap`'s classes, httpx's exception chained as ``__cause__``:

- a request httpx cannot build (``httpx.InvalidURL``: a URL over 64 KiB or not printable; a header value it
  cannot encode) -> ``errors.invalid_request``, before anything is sent;
- no usable answer (transport, protocol, too many redirects, stream errors) -> ``errors.connection`` /
  ``errors.timeout``;
- an answer whose body cannot be decoded (``Content-Encoding: gzip`` that is not gzip) -> the parse error for a
  2xx, else the status error, keeping the status, the headers and the raw body as received.

:class:`TypedClient` / :class:`AsyncTypedClient` (same modules) are httpx clients that do this on their own
``send`` and ``build_request``, so the generated typed functions get typed errors too. This module holds what
both forms share.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from ._errors import ErrorMap, invalid_request
from ._redact import redact_exception_chain, request_secrets

NO_ANSWER = (httpx.HTTPError, httpx.StreamError)
"""What httpx raises for a request that got no usable answer (``httpx.DecodingError`` is handled on its own)."""
UNBUILDABLE = (httpx.InvalidURL, UnicodeEncodeError)
"""What httpx raises for a request it cannot build."""

SyncSend = Callable[[httpx.Request], httpx.Response]
"""Sends one request with ``stream=True`` (what :func:`send` wraps)."""
AsyncSend = Callable[[httpx.Request], Awaitable[httpx.Response]]
"""Sends one request with ``stream=True``, awaited (what :func:`asend` wraps)."""


def encoded(response: httpx.Response) -> bool:
    """True if ``response``'s body is content-encoded (gzip, deflate, ...)."""
    return response.headers.get("content-encoding", "").strip().lower() not in ("", "identity")


def undecodable(response: httpx.Response, raw: bytes, exc: httpx.DecodingError, errors: ErrorMap) -> Exception:
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


def lean_cookies(client: httpx.Client | httpx.AsyncClient) -> None:
    """Give ``client`` a cookie jar that reads a response's cookies only when it sets some."""
    cookies = _Cookies()
    cookies.jar = client.cookies.jar
    client._cookies = cookies  # the jar httpx's send extracts into; assigning ``cookies`` would copy it

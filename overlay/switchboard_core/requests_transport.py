"""An httpx transport that sends through a caller's ``requests.Session``, for facades whose legacy SDK took one.

    client = httpx.Client(transport=RequestsSessionTransport(session))

Everything the session carries applies: its adapters (``session.mount(...)``, test doubles such as ``responses``,
``requests-mock`` or ``requests-testadapter``), proxies, client certificate, ``verify``, cookies, default headers
and hooks. The httpx request's own headers win over the session's (as a request's headers do in requests), except
the transport-level ones httpx adds (``Host``, ``Connection``, ``Accept-Encoding``, ``Content-Length``), which
requests sets itself. Redirects are followed, as requests does by default. ``requests`` is imported only here,
and only by a facade given a session; it is not a dependency of the runtime.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

import httpx

from ._errors import InvalidRequestError

if TYPE_CHECKING:
    from ._client import ClientSettings

TRANSPORT_HEADERS = frozenset({"host", "connection", "accept-encoding", "content-length", "transfer-encoding"})
"""Headers requests (urllib3) writes for the connection it actually uses."""
DECODED_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})
"""Dropped from the answer: requests hands over the decoded body."""


def is_requests_session(value: object) -> bool:
    """Whether ``value`` is a ``requests.Session`` (False when requests is not even imported)."""
    import sys

    module = sys.modules.get("requests.sessions")
    return module is not None and isinstance(value, module.Session)


class RequestsSessionTransport(httpx.BaseTransport):
    """Sends each httpx request with ``session.request(...)`` and turns the answer back into an httpx response.

    The request's httpx timeout becomes requests' ``(connect, read)`` timeout; requests' connection errors and
    timeouts become httpx's ``ConnectError`` / ``ConnectTimeout`` / ``ReadTimeout``, a broken answer
    (``ChunkedEncodingError``, ``ContentDecodingError``) ``RemoteProtocolError`` and any other ``RequestException``
    ``LocalProtocolError`` (not retried), so retries and error mapping work as on the default transport.
    ``close()`` leaves the caller's session open.
    """

    def __init__(self, session: Any) -> None:
        self.session = session

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        import requests

        timeout = request.extensions.get("timeout", {})
        headers = {name: value for name, value in request.headers.items() if name.lower() not in TRANSPORT_HEADERS}
        try:
            answer = self.session.request(
                request.method,
                str(request.url),
                headers=headers,
                data=request.read() or None,
                timeout=(timeout.get("connect"), timeout.get("read")),
            )
        except requests.exceptions.ConnectTimeout as exc:
            raise httpx.ConnectTimeout(str(exc), request=request) from exc
        except requests.exceptions.Timeout as exc:
            raise httpx.ReadTimeout(str(exc), request=request) from exc
        except requests.exceptions.ConnectionError as exc:
            raise httpx.ConnectError(str(exc), request=request) from exc
        except (requests.exceptions.ChunkedEncodingError, requests.exceptions.ContentDecodingError) as exc:
            raise httpx.RemoteProtocolError(f"{type(exc).__name__}: {exc}", request=request) from exc
        except requests.exceptions.RequestException as exc:  # a redirect loop, a header or URL requests refuses
            raise httpx.LocalProtocolError(f"{type(exc).__name__}: {exc}", request=request) from exc
        kept = [(name, value) for name, value in answer.headers.items() if name.lower() not in DECODED_HEADERS]
        return httpx.Response(answer.status_code, headers=kept, content=answer.content, request=request)

    def close(self) -> None:
        """The session is the caller's: it stays open."""


def checked_session(value: object, wanted: type[httpx.Client] | type[httpx.AsyncClient]) -> Any:
    """The caller's ``session``, if it is the httpx client this class sends with (a sync class also takes a
    ``requests.Session``: see :func:`with_session`)."""
    sync = wanted is httpx.Client
    if value is not None and not isinstance(value, wanted) and not (sync and is_requests_session(value)):
        kind, name = f"{type(value).__module__}.{type(value).__name__}", f"{wanted.__module__}.{wanted.__name__}"
        either = "a requests.Session or " if sync else ""
        raise InvalidRequestError(f"session must be {either}an {name} (or None), not {kind}")
    return value


def with_session(config: ClientSettings, session: object) -> tuple[ClientSettings, httpx.Client | None]:
    """A sync client's settings and the httpx client it sends with: a ``requests.Session`` becomes the transport
    of the client we build (so our credentials, retries and timeouts apply through it); an ``httpx.Client`` is
    used as it is."""
    if is_requests_session(session):
        return replace(config, transport=RequestsSessionTransport(session)), None
    return config, checked_session(session, httpx.Client)


__all__ = ["RequestsSessionTransport", "checked_session", "is_requests_session", "with_session"]

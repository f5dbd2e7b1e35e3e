"""A framework-neutral webhook endpoint and its WSGI and ASGI adapters.

    receiver = WebhookReceiver(parse_event, handle)       # a provider's parse_event, your handler
    flask_app.wsgi_app = DispatcherMiddleware(flask_app.wsgi_app, {"/hooks/sms": receiver.wsgi()})
    fastapi_app.mount("/hooks/sms", receiver.asgi())        # Starlette likewise
    status, body = receiver.handle(WebhookRequest("POST", "/hooks/sms", headers, raw_body))  # anything else

The order of checks is fixed: method, source address, secret path segment, size, signature, parse, then the
handler under de-duplication. A request that fails a check gets its status (405, 403, 404, 413, 401, 400) and
the handler never sees any part of it; a handler that raises gets 500 (the provider retries; its key is
released). Any 2xx, including a redelivery that was skipped, tells the provider to stop.
"""

from __future__ import annotations

import hmac
import inspect
import ipaddress
import json
import logging
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar
from urllib.parse import quote

from ._dedupe import Deduplicator
from ._events import WebhookEvent, WebhookParseError, WebhookSignatureError

E = TypeVar("E", bound=WebhookEvent[Any])

logger = logging.getLogger("switchboard.webhooks")

MAX_BODY = 1 << 20
"""Largest body accepted by default (1 MiB; an SMS.CX batch of 200 events is far smaller)."""

Parser = Callable[[bytes, Mapping[str, str]], E]
Verifier = Callable[["WebhookRequest"], None]
Handler = Callable[[E], object] | Callable[[E], Awaitable[object]]
WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]
ASGIApp = Callable[
    [dict[str, Any], Callable[[], Awaitable[dict[str, Any]]], Callable[[dict[str, Any]], Awaitable[None]]],
    Coroutine[Any, Any, None],
]


@dataclass(frozen=True)
class WebhookRequest:
    """An incoming request as a receiver sees it: ``target`` is the path and query as sent on the request line."""

    method: str
    target: str
    headers: Mapping[str, str]
    """Lower-case names."""
    body: bytes = field(repr=False)
    remote_addr: str | None = None
    http_version: str = "HTTP/1.1"

    @property
    def request_line(self) -> str:
        """``POST /hooks/sms?x=1 HTTP/1.1``."""
        return f"{self.method} {self.target} {self.http_version}"


@dataclass(frozen=True)
class WebhookResponse:
    status: int
    body: dict[str, Any]

    def encoded(self) -> bytes:
        return json.dumps(self.body).encode()


def _reply(status: int, **body: Any) -> WebhookResponse:
    return WebhookResponse(status, body)


class WebhookReceiver(Generic[E]):
    """One webhook endpoint: checks, ``parse`` (a provider's ``parse_event``), then ``handler`` once per event.

    ``verify``: a signature check raising :class:`WebhookSignatureError` (for providers that sign).
    ``path_secret``: for providers that do not sign, a secret the URL's last path segment must equal (compared in
    constant time; 404 otherwise). ``allowed_ips``: addresses or networks the request must come from (behind a
    proxy, the WSGI/ASGI server must put the client's address in ``REMOTE_ADDR`` / ``client``).
    ``handler`` may be a coroutine function when served through :meth:`asgi` or :meth:`ahandle`.
    """

    def __init__(
        self,
        parse: Parser[E],
        handler: Handler[E],
        *,
        verify: Verifier | None = None,
        dedupe: Deduplicator | None = None,
        path_secret: str | None = None,
        allowed_ips: Iterable[str] | None = None,
        max_body: int = MAX_BODY,
    ) -> None:
        self.parse = parse
        self.handler = handler
        self.verify = verify
        self.dedupe = dedupe if dedupe is not None else Deduplicator()
        self._secret = path_secret.encode() if path_secret else None
        self._networks = [ipaddress.ip_network(a, strict=False) for a in allowed_ips] if allowed_ips else None
        self.max_body = max_body

    def __repr__(self) -> str:
        return f"{type(self).__name__}(parse={getattr(self.parse, '__qualname__', self.parse)!r})"

    # -- the checks ---------------------------------------------------------------------------------------------

    def _refusal(self, request: WebhookRequest) -> WebhookResponse | None:
        if request.method != "POST":
            return _reply(405, error="only POST is accepted")
        if self._networks is not None and not self._allowed(request.remote_addr):
            return _reply(403, error="source address not allowed")
        if self._secret is not None:
            segment = request.target.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1].encode()
            if not hmac.compare_digest(segment, self._secret):
                return _reply(404, error="not found")
        if len(request.body) > self.max_body:
            return _reply(413, error="body too large")
        return None

    def _allowed(self, address: str | None) -> bool:
        try:
            ip = ipaddress.ip_address(address or "")
        except ValueError:
            return False
        return any(ip in network for network in self._networks or ())

    def _event(self, request: WebhookRequest) -> E | WebhookResponse:
        if (refusal := self._refusal(request)) is not None:
            return refusal
        try:
            if self.verify is not None:
                self.verify(request)
        except WebhookSignatureError as exc:
            logger.warning("webhook refused: %s", exc)
            return _reply(401, error=str(exc))
        try:
            return self.parse(request.body, request.headers)
        except WebhookParseError as exc:
            logger.warning("webhook refused: %s", exc)
            return _reply(400, error=str(exc))

    # -- handling -----------------------------------------------------------------------------------------------

    def handle(self, request: WebhookRequest) -> WebhookResponse:
        """Check, parse and handle one request (a synchronous ``handler``)."""
        event = self._event(request)
        if isinstance(event, WebhookResponse):
            return event
        if inspect.iscoroutinefunction(self.handler):
            raise TypeError("an async handler needs ahandle() or the ASGI adapter")
        try:
            fresh = self.dedupe.handle(event, self.handler)
        except Exception:
            logger.exception("webhook handler failed for %s", event.key)
            return _reply(500, error="handler failed")
        return _reply(200, received=event.key, duplicate=not fresh)

    async def ahandle(self, request: WebhookRequest) -> WebhookResponse:
        """:meth:`handle` for async code: a coroutine ``handler`` is awaited, a plain one runs in a worker thread."""
        event = self._event(request)
        if isinstance(event, WebhookResponse):
            return event
        handler = self.handler
        try:
            if inspect.iscoroutinefunction(handler):
                fresh = await self.dedupe.ahandle(event, handler)
            else:
                import anyio.to_thread

                fresh = await anyio.to_thread.run_sync(self.dedupe.handle, event, handler)
        except Exception:
            logger.exception("webhook handler failed for %s", event.key)
            return _reply(500, error="handler failed")
        return _reply(200, received=event.key, duplicate=not fresh)

    # -- adapters -----------------------------------------------------------------------------------------------

    def wsgi(self) -> WSGIApp:
        """This receiver as a WSGI application (mount it with Werkzeug's ``DispatcherMiddleware`` in Flask, or call
        it from any WSGI server)."""

        def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
            response = self.handle(request_from_wsgi(environ, self.max_body))
            payload = response.encoded()
            start_response(
                f"{response.status} {_PHRASES.get(response.status, '')}".rstrip(),
                [("Content-Type", "application/json"), ("Content-Length", str(len(payload)))],
            )
            return [payload]

        return app

    def asgi(self) -> ASGIApp:
        """This receiver as an ASGI (HTTP) application: ``app.mount("/hooks/sms", receiver.asgi())`` in FastAPI or
        Starlette, or serve it with any ASGI server."""

        async def app(
            scope: dict[str, Any],
            receive: Callable[[], Awaitable[dict[str, Any]]],
            send: Callable[[dict[str, Any]], Awaitable[None]],
        ) -> None:
            if scope["type"] == "lifespan":
                while (message := await receive())["type"] != "lifespan.shutdown":
                    await send({"type": "lifespan.startup.complete"})
                await send({"type": "lifespan.shutdown.complete"})
                return
            if scope["type"] != "http":
                raise ValueError(f"unsupported ASGI scope type {scope['type']!r}")
            body = bytearray()
            more = True
            while more:
                message = await receive()
                if message["type"] == "http.disconnect":
                    return
                body += message.get("body", b"")
                more = bool(message.get("more_body")) and len(body) <= self.max_body
            response = await self.ahandle(request_from_asgi(scope, bytes(body)))
            payload = response.encoded()
            headers = [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]
            await send({"type": "http.response.start", "status": response.status, "headers": headers})
            await send({"type": "http.response.body", "body": payload})

        return app


_PHRASES = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
            405: "Method Not Allowed", 413: "Content Too Large", 500: "Internal Server Error"}  # fmt: skip


def request_from_wsgi(environ: Mapping[str, Any], max_body: int = MAX_BODY) -> WebhookRequest:
    """A :class:`WebhookRequest` from a WSGI ``environ`` (reads at most ``max_body + 1`` bytes of the body)."""
    headers = {k[5:].replace("_", "-").lower(): v for k, v in environ.items() if k.startswith("HTTP_")}
    for name in ("CONTENT_TYPE", "CONTENT_LENGTH"):
        if environ.get(name):
            headers[name.replace("_", "-").lower()] = environ[name]
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    body = environ["wsgi.input"].read(min(length, max_body + 1)) if length > 0 else b""
    target = environ.get("RAW_URI") or environ.get("REQUEST_URI")
    if not target:
        target = quote(environ.get("SCRIPT_NAME", "") + environ.get("PATH_INFO", ""), safe="/;=,:@!$&'()*+~")
        if environ.get("QUERY_STRING"):
            target += "?" + environ["QUERY_STRING"]
    return WebhookRequest(
        method=environ.get("REQUEST_METHOD", "GET").upper(),
        target=target,
        headers=headers,
        body=body,
        remote_addr=environ.get("REMOTE_ADDR"),
        http_version=environ.get("SERVER_PROTOCOL", "HTTP/1.1"),
    )


def request_from_asgi(scope: Mapping[str, Any], body: bytes) -> WebhookRequest:
    """A :class:`WebhookRequest` from an ASGI HTTP ``scope`` and the body read from it."""
    raw = scope.get("raw_path")
    target = raw.decode("latin-1") if raw else quote(scope.get("root_path", "") + scope.get("path", ""))
    if scope.get("query_string"):
        target += "?" + scope["query_string"].decode("latin-1")
    client = scope.get("client")
    return WebhookRequest(
        method=scope.get("method", "GET").upper(),
        target=target,
        headers={k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])},
        body=body,
        remote_addr=client[0] if client else None,
        http_version="HTTP/" + scope.get("http_version", "1.1"),
    )

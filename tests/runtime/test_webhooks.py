"""switchboard_core.webhooks: de-duplication, the receiver's checks in their order, and the WSGI and ASGI
adapters driven with plain WSGI/ASGI calls (and mounted the way Flask and Starlette mount sub-applications)."""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import Mapping
from typing import Any

import pytest
from werkzeug.middleware.dispatcher import DispatcherMiddleware
from werkzeug.test import EnvironBuilder

from switchboard_core.webhooks import (
    Deduplicator,
    EventRouter,
    MemoryDedupeStore,
    WebhookEvent,
    WebhookParseError,
    WebhookReceiver,
    WebhookRequest,
    WebhookSignatureError,
    load_json_object,
    request_from_asgi,
    request_from_wsgi,
    require,
)


class Ping(WebhookEvent[dict[str, Any]]):
    kind = "ping"
    provider = "test"


class PingParseError(WebhookParseError):
    pass


def parse(body: bytes, headers: Mapping[str, str]) -> Ping:
    data = load_json_object(body, PingParseError)
    require(data, "ping", PingParseError, id=str)
    return Ping(id=data["id"], data=data)


def ping(n: int) -> bytes:
    return json.dumps({"id": f"p{n}"}).encode()


# -- de-duplication ---------------------------------------------------------------------------------------------


def test_memory_store_keeps_the_most_recent_keys() -> None:
    store = MemoryDedupeStore(max_keys=2)
    assert store.add("a")
    assert store.add("b")
    assert not store.add("a")
    assert store.add("c")  # evicts b (a was used more recently)
    assert "a" in store
    assert "b" not in store
    assert len(store) == 2
    with pytest.raises(ValueError):
        MemoryDedupeStore(max_keys=0)


def test_deduplicator_runs_a_handler_once_and_releases_the_key_when_it_fails() -> None:
    seen: list[str] = []
    dedupe = Deduplicator()
    event = Ping(id="1", data={})
    assert event.key == "test:ping:1"
    assert dedupe.handle(event, lambda e: seen.append(e.id)) is True
    assert dedupe.handle(event, lambda e: seen.append(e.id)) is False

    def boom(e: Ping) -> None:
        raise RuntimeError("database down")

    other = Ping(id="2", data={})
    with pytest.raises(RuntimeError):
        dedupe.handle(other, boom)
    assert dedupe.handle(other, lambda e: seen.append(e.id)) is True  # the retry runs it
    assert seen == ["1", "2"]

    async def record(e: Ping) -> None:
        seen.append("async " + e.id)

    assert asyncio.run(dedupe.ahandle(Ping(id="3", data={}), record)) is True
    assert asyncio.run(dedupe.ahandle(Ping(id="3", data={}), record)) is False
    assert seen[-1] == "async 3"


# -- the receiver's checks --------------------------------------------------------------------------------------


def request(body: bytes, target: str = "/hooks/s3cr3t", method: str = "POST", remote: str = "127.0.0.1",
            headers: Mapping[str, str] | None = None) -> WebhookRequest:  # fmt: skip
    return WebhookRequest(method, target, dict(headers or {}), body, remote)


def test_receiver_checks_in_order_and_never_hands_a_refused_request_to_the_handler() -> None:
    handled: list[Ping] = []

    def verify(req: WebhookRequest) -> None:
        if req.headers.get("x-sig") != "ok":
            raise WebhookSignatureError("bad signature")

    endpoint = WebhookReceiver(parse, handled.append, verify=verify, path_secret="s3cr3t",
                               allowed_ips=["127.0.0.0/8", "2001:db8::/32"], max_body=64)  # fmt: skip
    signed = {"x-sig": "ok"}
    assert endpoint.handle(request(ping(1), headers=signed)).body == {"received": "test:ping:p1", "duplicate": False}
    assert endpoint.handle(request(ping(1), headers=signed)).body["duplicate"] is True
    assert endpoint.handle(request(ping(2), method="GET", headers=signed)).status == 405
    assert endpoint.handle(request(ping(2), remote="203.0.113.9", headers=signed)).status == 403
    assert endpoint.handle(request(ping(2), remote="", headers=signed)).status == 403
    assert endpoint.handle(request(ping(2), target="/hooks/guess", headers=signed)).status == 404
    assert endpoint.handle(request(ping(2), target="/hooks/s3cr3t/?x=1", headers=signed)).status == 200
    assert endpoint.handle(request(b"{" + b" " * 100 + b"}", headers=signed)).status == 413
    assert endpoint.handle(request(ping(3))).status == 401
    assert endpoint.handle(request(b'{"id": 3}', headers=signed)).status == 400
    assert [e.id for e in handled] == ["p1", "p2"]


def test_a_failing_handler_answers_500_and_the_redelivery_runs_it_again() -> None:
    calls: list[str] = []

    def flaky(event: Ping) -> None:
        calls.append(event.id)
        if len(calls) == 1:
            raise RuntimeError("try again")

    endpoint = WebhookReceiver(parse, flaky)
    assert endpoint.handle(request(ping(1))).status == 500
    assert endpoint.handle(request(ping(1))).status == 200
    assert calls == ["p1", "p1"]


# -- WSGI -------------------------------------------------------------------------------------------------------


def call_wsgi(app: Any, environ: dict[str, Any]) -> tuple[str, dict[str, str], Any]:
    captured: dict[str, Any] = {}

    def start_response(status: str, headers: list[tuple[str, str]]) -> None:
        captured.update(status=status, headers=dict(headers))

    body = b"".join(app(environ, start_response))
    return captured["status"], captured["headers"], json.loads(body)


def test_wsgi_adapter_mounted_like_flask_mounts_a_sub_application() -> None:
    handled: list[Ping] = []
    endpoint = WebhookReceiver(parse, handled.append, path_secret="s3cr3t")

    def site(environ: dict[str, Any], start_response: Any) -> list[bytes]:
        start_response("200 OK", [])
        return [b"site"]

    app = DispatcherMiddleware(site, {"/hooks": endpoint.wsgi()})
    builder = EnvironBuilder(path="/hooks/s3cr3t", method="POST", data=ping(1), content_type="application/json")
    environ = builder.get_environ()
    status, headers, body = call_wsgi(app, environ)
    assert (status, headers["Content-Type"], body["received"]) == ("200 OK", "application/json", "test:ping:p1")
    assert [e.id for e in handled] == ["p1"]
    environ = EnvironBuilder(path="/hooks/s3cr3t", method="POST", data=b"[]").get_environ()
    assert call_wsgi(app, environ)[0] == "400 Bad Request"


def test_request_from_wsgi_keeps_the_target_as_sent_and_caps_the_body() -> None:
    environ = {"REQUEST_METHOD": "post", "SCRIPT_NAME": "/hooks", "PATH_INFO": "/a b", "QUERY_STRING": "t=1",
               "CONTENT_LENGTH": "10", "CONTENT_TYPE": "application/json", "HTTP_DATE": "Wed",
               "wsgi.input": io.BytesIO(b"0123456789"), "SERVER_PROTOCOL": "HTTP/1.0"}  # fmt: skip
    req = request_from_wsgi(environ, max_body=4)
    assert (req.method, req.target, req.body) == ("POST", "/hooks/a%20b?t=1", b"01234")
    assert req.headers == {"date": "Wed", "content-type": "application/json", "content-length": "10"}
    assert req.request_line == "POST /hooks/a%20b?t=1 HTTP/1.0"
    environ = {"REQUEST_METHOD": "POST", "RAW_URI": "/raw%2Fpath?q", "wsgi.input": io.BytesIO(b"")}
    assert request_from_wsgi(environ).target == "/raw%2Fpath?q"


# -- ASGI -------------------------------------------------------------------------------------------------------


def call_asgi(app: Any, scope: dict[str, Any], chunks: list[bytes]) -> tuple[int, dict[bytes, bytes], Any]:
    sent: list[dict[str, Any]] = []
    messages = [{"type": "http.request", "body": c, "more_body": i < len(chunks) - 1} for i, c in enumerate(chunks)]

    async def receive() -> dict[str, Any]:
        return messages.pop(0)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    asyncio.run(app(scope, receive, send))
    start, body = sent
    return start["status"], dict(start["headers"]), json.loads(body["body"])


def http_scope(path: str, *, root_path: str = "", method: str = "POST") -> dict[str, Any]:
    return {"type": "http", "method": method, "path": path, "root_path": root_path, "raw_path": path.encode(),
            "query_string": b"a=1", "headers": [(b"content-type", b"application/json"), (b"X-Sig", b"ok")],
            "client": ("127.0.0.1", 5000), "http_version": "1.1"}  # fmt: skip


def test_asgi_adapter_with_an_async_handler_and_a_body_in_chunks() -> None:
    handled: list[str] = []

    async def handler(event: Ping) -> None:
        handled.append(event.id)

    app = WebhookReceiver(parse, handler, path_secret="s3cr3t").asgi()
    status, headers, body = call_asgi(app, http_scope("/hooks/s3cr3t"), [b'{"id": ', b'"p9"}'])
    assert (status, headers[b"content-type"], body["received"]) == (200, b"application/json", "test:ping:p9")
    assert call_asgi(app, http_scope("/hooks/s3cr3t"), [b'{"id": ', b'"p9"}'])[2]["duplicate"] is True
    assert call_asgi(app, http_scope("/hooks/nope"), [ping(1)])[0] == 404
    assert handled == ["p9"]


def test_asgi_adapter_runs_a_plain_handler_in_a_thread_and_answers_lifespan() -> None:
    handled: list[str] = []
    app = WebhookReceiver(parse, lambda e: handled.append(e.id)).asgi()
    assert call_asgi(app, http_scope("/x"), [ping(5)])[0] == 200
    assert call_asgi(app, http_scope("/x"), [b"nope"])[0] == 400
    assert handled == ["p5"]

    events = [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return events.pop(0)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    asyncio.run(app({"type": "lifespan"}, receive, send))
    assert [m["type"] for m in sent] == ["lifespan.startup.complete", "lifespan.shutdown.complete"]


def test_request_from_asgi_uses_the_raw_path_a_mount_leaves_intact() -> None:
    scope = http_scope("/s3cr3t", root_path="/hooks")
    scope["raw_path"] = b"/hooks/s3cr3t"
    req = request_from_asgi(scope, b"{}")
    assert (req.target, req.headers["x-sig"], req.remote_addr) == ("/hooks/s3cr3t?a=1", "ok", "127.0.0.1")
    del scope["raw_path"]
    assert request_from_asgi(scope, b"").target == "/hooks/s3cr3t?a=1"


def test_sync_handle_refuses_an_async_handler() -> None:
    async def handler(event: Ping) -> None:
        pass

    with pytest.raises(TypeError, match="ahandle"):
        WebhookReceiver(parse, handler).handle(request(ping(1), target="/x"))


# -- dispatch by kind -------------------------------------------------------------------------------------------


class Pong(WebhookEvent[dict[str, Any]]):
    kind = "pong"
    provider = "test"


class LoudPing(Ping):
    kind = "loud_ping"


def test_event_router_dispatches_by_class_and_the_nearest_base_wins() -> None:
    seen: list[str] = []
    router = EventRouter()

    @router.on(Ping)
    def on_ping(event: Ping) -> None:
        seen.append("ping " + event.id)

    @router.on(WebhookEvent)
    def on_other(event: WebhookEvent[Any]) -> None:
        seen.append("other " + event.kind)

    router(Ping(id="1", data={}))
    router(LoudPing(id="2", data={}))  # a subclass of Ping: its handler
    router(Pong(id="3", data={}))
    assert seen == ["ping 1", "ping 2", "other pong"]
    with pytest.raises(ValueError, match="already has a handler"):
        router.on(Ping)(on_ping)
    with pytest.raises(TypeError):
        router.on()


def test_a_strict_router_refuses_an_unhandled_kind_so_the_receiver_answers_500() -> None:
    router = EventRouter(strict=True)
    router.on(Pong)(lambda event: None)
    with pytest.raises(LookupError, match="no handler for Ping"):
        router(Ping(id="1", data={}))
    endpoint = WebhookReceiver(parse, router)
    assert endpoint.handle(request(ping(1), target="/x")).status == 500
    assert EventRouter()(Ping(id="1", data={})) is None  # not strict: ignored

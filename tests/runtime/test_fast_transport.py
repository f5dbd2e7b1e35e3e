"""FastHTTPTransport on real sockets: framing, keep-alive, per-phase timeouts, the bounded pool, streaming in both
directions within bounded memory, TLS verification, never re-sending what is not idempotent, and the fallback
to httpx's transport for proxies and HTTP/2."""

from __future__ import annotations

import socket
import ssl
import threading
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from switchboard_core import (
    APIConnectionError,
    APITimeoutError,
    Call,
    ClientSettings,
    FastHTTPTransport,
    RetryPolicy,
    SyncInvoker,
    build_http_client,
)
from switchboard_core._fast_transport import CHUNK, _Connection
from tests.runtime.conftest import TransportFactory
from tests.runtime.raw_server import RawServer, raw_server, read_request, respond, self_signed

pytestmark = pytest.mark.block_network(allowed_hosts=["127\\.0\\.0\\.1"])

MiB = 1 << 20


def keep_alive(conn: socket.socket, server: RawServer) -> None:
    """Answers each request on the connection: the path decides how."""
    while (body := read_request(conn, server)) is not None:
        method, path, _ = server.requests[-1]
        if path == "/chunked":
            conn.sendall(
                b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;x=1\r\n world\r\n0\r\n\r\n"
            )
        elif path == "/empty":
            respond(conn, 204, b"", length=False)
        elif path == "/not-modified":
            conn.sendall(b"HTTP/1.1 304 Not Modified\r\nContent-Length: 10\r\n\r\n")
        elif path == "/close":
            respond(conn, 200, b"bye", "Connection: close")
            return
        elif path == "/until-close":
            conn.sendall(b"HTTP/1.1 200 OK\r\n\r\nall of it")
            return
        elif path == "/echo-length":
            respond(conn, 200, str(server.requests[-1][2]).encode() + b":" + body[:5])
        elif path == "/continue":
            conn.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
            respond(conn, 200, b"after")
        elif path == "/big":
            size = 32 * MiB
            conn.sendall(f"HTTP/1.1 200 OK\r\nContent-Length: {size}\r\n\r\n".encode())
            block = b"x" * MiB
            for _ in range(size // MiB):
                conn.sendall(block)
        elif path == "/short":
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly this")
            return
        elif method == "HEAD":
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n")  # the length a GET would get
        else:
            respond(conn, 200, b"ok")


@pytest.fixture
def server() -> Iterator[RawServer]:
    with raw_server(keep_alive) as running:
        yield running


@pytest.fixture
def client(server: RawServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, transport=FastHTTPTransport()) as http:
        yield http


def test_keep_alive_reuses_one_connection(server: RawServer, client: httpx.Client) -> None:
    answers = [client.get("/ok").text for _ in range(20)]
    assert answers == ["ok"] * 20
    response = client.get("/ok")
    assert response.http_version == "HTTP/1.1"
    assert response.reason_phrase == "X"


@pytest.mark.parametrize(
    ("method", "path", "status", "text"),
    [
        ("GET", "/chunked", 200, "hello world"),
        ("GET", "/empty", 204, ""),
        ("GET", "/not-modified", 304, ""),
        ("HEAD", "/ok", 200, ""),
        ("GET", "/continue", 200, "after"),
    ],
)
def test_framing_keeps_the_connection_usable(
    server: RawServer, client: httpx.Client, method: str, path: str, status: int, text: str
) -> None:
    response = client.request(method, path)
    assert (response.status_code, response.text) == (status, text)
    assert client.get("/ok").text == "ok"  # the next answer is read from the same connection, in step


@pytest.mark.parametrize("path", ["/close", "/until-close"])
def test_a_connection_the_server_closes_is_not_reused(server: RawServer, client: httpx.Client, path: str) -> None:
    assert client.get(path).status_code == 200
    assert client.get("/ok").text == "ok"
    assert server.connections == 2


def test_a_body_cut_short_is_a_protocol_error(client: httpx.Client) -> None:
    with pytest.raises(httpx.RemoteProtocolError):
        client.get("/short")


def test_a_connection_closed_while_idle_is_replaced(server: RawServer) -> None:
    def close_after_one(conn: socket.socket, srv: RawServer) -> None:
        if read_request(conn, srv) is not None:
            respond(conn, 200, b"ok")  # keep-alive promised, then closed

    with raw_server(close_after_one) as closing, httpx.Client(transport=FastHTTPTransport()) as http:
        for _ in range(3):
            assert http.get(closing.url + "/").text == "ok"
            time.sleep(0.05)
        assert closing.connections == 3


def test_an_idempotent_request_is_sent_once_more_on_a_stale_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    """The server closes a kept-alive connection just as the next request is sent (not yet visible to the
    transport's idle check): a GET is sent again on a new connection; a POST is not sent again."""

    def close_after_one(conn: socket.socket, srv: RawServer) -> None:
        if read_request(conn, srv) is not None:
            respond(conn, 200, b"ok")
            time.sleep(0.05)

    monkeypatch.setattr(_Connection, "stale", lambda self: False)
    with raw_server(close_after_one) as closing, httpx.Client(transport=FastHTTPTransport()) as http:
        assert http.get(closing.url + "/").text == "ok"
        time.sleep(0.2)
        assert http.get(closing.url + "/again").text == "ok"
        assert [path for _, path, _ in closing.requests] == ["/", "/again"]
        time.sleep(0.2)
        with pytest.raises((httpx.RemoteProtocolError, httpx.WriteError, httpx.ReadError)):
            http.post(closing.url + "/pay", content=b"once")
        assert [path for _, path, _ in closing.requests] == ["/", "/again"]
        assert closing.connections == 2  # no new connection carried the POST


def test_a_read_timeout_is_httpx_s(server: RawServer) -> None:
    def silent(conn: socket.socket, srv: RawServer) -> None:
        read_request(conn, srv)
        time.sleep(2)

    with raw_server(silent) as quiet, httpx.Client(transport=FastHTTPTransport()) as http:
        started = time.monotonic()
        with pytest.raises(httpx.ReadTimeout):
            http.get(quiet.url, timeout=httpx.Timeout(5.0, read=0.2))
        assert time.monotonic() - started < 1.5


def test_a_write_timeout_is_httpx_s() -> None:
    def deaf(conn: socket.socket, srv: RawServer) -> None:
        time.sleep(3)

    def endless() -> Iterator[bytes]:
        block = b"x" * MiB
        for _ in range(1024):
            yield block

    with (
        raw_server(deaf) as server,
        httpx.Client(transport=FastHTTPTransport()) as http,
        pytest.raises(httpx.WriteTimeout),
    ):
        http.post(server.url, content=endless(), timeout=httpx.Timeout(5.0, write=0.2))


def test_a_connect_timeout_is_httpx_s(monkeypatch: pytest.MonkeyPatch) -> None:
    def hang(address: object, timeout: float | None = None, **_: object) -> socket.socket:
        raise TimeoutError("timed out")

    monkeypatch.setattr(socket, "create_connection", hang)
    with httpx.Client(transport=FastHTTPTransport()) as http, pytest.raises(httpx.ConnectTimeout):
        http.get("http://127.0.0.1:9/", timeout=httpx.Timeout(5.0, connect=0.1))


def test_a_refused_connection_is_a_connect_error() -> None:
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    with httpx.Client(transport=FastHTTPTransport()) as http, pytest.raises(httpx.ConnectError):
        http.get(f"http://127.0.0.1:{port}/")


def test_a_full_pool_waits_then_raises_pool_timeout(server: RawServer) -> None:
    transport = FastHTTPTransport(limits=httpx.Limits(max_connections=1))
    with httpx.Client(base_url=server.url, transport=transport) as http:
        with http.stream("GET", "/big") as held:
            started = time.monotonic()
            with pytest.raises(httpx.PoolTimeout):
                http.get("/ok", timeout=httpx.Timeout(5.0, pool=0.2))
            assert 0.2 <= time.monotonic() - started < 1.5
            assert held.status_code == 200
        assert http.get("/ok").text == "ok"  # the slot came back when the streamed response was closed


def test_a_waiting_caller_gets_the_connection_when_it_is_released(server: RawServer) -> None:
    transport = FastHTTPTransport(limits=httpx.Limits(max_connections=1))
    with httpx.Client(base_url=server.url, transport=transport) as http:
        held = http.send(http.build_request("GET", "/big"), stream=True)
        threading.Timer(0.2, held.close).start()
        assert http.get("/ok", timeout=httpx.Timeout(5.0, pool=3.0)).text == "ok"


def test_a_download_streams_in_bounded_memory(client: httpx.Client) -> None:
    tracemalloc.start()
    try:
        received = 0
        largest = 0
        with client.stream("GET", "/big") as response:
            for chunk in response.iter_raw():
                received += len(chunk)
                largest = max(largest, len(chunk))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert received == 32 * MiB
    assert largest <= CHUNK
    assert peak < 4 * MiB


def test_an_upload_streams_in_bounded_memory(server: RawServer, client: httpx.Client) -> None:
    def blocks() -> Iterator[bytes]:
        for _ in range(64):
            yield b"y" * (256 * 1024)

    tracemalloc.start()
    try:
        response = client.post("/echo-length", content=blocks())  # no length: sent chunked
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert response.text == f"{16 * MiB}:yyyyy"
    assert peak < 4 * MiB
    sized = client.post("/echo-length", content=b"z" * (3 * CHUNK + 1))
    assert sized.text == f"{3 * CHUNK + 1}:zzzzz"


def test_headers_that_would_split_the_request_are_refused(client: httpx.Client) -> None:
    with pytest.raises(httpx.LocalProtocolError):
        client.get("/ok", headers={"X-Bad": "a\r\nInjected: 1"})


def test_tls_is_verified(tmp_path: Path) -> None:
    cert, key = self_signed(tmp_path)

    def hello(conn: socket.socket, srv: RawServer) -> None:
        while read_request(conn, srv) is not None:
            respond(conn, 200, b"secure")

    with raw_server(hello, tls=(cert, key)) as server:
        url = f"https://127.0.0.1:{server.port}/"
        with httpx.Client(transport=FastHTTPTransport()) as http, pytest.raises(httpx.ConnectError, match="verif"):
            http.get(url)
        context = ssl.create_default_context(cafile=str(cert))
        with httpx.Client(transport=FastHTTPTransport(verify=context)) as http:
            assert [http.get(url).text for _ in range(3)] == ["secure"] * 3
    assert server.connections == 2  # the failed handshake, then one kept-alive connection


def test_the_runtime_s_typed_errors_work_on_it(server: RawServer) -> None:
    def silent(conn: socket.socket, srv: RawServer) -> None:
        read_request(conn, srv)
        time.sleep(2)

    with raw_server(silent) as quiet:
        settings = ClientSettings(
            base_url=quiet.url,
            transport=FastHTTPTransport(),
            timeout=httpx.Timeout(5.0, read=0.2),
            retry=RetryPolicy(max_retries=0),
        )
        with build_http_client(settings) as http, pytest.raises(APITimeoutError):
            http.get("/")
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    settings = ClientSettings(base_url=f"http://127.0.0.1:{port}", transport=FastHTTPTransport())
    with build_http_client(settings) as http, pytest.raises(APIConnectionError):
        http.get("/")


def test_an_unsupported_scheme_is_httpx_s() -> None:
    with pytest.raises(httpx.UnsupportedProtocol):
        FastHTTPTransport().handle_request(httpx.Request("GET", "ftp://127.0.0.1/"))


def test_a_proxy_or_http2_falls_back_to_httpx_s_transport(monkeypatch: pytest.MonkeyPatch) -> None:
    assert isinstance(FastHTTPTransport(proxy="http://127.0.0.1:3128")._fallback, httpx.HTTPTransport)
    assert isinstance(FastHTTPTransport(http2=True)._fallback, httpx.HTTPTransport)
    assert FastHTTPTransport()._fallback is None
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:3128")
    monkeypatch.setenv("NO_PROXY", "127.0.0.2")
    routed = FastHTTPTransport()
    assert isinstance(routed._proxied(httpx.URL("https://api.example.test/")), httpx.HTTPTransport)
    assert routed._proxied(httpx.URL("https://127.0.0.2/")) is None
    assert routed._proxied(httpx.URL("http://api.example.test/")) is None  # HTTPS_PROXY is for https only
    assert FastHTTPTransport(trust_env=False)._proxied(httpx.URL("https://api.example.test/")) is None


def test_a_closed_transport_refuses_new_requests(server: RawServer) -> None:
    transport = FastHTTPTransport()
    with httpx.Client(base_url=server.url, transport=transport) as http:
        assert http.get("/ok").text == "ok"
    with pytest.raises(httpx.PoolTimeout, match="closed"):
        transport.handle_request(httpx.Request("GET", server.url + "/ok"))


# The runtime's promises on both sync transports, over real sockets.

BIG = Call(kwargs={"method": "GET", "url": "/big"}, parse=lambda response: response.content)


def test_a_download_to_a_file_streams_on_either_transport(
    server: RawServer, sync_transport: TransportFactory, tmp_path: Path
) -> None:
    settings = ClientSettings(base_url=server.url, transport=sync_transport())
    with build_http_client(settings) as http:
        tracemalloc.start()
        try:
            saved = SyncInvoker(http, settings).download(BIG, tmp_path / "big.bin")
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert isinstance(saved, Path)
    assert saved.stat().st_size == 32 * MiB
    assert peak < 8 * MiB


def test_an_upload_from_a_file_streams_on_either_transport(
    server: RawServer, sync_transport: TransportFactory, tmp_path: Path
) -> None:
    source = tmp_path / "upload.bin"
    with source.open("wb") as file:
        for _ in range(16):
            file.write(b"u" * MiB)
    settings = ClientSettings(base_url=server.url, transport=sync_transport())
    with build_http_client(settings) as http, source.open("rb") as body:
        tracemalloc.start()
        try:
            response = http.post("/echo-length", content=body)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert response.text == f"{16 * MiB}:uuuuu"
    assert peak < 4 * MiB


def test_retries_and_redaction_work_on_either_transport(sync_transport: TransportFactory) -> None:
    """A 503 is retried; a timeout's error names no credential."""

    def flaky(conn: socket.socket, srv: RawServer) -> None:
        while read_request(conn, srv) is not None:
            if len(srv.requests) == 1:
                respond(conn, 503, b"busy", "Retry-After: 0")
            elif srv.requests[-1][1].startswith("/slow"):
                time.sleep(1)
            else:
                respond(conn, 200, b"done")

    secret = "sk-fast-transport-secret-1234"
    with raw_server(flaky) as server:
        settings = ClientSettings(
            base_url=server.url,
            transport=sync_transport(),
            headers={"Authorization": f"Bearer {secret}"},
            timeout=httpx.Timeout(5.0, read=0.2),
            retry=RetryPolicy(max_retries=2),
        )
        with build_http_client(settings) as http:
            assert http.get("/ok").text == "done"
            with pytest.raises(APITimeoutError) as caught:
                http.get(f"/slow?api_key={secret}", extensions={"switchboard.retry_policy": RetryPolicy(max_retries=0)})
    assert [path for _, path, _ in server.requests][:2] == ["/ok", "/ok"]
    rendered = repr(caught.value) + str(caught.value) + repr(caught.value.__cause__) + str(caught.value.__cause__)
    assert secret not in rendered

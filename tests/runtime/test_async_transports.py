"""The async runtime's promises on both async transports (aiohttp's default and httpx's own), over real sockets:
selection, timeouts per phase, retries, typed errors, redaction, streaming both ways, pool limits, close, cancel."""

from __future__ import annotations

import asyncio
import gc
import socket
import threading
import warnings
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest

from switchboard_core import (
    AiohttpTransport,
    APIConnectionError,
    APITimeoutError,
    ClientSettings,
    RetryPolicy,
    build_async_http_client,
    default_async_transport,
)
from switchboard_core._transports import ENV, use_aiohttp
from tests.runtime.local_http import local_server

pytestmark = pytest.mark.block_network(allowed_hosts=["127\\.0\\.0\\.1"])

SECRET = "s3cr3t-token-value"
Factory = Callable[..., httpx.AsyncBaseTransport]
TRANSPORTS = [
    pytest.param(lambda **kw: AiohttpTransport(**kw), id="aiohttp"),
    pytest.param(lambda **kw: httpx.AsyncHTTPTransport(**kw), id="httpcore"),
]


def test_aiohttp_is_the_default_when_installed_and_httpcore_on_request(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV, raising=False)
    assert isinstance(default_async_transport(), AiohttpTransport)
    assert isinstance(default_async_transport(http2=True), httpx.AsyncHTTPTransport)
    assert not use_aiohttp(proxy="socks5://127.0.0.1:1")  # aiohttp has no SOCKS
    monkeypatch.setenv(ENV, "httpcore")
    assert isinstance(default_async_transport(), httpx.AsyncHTTPTransport)
    monkeypatch.setenv(ENV, "curl")
    with pytest.raises(ValueError, match=ENV):
        default_async_transport()


def _client(transport: httpx.AsyncBaseTransport, url: str, **settings: Any) -> httpx.AsyncClient:
    headers = {"Authorization": f"Bearer {SECRET}"}
    return build_async_http_client(ClientSettings(base_url=url, async_transport=transport, headers=headers, **settings))


@pytest.mark.parametrize("make", TRANSPORTS)
async def test_calls_reuse_connections_within_the_pool(make: Factory) -> None:
    with local_server() as server:
        url = f"http://127.0.0.1:{server.server_port}"
        async with _client(make(limits=httpx.Limits(max_connections=4, max_keepalive_connections=4)), url) as http:
            answers = await asyncio.gather(*(http.get("/ok") for _ in range(40)))
    assert {a.text for a in answers} == {"ok"}
    assert server.connections <= 4


@pytest.mark.parametrize("make", TRANSPORTS)
async def test_a_slow_answer_is_a_typed_read_timeout_and_a_full_pool_a_pool_timeout(make: Factory) -> None:
    with local_server() as server:
        url = f"http://127.0.0.1:{server.server_port}"
        timeout = httpx.Timeout(5.0, read=0.05, pool=0.05)
        transport = make(limits=httpx.Limits(max_connections=1, max_keepalive_connections=1))
        async with _client(transport, url, timeout=timeout, retry=RetryPolicy(max_retries=0)) as http:
            with pytest.raises(APITimeoutError, match="ReadTimeout"):
                await (await http.get("/trickle")).aread()  # typed client reads the body inside the call
            async with http.stream("GET", "/trickle", timeout=httpx.Timeout(5.0, pool=0.05)) as held:
                assert held.status_code == 200
                with pytest.raises(APITimeoutError, match="PoolTimeout"):
                    await http.get("/ok")


@pytest.mark.parametrize("make", TRANSPORTS)
async def test_a_refused_connection_is_retried_then_a_typed_error_without_secrets(make: Factory) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound, not listening: connections are refused
        url = f"http://127.0.0.1:{port}"
        policy = RetryPolicy(max_retries=2, initial_delay=0.0, max_delay=0.0)
        async with _client(make(), url, retry=policy) as http:
            with pytest.raises(APIConnectionError) as caught:
                await http.get(f"/x?api_key={SECRET}")
    error = caught.value
    assert "ConnectError" in str(error)
    assert "after 3 attempts" in str(error)
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and len(chain) < 10:
        chain.append(current)
        current = current.__cause__ or current.__context__
    for link in chain:
        assert SECRET not in str(link)
        assert SECRET not in repr(link)
        assert "aiohttp" not in type(link).__module__


@contextmanager
def _raw_server(answer: bytes, *, read_body: bool = True) -> Iterator[tuple[int, list[bytes]]]:
    """One-connection-at-a-time server answering ``answer`` and keeping what it received."""
    received: list[bytes] = []
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen()

    def serve() -> None:
        while True:
            try:
                conn, _ = sock.accept()
            except OSError:
                return
            with conn:
                data = b""
                conn.settimeout(2)
                try:
                    while b"\r\n\r\n" not in data or (read_body and not data.endswith(b"0\r\n\r\n")):
                        chunk = conn.recv(65536)
                        if not chunk:
                            break
                        data += chunk
                except OSError:
                    pass
                received.append(data)
                conn.sendall(answer)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield sock.getsockname()[1], received
    finally:
        sock.close()


@pytest.mark.parametrize("make", TRANSPORTS)
async def test_a_streamed_upload_is_sent_chunked_and_a_cut_answer_is_a_typed_error(make: Factory) -> None:
    async def body() -> AsyncIterator[bytes]:
        for part in (b"ab", b"cd"):
            yield part

    ok = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"
    with _raw_server(ok) as (port, received):
        async with _client(make(), f"http://127.0.0.1:{port}", retry=RetryPolicy(max_retries=0)) as http:
            assert (await http.post("/up", content=body())).text == "ok"
    head, _, sent = received[0].partition(b"\r\n\r\n")
    assert b"transfer-encoding: chunked" in head.lower()
    assert sent == b"2\r\nab\r\n2\r\ncd\r\n0\r\n\r\n"

    cut = b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\nConnection: close\r\n\r\nabc"
    with _raw_server(cut, read_body=False) as (port, _):
        async with _client(make(), f"http://127.0.0.1:{port}", retry=RetryPolicy(max_retries=0)) as http:
            with pytest.raises(APIConnectionError):
                await http.get("/cut")


@pytest.mark.parametrize("make", TRANSPORTS)
async def test_a_download_streams_in_bounded_chunks(make: Factory) -> None:
    size = 4 * 1024 * 1024
    answer = b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\nConnection: close\r\n\r\n" % size + b"x" * size
    with _raw_server(answer, read_body=False) as (port, _):
        async with _client(make(), f"http://127.0.0.1:{port}") as http, http.stream("GET", "/big") as response:
            sizes = [len(chunk) async for chunk in response.aiter_raw()]
    assert sum(sizes) == size
    assert max(sizes) <= 256 * 1024


@pytest.mark.parametrize("make", TRANSPORTS)
async def test_a_cancelled_call_frees_its_connection_and_closing_warns_of_nothing(make: Factory) -> None:
    with local_server() as server:
        url = f"http://127.0.0.1:{server.server_port}"
        transport = make(limits=httpx.Limits(max_connections=1, max_keepalive_connections=1))
        with warnings.catch_warnings():
            warnings.simplefilter("error", ResourceWarning)
            async with _client(transport, url, timeout=httpx.Timeout(5.0, pool=1.0)) as http:
                task = asyncio.create_task(http.get("/trickle"))
                await asyncio.sleep(0.1)
                task.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await task
                assert (await http.get("/ok")).text == "ok"  # the one connection is free again
            gc.collect()


async def test_the_aiohttp_transport_maps_proxy_settings_without_keeping_credentials_in_its_repr() -> None:
    transport = AiohttpTransport(proxy=httpx.Proxy(f"http://user:{SECRET}@127.0.0.1:3128"))
    assert SECRET not in repr(transport)
    with pytest.raises(ValueError, match="socks5"):
        AiohttpTransport(proxy="socks5://127.0.0.1:1080")


@pytest.mark.parametrize("make", TRANSPORTS)
async def test_an_upload_the_server_does_not_read_is_a_typed_write_timeout(make: Factory) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()  # accepts (in the backlog) but never reads
        url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        timeout = httpx.Timeout(5.0, write=0.2)
        async with _client(make(), url, timeout=timeout, retry=RetryPolicy(max_retries=0)) as http:
            with pytest.raises(APITimeoutError, match="WriteTimeout"):
                await http.put("/up", content=b"x" * (64 * 1024 * 1024))


@pytest.mark.parametrize("make", TRANSPORTS)
async def test_a_sent_upload_without_an_answer_is_a_read_timeout(make: Factory) -> None:
    ok = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"
    with _raw_server(ok) as (port, _):  # answers only after 2 s (it waits for a chunked end that never comes)
        timeout = httpx.Timeout(5.0, read=0.3)
        async with _client(
            make(), f"http://127.0.0.1:{port}", timeout=timeout, retry=RetryPolicy(max_retries=0)
        ) as http:
            with pytest.raises(APITimeoutError, match="ReadTimeout"):
                await http.put("/up", content=b"x" * (256 * 1024))


@pytest.mark.parametrize("make", TRANSPORTS)
async def test_a_request_whose_kept_alive_connection_drops_is_not_resent_by_the_transport(make: Factory) -> None:
    """The retry layer alone re-sends (re-signing, reconciling a processed DELETE): aiohttp's own silent retry of
    an idempotent request on a dropped kept-alive connection is off."""
    received: list[bytes] = []
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen()

    def serve() -> None:
        while True:
            try:
                conn, _ = sock.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(2)
                data = b""
                try:
                    while chunk := conn.recv(65536):
                        data += chunk
                        while b"\r\n\r\n" in data:
                            head, _, data = data.partition(b"\r\n\r\n")
                            received.append(head)
                            if len(received) > 1:
                                raise OSError("processed, answer lost")
                            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
                except OSError:
                    pass

    threading.Thread(target=serve, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        async with _client(make(), url, retry=RetryPolicy(max_retries=0)) as http:
            assert (await http.get("/first")).text == "ok"
            with pytest.raises(APIConnectionError):
                await http.delete("/second")
    finally:
        sock.close()
    assert [head.split(b" ")[:2] for head in received] == [[b"GET", b"/first"], [b"DELETE", b"/second"]]

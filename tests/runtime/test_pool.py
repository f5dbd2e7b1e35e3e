"""The connection pool keeps alive as many connections as it allows at once: 50 threads making calls on one client
reuse their connections instead of opening a new one for almost every call (httpx's default keeps only 20)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from switchboard_core import ClientSettings, build_http_client
from switchboard_core._client import DEFAULT_LIMITS
from tests.runtime.conftest import TransportFactory
from tests.runtime.local_http import local_server

pytestmark = pytest.mark.block_network(allowed_hosts=["127\\.0\\.0\\.1"])

THREADS = 50
CALLS = 10


def test_the_pool_keeps_alive_every_connection_it_allows() -> None:
    assert DEFAULT_LIMITS.max_keepalive_connections == DEFAULT_LIMITS.max_connections


def test_50_threads_on_one_client_reuse_their_connections(sync_transport: TransportFactory) -> None:
    with local_server() as server:
        config = ClientSettings(base_url=f"http://127.0.0.1:{server.server_port}", transport=sync_transport())
        with build_http_client(config) as http:

            def calls(_: int) -> list[int]:
                return [http.get("/ok").status_code for _ in range(CALLS)]

            with ThreadPoolExecutor(THREADS) as pool:
                statuses = [status for batch in pool.map(calls, range(THREADS)) for status in batch]
    assert statuses == [200] * THREADS * CALLS
    assert server.requests == THREADS * CALLS
    assert server.connections <= THREADS  # at most one per concurrent caller, never one per call

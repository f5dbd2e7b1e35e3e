"""A total deadline per call bounds every attempt, the reading of the body and the waits between retries: a server
trickling one byte every 0.2 s (each read well within the read timeout) cannot hold a call past it, sync or async."""

from __future__ import annotations

import time

import httpx
import pytest

from switchboard_core import (
    APITimeoutError,
    AsyncInvoker,
    Call,
    ClientSettings,
    InternalServerError,
    InvalidRequestError,
    RetryPolicy,
    SyncInvoker,
    build_async_http_client,
    build_http_client,
)
from tests.runtime.conftest import TransportFactory
from tests.runtime.local_http import TRICKLE_BYTES, TRICKLE_EVERY, CountingServer, local_server

pytestmark = pytest.mark.block_network(allowed_hosts=["127\\.0\\.0\\.1"])

TRICKLE = Call(kwargs={"method": "GET", "url": "/trickle"}, parse=lambda response: response.content)


def settings(
    server: CountingServer,
    deadline: float | None,
    retry: RetryPolicy | None = None,
    transport: TransportFactory | None = None,
) -> ClientSettings:
    return ClientSettings(
        base_url=f"http://127.0.0.1:{server.server_port}",
        timeout=httpx.Timeout(2.0),  # each read: the trickle never trips it
        deadline=deadline,
        retry=retry or RetryPolicy(),
        transport=None if transport is None else transport(),
    )


def test_the_default_deadline_is_on_and_generous() -> None:
    assert ClientSettings(base_url="https://x.test").deadline == 300.0


def test_a_trickling_body_ends_at_the_deadline_with_a_timeout_error(sync_transport: TransportFactory) -> None:
    assert TRICKLE_BYTES * TRICKLE_EVERY > 10  # without the deadline the call would take this long
    with local_server() as server:
        config = settings(server, deadline=1.0, transport=sync_transport)
        with build_http_client(config) as http:
            started = time.monotonic()
            with pytest.raises(APITimeoutError, match="deadline"):
                SyncInvoker(http, config).run(TRICKLE)
            assert time.monotonic() - started < 1.0 + 2 * TRICKLE_EVERY


async def test_an_async_trickling_body_ends_at_the_deadline_with_a_timeout_error() -> None:
    with local_server() as server:
        config = settings(server, deadline=1.0)
        async with build_async_http_client(config) as http:
            started = time.monotonic()
            with pytest.raises(APITimeoutError, match="deadline"):
                await AsyncInvoker(http, config).run(TRICKLE)
            assert time.monotonic() - started < 1.0 + 2 * TRICKLE_EVERY


def test_a_derived_client_s_deadline_applies_to_its_calls(sync_transport: TransportFactory) -> None:
    """What ``client.with_options(deadline=...)`` does: the same pool, another deadline per call."""
    with local_server() as server:
        config = settings(server, deadline=None, transport=sync_transport)
        with build_http_client(config) as http:
            invoker = SyncInvoker(http, config).derive(config.evolve(deadline=0.6))
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                invoker.run(TRICKLE)
            assert time.monotonic() - started < 0.6 + 2 * TRICKLE_EVERY


def test_the_deadline_bounds_retries_and_their_retry_after_waits(sync_transport: TransportFactory) -> None:
    with local_server() as server:
        config = settings(server, deadline=2.5, retry=RetryPolicy(max_retries=10), transport=sync_transport)
        unavailable = Call(kwargs={"method": "GET", "url": "/unavailable"}, parse=lambda response: response.content)
        with build_http_client(config) as http:
            started = time.monotonic()
            with pytest.raises(InternalServerError):
                SyncInvoker(http, config).run(unavailable)
            elapsed = time.monotonic() - started
    assert elapsed < 2.5
    assert server.requests == 3  # at 0 s, 1 s and 2 s; waiting for a fourth would pass the deadline


async def test_the_deadline_bounds_async_retries_too() -> None:
    with local_server() as server:
        config = settings(server, deadline=1.5, retry=RetryPolicy(max_retries=10))
        unavailable = Call(kwargs={"method": "GET", "url": "/unavailable"}, parse=lambda response: response.content)
        async with build_async_http_client(config) as http:
            started = time.monotonic()
            with pytest.raises(InternalServerError):
                await AsyncInvoker(http, config).run(unavailable)
            assert time.monotonic() - started < 1.5
    assert server.requests == 2


def test_a_deadline_in_the_request_extensions_overrides_the_client_s(sync_transport: TransportFactory) -> None:
    with (
        local_server() as server,
        build_http_client(settings(server, deadline=None, transport=sync_transport)) as http,
        pytest.raises(APITimeoutError) as caught,
    ):
        http.get("/trickle", extensions={"switchboard.deadline": 0.5})
    assert isinstance(caught.value.__cause__, httpx.TimeoutException)


@pytest.mark.parametrize("bad", [0, -1.0, float("inf"), "10", True])
def test_a_bad_deadline_is_an_invalid_request(bad: object) -> None:
    with pytest.raises(InvalidRequestError, match="deadline"):
        ClientSettings(base_url="https://x.test").evolve(deadline=bad)  # type: ignore[arg-type]

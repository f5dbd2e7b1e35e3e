"""The runtime side of retry reconciliation: which earlier attempts may have been processed (a 5xx, 408 or a
connection dropped after sending; not a connection that never opened), and which answers then prove the effect."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from switchboard_core import (
    AsyncInvoker,
    Call,
    ClientSettings,
    NotFoundError,
    Reconcile,
    RetryPolicy,
    SyncInvoker,
    build_async_http_client,
    build_http_client,
)

API = "https://api.example.test"
DELETE = Call(
    kwargs={"method": "DELETE", "url": "/groups/7"}, parse=lambda r: r.json(), reconcile=Reconcile(frozenset({404}))
)
Outcome = Callable[[httpx.Request], httpx.Response]


def dropped(request: httpx.Request) -> httpx.Response:
    raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)


def refused(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("Connection refused", request=request)


def status(code: int) -> Outcome:
    return lambda request: httpx.Response(code, json={"message": "x"})


def settings(*outcomes: Outcome) -> ClientSettings:
    answers = iter(outcomes)

    def handle(request: httpx.Request) -> httpx.Response:
        return next(answers)(request)

    async def ahandle(request: httpx.Request) -> httpx.Response:
        return next(answers)(request)

    return ClientSettings(
        base_url=API,
        retry=RetryPolicy(initial_delay=0.0),
        transport=httpx.MockTransport(handle),
        async_transport=httpx.MockTransport(ahandle),
    )


@pytest.mark.parametrize("first", [dropped, status(502), status(503), status(504), status(500)])
def test_a_404_after_a_possibly_processed_attempt_is_success(first: Outcome) -> None:
    config = settings(first, status(404))
    with build_http_client(config) as http:
        assert SyncInvoker(http, config).run(DELETE) is None


async def test_the_async_invoker_reconciles_too() -> None:
    config = settings(dropped, status(404))
    async with build_async_http_client(config) as http:
        assert await AsyncInvoker(http, config).run(DELETE) is None


@pytest.mark.parametrize("first", [refused, status(429)])
def test_a_404_after_an_attempt_that_was_not_processed_stays_an_error(first: Outcome) -> None:
    config = settings(first, status(404))
    with build_http_client(config) as http, pytest.raises(NotFoundError):
        SyncInvoker(http, config).run(DELETE)


def test_a_404_on_the_first_attempt_stays_an_error() -> None:
    config = settings(status(404))
    with build_http_client(config) as http, pytest.raises(NotFoundError):
        SyncInvoker(http, config).run(DELETE)


def test_only_the_declared_statuses_and_text_prove_the_effect() -> None:
    reconcile = Reconcile(frozenset({400}), "only scheduled messages can be cancelled")
    request = httpx.Request("PUT", f"{API}/v1/messages/1")
    earlier = {"switchboard.earlier_attempt": "503"}

    def answer(code: int, message: str) -> httpx.Response:
        return httpx.Response(code, json={"message": message}, request=request, extensions=earlier)

    assert reconcile.proves(answer(400, "Only scheduled messages can be cancelled; this one is cancelled"))
    assert reconcile.proves(answer(400, "content is too long")) is None
    assert reconcile.proves(answer(404, "Only scheduled messages can be cancelled")) is None

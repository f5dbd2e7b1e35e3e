"""Retries run above auth: every attempt is signed afresh (HMAC date, OAuth 1.0a nonce and timestamp, a bearer
token that expired while waiting for ``Retry-After``), on sync and async clients; a 429 to a POST is retried only
with an idempotency key or the explicit ``retry_rate_limited_posts`` setting."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from urllib.parse import parse_qs

import httpx
import pytest

from switchboard_core import (
    AsyncRetryingClient,
    ClientSettings,
    RetryingClient,
    RetryPolicy,
    build_async_http_client,
    build_http_client,
)
from switchboard_core.auth import MessageMediaHmacAuth, OAuth1Auth, OAuth2ClientCredentials

API = "https://api.example.test"
TOKEN_URL = "https://auth.example.test/token"
NO_WAIT = RetryPolicy(initial_delay=0.0)


class Server:
    """Answers API requests from ``answers`` in turn (the last one repeats) and keeps every request sent."""

    def __init__(self, *answers: Callable[[], httpx.Response]) -> None:
        self.answers = list(answers)
        self.sent: list[httpx.Request] = []
        self.tokens = 0

    def handle(self, request: httpx.Request) -> httpx.Response:
        if str(request.url) == TOKEN_URL:
            self.tokens += 1
            return httpx.Response(200, json={"access_token": f"token-{self.tokens}", "expires_in": 40})
        # a snapshot: every attempt sends the same request object, re-signed in place
        self.sent.append(httpx.Request(request.method, request.url, headers=request.headers.copy()))
        answer = self.answers[min(len(self.sent), len(self.answers)) - 1]
        return answer()

    async def ahandle(self, request: httpx.Request) -> httpx.Response:
        return self.handle(request)


def unavailable() -> httpx.Response:
    return httpx.Response(503)


def ok() -> httpx.Response:
    return httpx.Response(200, json={})


def settings(server: Server, auth: httpx.Auth, retry: RetryPolicy = NO_WAIT) -> ClientSettings:
    return ClientSettings(
        base_url=API,
        auth=auth,
        retry=retry,
        transport=httpx.MockTransport(server.handle),
        async_transport=httpx.MockTransport(server.ahandle),
    )


def ticking(start: float = 1_700_000_000.0) -> Callable[[], float]:
    """A clock that moves one second each time it is read."""
    counter: Iterator[int] = itertools.count()
    return lambda: start + next(counter)


def test_each_attempt_carries_a_fresh_hmac_date_and_signature() -> None:
    server = Server(unavailable, ok)
    auth = MessageMediaHmacAuth("key", "secret", clock=ticking())
    with build_http_client(settings(server, auth)) as client:
        assert client.get("/v1/replies").status_code == 200
    first, second = server.sent
    assert first.headers["date"] != second.headers["date"]
    assert first.headers["Authorization"] != second.headers["Authorization"]


async def test_each_async_attempt_carries_a_fresh_hmac_date_and_signature() -> None:
    server = Server(unavailable, ok)
    auth = MessageMediaHmacAuth("key", "secret", clock=ticking())
    async with build_async_http_client(settings(server, auth)) as client:
        assert (await client.get("/v1/replies")).status_code == 200
    first, second = server.sent
    assert first.headers["date"] != second.headers["date"]


def oauth1_params(request: httpx.Request) -> dict[str, str]:
    header = request.headers["Authorization"].removeprefix("OAuth ")
    return {k: v[0].strip('"') for k, v in parse_qs(header.replace(", ", "&")).items()}


@pytest.mark.parametrize("method", ["GET", "PUT"])
def test_each_attempt_carries_a_fresh_oauth1_nonce(method: str) -> None:
    server = Server(unavailable, unavailable, ok)
    auth = OAuth1Auth("consumer", "consumer-secret", "token", "token-secret")
    with build_http_client(settings(server, auth)) as client:
        assert client.request(method, "/1.1/statuses/show.json?id=1").status_code == 200
    nonces = [oauth1_params(request)["oauth_nonce"] for request in server.sent]
    signatures = [oauth1_params(request)["oauth_signature"] for request in server.sent]
    assert len(set(nonces)) == 3
    assert len(set(signatures)) == 3


async def test_each_async_attempt_carries_a_fresh_oauth1_nonce() -> None:
    server = Server(unavailable, ok)
    auth = OAuth1Auth("consumer", "consumer-secret", "token", "token-secret")
    async with build_async_http_client(settings(server, auth)) as client:
        assert (await client.get("/1.1/statuses/show.json?id=1")).status_code == 200
    first, second = (oauth1_params(request)["oauth_nonce"] for request in server.sent)
    assert first != second


class FakeTime:
    """A clock that only moves when the retry loop sleeps."""

    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.now += seconds


def rate_limited() -> httpx.Response:
    return httpx.Response(429, headers={"Retry-After": "30"})


def bearer(request: httpx.Request) -> str:
    return request.headers["Authorization"].removeprefix("Bearer ")


def test_a_token_that_expires_during_a_retry_after_wait_is_refreshed_before_the_retry() -> None:
    time = FakeTime()
    server = Server(rate_limited, ok)
    auth = OAuth2ClientCredentials(TOKEN_URL, "id", "secret", clock=time)  # 40 s tokens, 30 s leeway
    with RetryingClient(
        retry=RetryPolicy(), sleep=time.sleep, clock=time, auth=auth, transport=httpx.MockTransport(server.handle)
    ) as client:
        assert client.get(f"{API}/data").status_code == 200
    assert [bearer(request) for request in server.sent] == ["token-1", "token-2"]
    assert time.now == 1_700_000_030.0


async def test_an_async_token_that_expires_during_a_retry_after_wait_is_refreshed_before_the_retry() -> None:
    time = FakeTime()
    server = Server(rate_limited, ok)
    auth = OAuth2ClientCredentials(TOKEN_URL, "id", "secret", clock=time)
    async with AsyncRetryingClient(
        retry=RetryPolicy(), sleep=time.asleep, clock=time, auth=auth, transport=httpx.MockTransport(server.ahandle)
    ) as client:
        assert (await client.get(f"{API}/data")).status_code == 200
    assert [bearer(request) for request in server.sent] == ["token-1", "token-2"]


# -- 429 on POST ---------------------------------------------------------------------------------------------------


def post(server: Server, retry: RetryPolicy, headers: dict[str, str] | None = None) -> int:
    with build_http_client(settings(server, httpx.BasicAuth("u", "p"), retry)) as client:
        return client.post("/messages", json={"to": "+1"}, headers=headers).status_code


def quick_429() -> httpx.Response:
    return httpx.Response(429, headers={"Retry-After": "0"})


def test_a_429_to_a_post_is_not_retried_by_default() -> None:
    server = Server(quick_429, ok)
    assert post(server, NO_WAIT) == 429
    assert len(server.sent) == 1


def test_a_429_to_a_post_is_retried_when_the_setting_says_so() -> None:
    server = Server(quick_429, ok)
    assert post(server, RetryPolicy(initial_delay=0.0, retry_rate_limited_posts=True)) == 200
    assert len(server.sent) == 2


def test_the_setting_covers_429_only_not_5xx() -> None:
    server = Server(unavailable, ok)
    assert post(server, RetryPolicy(initial_delay=0.0, retry_rate_limited_posts=True)) == 503
    assert len(server.sent) == 1


def test_a_429_to_a_post_with_an_idempotency_key_is_retried() -> None:
    server = Server(quick_429, ok)
    assert post(server, NO_WAIT, headers={"Idempotency-Key": "k-1"}) == 200
    assert len(server.sent) == 2


def test_a_retry_after_wait_past_the_deadline_is_not_taken() -> None:
    server = Server(lambda: httpx.Response(429, headers={"Retry-After": "20"}), ok)
    slept: list[float] = []
    with RetryingClient(
        retry=RetryPolicy(), deadline=10.0, sleep=slept.append, transport=httpx.MockTransport(server.handle)
    ) as client:
        assert client.get(f"{API}/data").status_code == 429
    assert (len(server.sent), slept) == (1, [])

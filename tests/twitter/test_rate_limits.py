"""``wait_on_rate_limit=True`` against the sandbox's rate limits (replayed), sync and async: a 429 waits until
``x-rate-limit-reset`` and sends the request again, POSTs and DELETEs included (tweepy's opt-in); without it a
rate-limited POST is never re-sent. No real sleeping: the retry transport's sleep is replaced by one that moves
the sandbox clock (and the test's own clock, which stands still at the sandbox's) on by the delay."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import time_machine

import pytweet
from switchboard_sandbox.clock import parse_instant

from .conftest import POLL_TWEET, Sandbox, call, make_async_client, make_client

pytestmark = [pytest.mark.vcr, pytest.mark.sandbox_only]

WINDOW = 15.0 * 60


class Clock:
    """The sandbox clock, frozen, and the test's clock at the same instant; :meth:`sleep` moves both on."""

    def __init__(self, sandbox: Sandbox, traveller: Any) -> None:
        self.sandbox = sandbox
        self.traveller = traveller
        self.sleeps: list[float] = []

    def sleep(self, delay: float) -> None:
        self.sleeps.append(delay)
        self.sandbox.advance(delay)
        self.traveller.shift(delay)

    async def asleep(self, delay: float) -> None:
        self.sleep(delay)


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def clock(sandbox: Sandbox) -> Iterator[Clock]:
    with time_machine.travel(parse_instant(sandbox.freeze()), tick=False) as traveller:
        yield Clock(sandbox, traveller)


def client_for(mode: str, clock: Clock, **options: Any) -> pytweet.Client:
    """A client whose retry transport sleeps on ``clock`` (the one place a retry waits)."""
    client: Any = make_client(**options) if mode == "sync" else make_async_client(**options)
    client._invoker.http._sleep = clock.sleep if mode == "sync" else clock.asleep
    return client  # type: ignore[no-any-return]  # an AsyncClient is awaited through call()


async def test_a_rate_limited_post_waits_for_the_reset_and_is_sent_again(mode: str, clock: Clock) -> None:
    clock.sandbox.rate_limit(limit=1, operation="create_tweet")
    client = client_for(mode, clock, wait_on_rate_limit=True)
    first = await call(client.tweet("first of the window"))
    second = await call(client.tweet("after the reset"))
    assert isinstance(second, pytweet.Message)
    assert (first.text, second.text) == ("first of the window", "after the reset")
    assert second.id != first.id
    assert clock.sleeps == [WINDOW]  # until x-rate-limit-reset, once


async def test_a_rate_limited_delete_waits_for_the_reset_too(mode: str, clock: Clock) -> None:
    client = client_for(mode, clock, wait_on_rate_limit=True)
    tweet = await call(client.fetch_tweet(POLL_TWEET))
    clock.sandbox.rate_limit(limit=1, operation="unlike_tweet")
    assert (await call(tweet.like())).liked is True
    assert (await call(tweet.unlike())).liked is False
    assert (await call(tweet.like())).liked is True
    assert (await call(tweet.unlike())).liked is False  # 429, a wait for the reset, then sent again
    assert clock.sleeps == [WINDOW]


async def test_without_the_opt_in_a_rate_limited_post_is_not_sent_again(mode: str, clock: Clock) -> None:
    clock.sandbox.rate_limit(times=1, operation="create_tweet")
    client = client_for(mode, clock, max_retries=2)
    tweets_before = clock.sandbox.state()["tweets"]
    with pytest.raises(pytweet.TooManyRequests) as caught:
        await call(client.tweet("once only"))
    assert caught.value.status_code == 429
    assert caught.value.reset_at is not None
    assert clock.sleeps == []
    assert clock.sandbox.state()["tweets"] == tweets_before

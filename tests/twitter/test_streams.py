"""Streaming through the pytweet facade, sync and async, against the sandbox (replayed from cassettes): rules
replaced before connecting, a bounded number of tweets then ``close()``, reconnects after 503 / 429 with Twitter's
backoff (the waits go through ``pytweet.stream.sleep`` / ``asleep``, replaced here), a clean end that is not an
instant reconnect, and the attempts running out. Each sandbox connection answers what is queued (the tweets made
up for new rules, and the ones queued through its stream control) between keep-alive lines, then ends."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest

import pytweet
from pytweet import stream as streaming

from .conftest import AnyClient, Sandbox, call, is_model, make_async_client, make_client

pytestmark = [pytest.mark.vcr, pytest.mark.sandbox_only]


class Recorder:
    """The events a stream fired, and the waits it asked for."""

    def __init__(self) -> None:
        self.events: list[tuple[str, Any]] = []
        self.waits: list[float] = []
        self.close_after_tweets: int | None = None
        self.close_after_connects: int | None = None

    def count(self, name: str) -> int:
        return sum(1 for event, _ in self.events if event == name)

    def register(self, client: AnyClient) -> None:
        def on_stream_connect(connection: pytweet.StreamConnection) -> None:
            self.events.append(("connect", None))
            if self.close_after_connects == self.count("connect"):
                connection.close()

        def on_stream(tweet: pytweet.Tweet, connection: pytweet.StreamConnection) -> None:
            self.events.append(("tweet", tweet.text))
            if self.close_after_tweets == self.count("tweet"):
                connection.close()

        def on_stream_disconnect(connection: pytweet.StreamConnection) -> None:
            self.events.append(("disconnect", connection.closed))

        for handler in (on_stream_connect, on_stream, on_stream_disconnect):
            client.event(handler)


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    found = Recorder()
    monkeypatch.setattr(streaming, "sleep", found.waits.append)

    async def asleep(seconds: float) -> None:
        found.waits.append(seconds)

    monkeypatch.setattr(streaming, "asleep", asleep)
    return found


@asynccontextmanager
async def attached(kind: str, stream: AnyStream, recorder: Recorder) -> AsyncIterator[AnyClient]:
    """A sync or async client with ``stream`` attached, its events going to ``recorder``."""
    if kind == "sync":
        with make_client(stream=stream) as sync:
            recorder.register(sync)
            yield sync
    else:
        async with make_async_client(stream=stream) as asynchronous:
            recorder.register(asynchronous)
            yield asynchronous


AnyStream = pytweet.Stream | pytweet.AsyncStream
"""A ``Stream`` for the sync client, an ``AsyncStream`` for the async one."""


def stream_class(kind: str) -> type[pytweet.Stream] | type[pytweet.AsyncStream]:
    return pytweet.Stream if kind == "sync" else pytweet.AsyncStream


@pytest.fixture(params=["sync", "async"])
async def pair(
    request: pytest.FixtureRequest, sandbox: Sandbox, recorder: Recorder
) -> AsyncIterator[tuple[AnyClient, AnyStream]]:
    """A client with a filtered stream."""
    stream: AnyStream = stream_class(request.param)(reconnect_attempts=3)
    async with attached(request.param, stream, recorder) as client:
        yield client, stream


@pytest.fixture(params=["sync", "async"])
async def sample_pair(
    request: pytest.FixtureRequest, sandbox: Sandbox, recorder: Recorder
) -> AsyncIterator[tuple[AnyClient, AnyStream]]:
    """A client with the sample stream."""
    stream: AnyStream = stream_class(request.param).sample_stream(reconnect_attempts=3)
    async with attached(request.param, stream, recorder) as client:
        yield client, stream


async def test_rules_are_replaced_then_a_bounded_stream_is_read(
    pair: tuple[AnyClient, AnyStream], sandbox: Sandbox, recorder: Recorder
) -> None:
    client, stream = pair
    stream.add_rule("from:sandbox_stream", tag="ours")
    assert id(stream.add_rule("cats")) == id(stream)  # chainable (`is` would narrow the stream's type)
    assert stream.rules == [pytweet.StreamRule("from:sandbox_stream", "ours"), pytweet.StreamRule("cats")]
    assert await call(stream.fetch_rules()) == []
    sandbox.control("stream", {"tweets": ["first queued", "second queued", "third queued"]})
    recorder.close_after_tweets = 2
    assert await call(client.stream(dry_run=True)) is None
    assert recorder.events == [("connect", None), ("tweet", "first queued"), ("tweet", "second queued")]
    assert stream.connection.closed
    rules = await call(stream.fetch_rules())
    assert [(r.value, r.tag) for r in rules] == [("from:sandbox_stream", "ours"), ("cats", None)]
    assert all(r.id is not None for r in rules)
    await call(stream.clear())
    assert await call(stream.fetch_rules()) == []


async def test_reconnects_wait_as_twitter_documents_and_events_follow_the_status(
    pair: tuple[AnyClient, AnyStream], sandbox: Sandbox, recorder: Recorder
) -> None:
    client, stream = pair
    stream.add_rule("from:sandbox_stream")
    sandbox.control("stream", {"fail": [503, 429, 503], "tweets": ["after the storm"]})
    recorder.close_after_tweets = 1
    await call(client.stream())
    assert recorder.waits == [5.0, 60.0, 10.0]  # HTTP errors: 5 s doubling; 429: from 60 s
    assert recorder.events == [("connect", None), ("tweet", "after the storm")]  # no connect event on errors
    assert stream.connection.errors == 0  # reset by the healthy connection


async def test_a_clean_end_waits_before_reconnecting(
    sample_pair: tuple[AnyClient, AnyStream], sandbox: Sandbox, recorder: Recorder
) -> None:
    client, stream = sample_pair
    assert stream.add_rule("ignored") is None
    assert stream.rules is None
    sandbox.control("stream", {"tweets": ["only one"]})
    recorder.close_after_connects = 3
    await call(client.stream())
    assert recorder.events == [("connect", None), ("tweet", "only one"), ("connect", None), ("connect", None)]
    assert recorder.waits == [0.25, 0.25]  # 1.3.6 reconnected at once


async def test_the_stream_stops_when_the_attempts_run_out(
    pair: tuple[AnyClient, AnyStream], sandbox: Sandbox, recorder: Recorder
) -> None:
    client, stream = pair
    sandbox.control("stream", {"fail": [503, 503, 503, 503]})
    await call(client.stream())
    assert recorder.waits == [5.0, 10.0, 20.0]
    assert recorder.events == [("disconnect", True)]
    assert stream.connection.errors == 4


async def test_a_broken_connection_is_reconnected(
    sample_pair: tuple[AnyClient, AnyStream], sandbox: Sandbox, recorder: Recorder
) -> None:
    client, _ = sample_pair
    sandbox.control("stream", {"tweets": ["one", "two", "three"], "disconnect_after": 1})
    recorder.close_after_connects = 2
    await call(client.stream())
    assert recorder.events == [("connect", None), ("tweet", "one"), ("connect", None)]
    assert recorder.waits == [0.25]


async def test_the_connection_connects_without_touching_the_rules(
    pair: tuple[AnyClient, AnyStream], sandbox: Sandbox, recorder: Recorder
) -> None:
    client, stream = pair
    stream.add_rule("from:sandbox_stream", tag="sent")
    await call(stream.set_rules())
    stream.add_rule("kept local")  # StreamConnection.connect streams as the rules stand on the server
    sandbox.control("stream", {"tweets": ["straight in"]})
    recorder.close_after_tweets = 2  # the tweet the sandbox makes up for the new rule, then the queued one
    if isinstance(stream, pytweet.AsyncStream):
        await stream.connection.connect()
    else:
        stream.connection.connect()
    assert recorder.events[0] == ("connect", None)
    assert recorder.events[-1] == ("tweet", "straight in")
    assert stream.connection.closed
    rules = await call(stream.fetch_rules())
    assert [(r.value, r.tag) for r in rules] == [("from:sandbox_stream", "sent")]  # nothing was replaced
    tweet = await call(client.get_tweet(next(iter(client.http.tweet_cache))))
    assert is_model(tweet, "Tweet", client)  # stream tweets are the client's kind of Tweet

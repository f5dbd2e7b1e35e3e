"""Stream behaviour the sandbox does not produce, against a ``MockTransport``: an ``errors`` line is an event (its
tweet still delivered), keep-alives are skipped, a read timeout is a reconnect with the network backoff, an
unauthorized answer raises before any event, ``async for`` stops cleanly on ``break`` and on cancellation, and
the argument checks."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import pytweet
from pytweet import stream as streaming

from .conftest import ACCESS_TOKEN, ACCESS_TOKEN_SECRET, BEARER_TOKEN, CONSUMER_KEY, CONSUMER_SECRET, call

TWEET = {"data": {"id": "42", "text": "hello", "author_id": "7"}, "includes": {"users": [{"id": "7", "name": "A"}]}}
PARTIAL = {**TWEET, "errors": [{"detail": "Could not find tweet with ids: [1].", "title": "Not Found Error"}]}


def lines(*items: object) -> bytes:
    return b"".join(b"\r\n" if item is None else json.dumps(item).encode() + b"\r\n" for item in items)


def settings() -> dict[str, Any]:
    return {
        "consumer_key": CONSUMER_KEY,
        "consumer_key_secret": CONSUMER_SECRET,
        "access_token": ACCESS_TOKEN,
        "access_token_secret": ACCESS_TOKEN_SECRET,
        "max_retries": 0,
    }


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    asked: list[float] = []
    monkeypatch.setattr(streaming, "sleep", asked.append)
    return asked


def sync_client(handler: Callable[[httpx.Request], httpx.Response], stream: pytweet.Stream) -> pytweet.Client:
    return pytweet.Client(BEARER_TOKEN, stream=stream, transport=httpx.MockTransport(handler), **settings())


def test_an_errors_line_is_an_event_and_keep_alives_are_skipped(waits: list[float]) -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200, content=lines(None, PARTIAL, None, {"errors": [{"title": "operational-disconnect"}]})
        )

    stream = pytweet.Stream.sample_stream()
    events: list[Any] = []
    with sync_client(answer, stream) as client:
        client.event(lambda_named("on_stream_error", lambda errors, conn: events.append(("error", errors[0]["title"]))))
        client.event(lambda_named("on_stream", lambda tweet, conn: events.append(("tweet", tweet.id))))
        iterator = iter(stream)
        assert next(iterator).text == "hello"
        assert client.http.tweet_cache[42].text == "hello"
        stream.connection.close()
        assert list(iterator) == []
    assert events == [("error", "Not Found Error"), ("tweet", 42)]
    assert seen[0].url.path == "/2/tweets/sample/stream"
    assert seen[0].url.params["backfill_minutes"] == "0"
    assert seen[0].headers["Authorization"] == f"Bearer {BEARER_TOKEN}"


def lambda_named(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    function.__name__ = name
    return function


def test_a_read_timeout_reconnects_with_the_network_backoff(waits: list[float]) -> None:
    calls = {"n": 0}

    def answer(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if calls["n"] <= 2:
            raise httpx.ReadTimeout("no keep-alive", request=request)
        return httpx.Response(200, content=lines(None, TWEET))

    stream = pytweet.Stream.sample_stream()
    with sync_client(answer, stream):
        tweet = next(iter(stream))
    assert tweet.id == 42
    assert waits == [0.25, 0.5]
    assert stream.connection.errors == 0


def test_unauthorized_raises_before_any_event(waits: list[float]) -> None:
    events: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"title": "Unauthorized", "detail": "Unauthorized", "status": 401})

    stream = pytweet.Stream.sample_stream()
    with sync_client(answer, stream) as client:
        client.event(lambda_named("on_stream_connect", lambda conn: events.append("connect")))
        with pytest.raises(pytweet.Unauthorized):
            client.stream()
    assert events == []
    assert waits == []
    assert stream.connection.closed


async def test_async_for_stops_cleanly_on_break_and_on_cancel(monkeypatch: pytest.MonkeyPatch) -> None:
    never = asyncio.Event()

    async def forever(seconds: float) -> None:
        await never.wait()

    monkeypatch.setattr(streaming, "asleep", forever)

    async def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=lines(None, TWEET))

    stream = pytweet.Stream.sample_stream()
    async with pytweet.AsyncClient(
        BEARER_TOKEN, stream=stream, transport=None, async_transport=httpx.MockTransport(answer), **settings()
    ):
        async for tweet in stream:
            assert tweet.id == 42
            break
        await asyncio.sleep(0)
        got: list[int] = []
        delivered = asyncio.Event()

        async def consume() -> None:
            async for tweet in stream:
                got.append(tweet.id)
                delivered.set()

        task = asyncio.create_task(consume())
        await delivered.wait()
        await asyncio.sleep(0.01)  # now waiting to reconnect after the clean end
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    assert got == [42]
    assert stream.connection.closed


def test_argument_checks() -> None:
    with pytest.raises(TypeError, match=r"pytweet\.Stream"):
        pytweet.Client(BEARER_TOKEN, stream=object())
    with pytweet.Client(BEARER_TOKEN) as client, pytest.raises(TypeError, match="'stream' argument is missing"):
        client.stream()
    with pytest.raises(pytweet.InvalidRequest, match="reconnect_attempts"):
        pytweet.Stream(reconnect_attempts=-1)
    with pytest.raises(pytweet.InvalidRequest, match="keep-alive"):
        pytweet.Stream(read_timeout=10)
    connection = pytweet.Stream().connection
    assert connection.closed
    assert connection.is_close()
    with pytest.raises(pytweet.PytweetException, match="already closed"):
        connection.close()
    with pytest.raises(pytweet.InvalidRequest, match="not attached"):
        pytweet.Stream().fetch_rules()


def test_breaking_out_of_a_sync_loop_closes_the_connection(waits: list[float]) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=lines(None, TWEET, TWEET))

    stream = pytweet.Stream.sample_stream()
    with sync_client(answer, stream):
        for tweet in stream:
            assert tweet.id == 42
            assert not stream.connection.closed
            break
        assert stream.connection.closed


def _server_error(status: int) -> pytweet.HTTPException:
    request = httpx.Request("GET", "https://api.twitter.com/2/tweets/sample/stream")
    response = httpx.Response(status, json={"title": "x"}, request=request)
    error = pytweet.TooManyRequests if status == 429 else pytweet.ServerError
    return error(response)


def test_the_backoff_schedules_and_their_caps() -> None:
    connection = pytweet.StreamConnection("/2/tweets/sample/stream", reconnect_attempts=100)
    network = [connection.failed(httpx.ReadTimeout("dead")) for _ in range(66)]
    assert network[:4] == [0.25, 0.5, 0.75, 1.0]
    assert network[63:] == [16.0, 16.0, 16.0]  # linear up to 16 s
    connection.healthy()
    assert connection.errors == 0
    assert [connection.failed(_server_error(503)) for _ in range(8)] == [5, 10, 20, 40, 80, 160, 320, 320]
    connection.healthy()
    assert [connection.failed(_server_error(429)) for _ in range(4)] == [60, 120, 240, 480]
    connection.healthy()
    assert connection.failed(None) == 0.25  # a clean end waits like a network error
    short = pytweet.StreamConnection("/2/tweets/sample/stream", reconnect_attempts=1)
    assert short.failed(None) == 0.25
    assert short.failed(None) is None  # the attempts ran out


async def test_an_async_client_awaits_coroutine_handlers() -> None:
    async def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=lines(None, PARTIAL))

    stream = pytweet.Stream.sample_stream()
    seen: list[str] = []
    async with pytweet.AsyncClient(
        BEARER_TOKEN, stream=stream, async_transport=httpx.MockTransport(answer), **settings()
    ) as client:

        async def on_stream_connect(connection: pytweet.StreamConnection) -> None:
            seen.append("connect")

        async def on_stream_error(errors: list[dict[str, str]], connection: pytweet.StreamConnection) -> None:
            seen.append(errors[0]["title"])

        async def on_stream(tweet: pytweet.Tweet, connection: pytweet.StreamConnection) -> None:
            seen.append(tweet.text or "")
            connection.close()

        for handler in (on_stream_connect, on_stream_error, on_stream):
            client.event(handler)
        await call(client.stream())
    assert seen == ["connect", "Not Found Error", "hello"]
    assert stream.connection.closed


def test_ctrl_c_ends_a_blocking_client_stream_as_in_1_3_6(capsys: pytest.CaptureFixture[str]) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=lines(TWEET, TWEET))

    stream = pytweet.Stream.sample_stream()
    with sync_client(answer, stream) as client:

        def on_stream(tweet: pytweet.Tweet, connection: pytweet.StreamConnection) -> None:
            raise KeyboardInterrupt  # the user pressed Ctrl-C while the stream was running

        client.event(on_stream)
        assert client.stream() is None  # type: ignore[func-returns-value]
    assert capsys.readouterr().out == "KeyboardInterrupt: Exit stream.\n"
    assert stream.connection.closed

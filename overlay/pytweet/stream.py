"""Streaming: ``Stream`` (filtered, with rules) and ``Stream.sample_stream``, the ``StreamConnection`` that reads
it, and ``StreamRule``.

    stream = pytweet.Stream(backfill_minutes=0, reconnect_attempts=15).add_rule("cats has:images", tag="cats")
    client = pytweet.Client(bearer_token, stream=stream)

    @client.event
    def on_stream(tweet, connection): ...

    client.stream()                # rules replaced, then blocks, firing events (``await`` on an AsyncClient)
    for tweet in stream: ...       # or iterate (``async for`` on an AsyncClient; cancelling closes cleanly)

Unlike 1.3.6: the HTTP status is checked before any event fires (401/403/400 raise their typed errors; 429 and
5xx are retried); keep-alive lines are skipped and a read timeout (``read_timeout``, longer than Twitter's 20 s
keep-alive) detects a dead stream; reconnects wait as Twitter documents (network errors and clean ends: linear
from 250 ms to 16 s; HTTP errors: exponential from 5 s to 320 s; 429: exponential from 60 s); the error
counter resets once a connection is healthy; a line with an ``errors`` entry fires ``on_stream_error(errors,
connection)`` (its tweet, if any, is still delivered) instead of killing the stream.

The reconnect policy and line handling are written once (:class:`StreamConnection`); the two drivers below only
do the I/O (blocking and awaited). Waits go through :data:`sleep` / :data:`asleep`, which tests replace.
"""

from __future__ import annotations

import inspect
import json
import logging
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any, Self

import httpx

from switchboard_core import Call, CallOptions, Steps, lazy_module
from twitter_api.legacy.surface import (
    AsyncStreamConnectionMethods,
    AsyncStreamMethods,
    StreamConnectionMethods,
    StreamMethods,
)

from ._fields import EXPANSIONS, MEDIA_FIELDS, PLACE_FIELDS, POLL_FIELDS, TWEET_FIELDS, USER_FIELDS
from ._http import AnyHTTPClient, AsyncHTTPClient, HTTPClient
from ._payload import wire
from .errors import HTTPException, InvalidRequest, InvalidType, NetworkError, PytweetException, TooManyRequests
from .models import Tweet, _tweet

if TYPE_CHECKING:
    from twitter_api.legacy import streams
else:  # the generated plumbing loads on the first call, not on import
    streams = lazy_module("twitter_api.legacy.streams")

if TYPE_CHECKING:
    from switchboard_core import AsyncInvoker, SyncInvoker

LOG = logging.getLogger("pytweet.stream")
NETWORK_BACKOFF = (0.25, 0.25, 16.0)
"""Network errors and clean ends: start, step (linear), cap, in seconds (Twitter's documented schedule)."""
HTTP_BACKOFF = (5.0, 320.0)
"""HTTP errors (5xx): start, cap; doubling."""
RATE_LIMIT_BACKOFF = 60.0
"""429: start; doubling."""
STREAM_CACHE_SIZE = 1000
"""How many tweets the client's tweet cache keeps (stream tweets push the oldest out)."""


def sleep(seconds: float) -> None:
    """How a sync stream waits before reconnecting."""
    time.sleep(seconds)


async def asleep(seconds: float) -> None:
    """How an async stream waits before reconnecting."""
    import asyncio  # not at module level: importing asyncio costs sync users start-up time

    await asyncio.sleep(seconds)


class StreamRule:
    """A filtered stream's rule: ``value``, ``tag`` and (once Twitter has it) ``id``."""

    def __init__(self, value: str, tag: str | None = None, id: str | int | None = None) -> None:
        self.value = value
        self.tag = tag
        self.id = None if id is None else int(id)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, StreamRule) and (self.value, self.tag, self.id) == (other.value, other.tag, other.id)

    __hash__ = object.__hash__

    def __repr__(self) -> str:
        return f"StreamRule(value={self.value!r} tag={self.tag!r} id={self.id!r})"


class StreamConnection(StreamConnectionMethods):
    """One stream's connection state: the reconnect policy, the error counter and the line handling (sans-IO).
    ``connect()`` streams on it without touching the rules (``Stream.connect`` replaces them first)."""

    def __init__(
        self,
        url: str,
        backfill_minutes: int = 0,
        reconnect_attempts: int = 0,
        http_client: AnyHTTPClient | None = None,
    ) -> None:
        self.url = url
        self.backfill_minutes = backfill_minutes
        self.reconnect_attempts = reconnect_attempts
        self.http_client = http_client
        self.errors = 0
        """Failed attempts since the last healthy connection."""
        self._closed = True
        self._response: httpx.Response | None = None
        self._network_wait = 0.0
        self._http_wait = 0.0
        self._rate_wait = 0.0
        self._owner: _Stream | None = None
        """The ``Stream`` whose connection this is (``connect`` streams through it)."""

    # -- the public surface -------------------------------------------------------------------------------------

    @property
    def closed(self) -> bool:
        return self._closed

    def is_close(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Stop the stream (from an event handler too); the current response is closed."""
        if self._closed:
            raise PytweetException("Attempt to close a stream that's already closed!")
        self._closed = True
        response, self._response = self._response, None
        if response is not None and not response.is_closed and isinstance(response.stream, httpx.SyncByteStream):
            response.close()

    def _connect_impl(self) -> None:
        owner = self._owner
        if owner is None:
            raise InvalidRequest("this connection belongs to no stream: use a Stream's connection")
        http = owner._http
        if isinstance(http, AsyncHTTPClient):
            return _adrain(owner, http)  # type: ignore[return-value]  # awaited on an AsyncClient
        for _ in _iterate(owner, http):
            pass
        return None

    def __repr__(self) -> str:
        return f"StreamConnection(url={self.url!r} closed={self._closed} errors={self.errors})"

    # -- the policy ---------------------------------------------------------------------------------------------

    def _opened(self, response: httpx.Response) -> None:
        self._response = response

    def healthy(self) -> None:
        """A connection answered 200 and sent something: the backoffs and the error counter start over."""
        self.errors = 0
        self._network_wait = self._http_wait = self._rate_wait = 0.0

    def failed(self, exc: Exception | None) -> float | None:
        """The wait before the next attempt after ``exc`` (None: the stream ended cleanly), or None when the
        attempts are used up. Errors that retrying cannot fix are raised."""
        self._response = None
        if isinstance(exc, HTTPException) and not isinstance(exc, TooManyRequests) and (exc.status_code or 0) < 500:
            self._closed = True
            raise exc
        self.errors += 1
        if self.errors > self.reconnect_attempts:
            return None
        if isinstance(exc, TooManyRequests):
            self._rate_wait = self._rate_wait * 2 if self._rate_wait else RATE_LIMIT_BACKOFF
            return self._rate_wait
        if isinstance(exc, HTTPException):
            start, cap = HTTP_BACKOFF
            self._http_wait = min(self._http_wait * 2, cap) if self._http_wait else start
            return self._http_wait
        start, step, cap = NETWORK_BACKOFF
        self._network_wait = min(self._network_wait + step, cap) if self._network_wait else start
        return self._network_wait

    def line(self, raw: str) -> tuple[Tweet | None, list[Any] | None]:
        """A stream line's tweet and ``errors`` (keep-alives and blank lines give neither)."""
        text = raw.strip()
        if not text:
            return None, None
        try:
            body = json.loads(text)
        except ValueError:  # a line cut off by a dropped connection: the end of the stream follows
            LOG.warning("stream: skipped a line that is not JSON (%d characters)", len(text))
            return None, None
        if not isinstance(body, dict):
            return None, None
        errors = body.get("errors") or None
        tweet = _tweet(body, self.http_client) if body.get("data") else None  # an AsyncTweet on an AsyncClient
        if tweet is not None and self.http_client is not None:
            cache = self.http_client.tweet_cache
            cache[tweet.id] = tweet
            if len(cache) > STREAM_CACHE_SIZE:  # a long stream keeps memory flat: the oldest tweets go first
                del cache[next(iter(cache))]
        return tweet, errors

    def fire(self, name: str, *args: Any) -> Any:
        """Call the client's ``on_<name>`` handler, if any (its result: awaited by the async driver)."""
        handler = self.http_client.events.get(name) if self.http_client is not None else None
        return handler(*args) if handler is not None else None


class _Stream:
    """What ``Stream`` and ``AsyncStream`` share: a filtered stream (rules from ``add_rule``) or, from
    :meth:`sample_stream`, the sample stream, with the hooks behind the generated methods."""

    connection: StreamConnection
    _connection_class: type[StreamConnection] = StreamConnection
    FILTERED_PATH = "/2/tweets/search/stream"
    SAMPLE_PATH = "/2/tweets/sample/stream"

    def __init__(self, backfill_minutes: int = 0, reconnect_attempts: int = 15, *, read_timeout: float = 30.0) -> None:
        for name, value in (("backfill_minutes", backfill_minutes), ("reconnect_attempts", reconnect_attempts)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise InvalidRequest(f"{name} must be a non-negative integer, not {value!r}")
        if isinstance(read_timeout, bool) or not isinstance(read_timeout, int | float) or read_timeout <= 20:
            raise InvalidRequest("read_timeout must be more than Twitter's 20 s keep-alive interval")
        self.backfill_minutes = backfill_minutes
        self.reconnect_attempts = reconnect_attempts
        self.read_timeout = float(read_timeout)
        self.sample = False
        self.raw_rules: list[dict[str, str]] = []
        self.http_client: AnyHTTPClient | None = None
        self.connection = self._connection_class(self.FILTERED_PATH, backfill_minutes, reconnect_attempts)
        self.connection._owner = self

    @classmethod
    def sample_stream(cls, backfill_minutes: int = 0, reconnect_attempts: int = 15) -> Self:
        stream = cls(backfill_minutes, reconnect_attempts)
        stream.sample = True
        stream.connection.url = cls.SAMPLE_PATH
        return stream

    def _attach(self, http_client: AnyHTTPClient) -> None:
        self.http_client = http_client
        self.connection.http_client = http_client

    @property
    def _http(self) -> AnyHTTPClient:
        if self.http_client is None:
            raise InvalidRequest("this stream is not attached to a client: pass it as Client(..., stream=stream)")
        return self.http_client

    # -- rules ----------------------------------------------------------------------------------------------------

    @property
    def rules(self) -> list[StreamRule] | None:
        """The rules added locally (None on a sample stream)."""
        return None if self.sample else [StreamRule(r["value"], r.get("tag")) for r in self.raw_rules]

    def add_rule(self, value: str, tag: str | None = None) -> Self | None:
        """Add a rule locally (sent by ``set_rules`` / ``connect``); chainable. None on a sample stream."""
        if self.sample:
            return None
        if not isinstance(value, str) or not value:
            raise InvalidType(f"a rule's value must be a non-empty string, not {value!r}")
        self.raw_rules.append({"value": value, "tag": tag} if tag else {"value": value})
        return self

    def _fetch_rules_impl(self) -> list[StreamRule] | None:
        return None if self.sample else self._http.drive(_fetch_rules())

    def _clear_impl(self) -> None:
        return None if self.sample else self._http.drive(_clear())

    def _set_rules_impl(self, dry_run: bool = False) -> None:
        return None if self.sample else self._http.drive(_set_rules(list(self.raw_rules), dry_run))

    # -- streaming ------------------------------------------------------------------------------------------------

    def _connect_impl(self, *, dry_run: bool = False) -> None:
        http = self._http
        if isinstance(http, AsyncHTTPClient):
            return _aconnect(self, http, dry_run)  # type: ignore[return-value]  # awaited on an AsyncClient
        if not self.sample:
            http.drive(_replace_rules(list(self.raw_rules), dry_run))
        for _ in _iterate(self, http):
            pass
        return None

    def __iter__(self) -> Iterator[Tweet]:
        http = self._http
        if not isinstance(http, HTTPClient):
            raise InvalidType("use `async for` with an AsyncClient's stream")
        return _iterate(self, http)

    def __aiter__(self) -> AsyncIterator[Tweet]:
        http = self._http
        if not isinstance(http, AsyncHTTPClient):
            raise InvalidType("use `for` with a Client's stream")
        return _aiterate(self, http)

    def _call(self) -> Call[Any]:
        build = streams.sample_stream_call if self.sample else streams.search_stream_call
        return build(
            self.backfill_minutes, EXPANSIONS, MEDIA_FIELDS, PLACE_FIELDS, POLL_FIELDS, TWEET_FIELDS, USER_FIELDS
        )

    def _options(self, http: AnyHTTPClient) -> CallOptions:
        connect = http.invoker.settings.timeout.connect
        return CallOptions(httpx.Timeout(self.read_timeout, connect=connect), 0)

    def __repr__(self) -> str:
        kind = "sample" if self.sample else "filtered"
        return f"Stream({kind} backfill_minutes={self.backfill_minutes} reconnect_attempts={self.reconnect_attempts})"


# -- rule steps -----------------------------------------------------------------------------------------------------


def _fetch_rules() -> Steps[list[StreamRule]]:
    body = wire((yield streams.get_stream_rules_call()))
    return [StreamRule(r["value"], r.get("tag"), r.get("id")) for r in body.get("data") or []]


def _clear() -> Steps[None]:
    found = yield from _fetch_rules()
    if found:
        yield streams.update_stream_rules_call({"delete": {"ids": [str(rule.id) for rule in found]}})


def _set_rules(rules: list[dict[str, str]], dry_run: bool) -> Steps[None]:
    if not isinstance(dry_run, bool):
        raise InvalidType(f"dry_run must be True or False, not {dry_run!r}")
    for trial in (True, False) if dry_run else (False,):
        answer = wire((yield streams.update_stream_rules_call({"add": rules}, True if trial else None)))
        invalid = [e for e in answer.get("errors") or [] if e.get("details")]
        if invalid:
            summary = (answer.get("meta") or {}).get("summary")
            LOG.warning("Invalid stream rule! Rules Info: %s", summary)
            raise SyntaxError(invalid[0]["details"][0])


def _replace_rules(rules: list[dict[str, str]], dry_run: bool) -> Steps[None]:
    yield from _clear()
    yield from _set_rules(rules, dry_run)


# -- the two I/O drivers ------------------------------------------------------------------------------------------


def _iterate(stream: _Stream, http: HTTPClient) -> Iterator[Tweet]:
    """Blocking: connect, read lines, reconnect as the connection's policy says, until closed."""
    connection = stream.connection
    invoker: SyncInvoker = http.invoker
    connection._closed = False
    try:
        while not connection.closed:
            failure: Exception | None = None
            try:
                request = invoker._request(stream._call(), stream._options(http))
                response = invoker.http.send(request, stream=True, auth=invoker._auth)
                try:
                    if not response.is_success:
                        response.read()
                        raise invoker.settings.error_map.for_response(response)
                    connection._opened(response)
                    connection.fire("stream_connect", connection)
                    if connection.is_close():
                        return
                    for raw in response.iter_lines():
                        connection.healthy()
                        tweet, errors = connection.line(raw)
                        if errors is not None:
                            connection.fire("stream_error", errors, connection)
                        if tweet is not None:
                            connection.fire("stream", tweet, connection)
                            yield tweet
                        if connection.is_close():
                            return
                finally:
                    response.close()
            except (httpx.TransportError, NetworkError, HTTPException) as exc:
                failure = exc
            if connection.is_close():
                return
            wait = connection.failed(failure)
            if wait is None:
                connection.close()
                connection.fire("stream_disconnect", connection)
                return
            LOG.info("stream: reconnecting in %.2f s after %r", wait, failure or "the end of the stream")
            sleep(wait)
    finally:  # the caller broke out of its loop, or the stream ended: the connection is closed
        if not connection.is_close():
            connection._closed = True
            connection._response = None


async def _aiterate(stream: _Stream, http: AsyncHTTPClient) -> AsyncIterator[Tweet]:
    """Awaited: as :func:`_iterate`; cancelling the iteration closes the response and the connection."""
    connection = stream.connection
    invoker: AsyncInvoker = http.invoker
    connection._closed = False
    try:
        while not connection.closed:
            failure: Exception | None = None
            try:
                request = invoker._request(stream._call(), stream._options(http))
                response = await invoker.http.send(request, stream=True, auth=invoker._auth)
                try:
                    if not response.is_success:
                        await response.aread()
                        raise invoker.settings.error_map.for_response(response)
                    connection._opened(response)
                    await _maybe(connection.fire("stream_connect", connection))
                    if connection.is_close():
                        return
                    async for raw in response.aiter_lines():
                        connection.healthy()
                        tweet, errors = connection.line(raw)
                        if errors is not None:
                            await _maybe(connection.fire("stream_error", errors, connection))
                        if tweet is not None:
                            await _maybe(connection.fire("stream", tweet, connection))
                            yield tweet
                        if connection.is_close():
                            return
                finally:
                    await response.aclose()
            except (httpx.TransportError, NetworkError, HTTPException) as exc:
                failure = exc
            if connection.is_close():
                return
            wait = connection.failed(failure)
            if wait is None:
                connection.close()
                await _maybe(connection.fire("stream_disconnect", connection))
                return
            LOG.info("stream: reconnecting in %.2f s after %r", wait, failure or "the end of the stream")
            await asleep(wait)
    finally:
        if not connection.closed:
            connection._closed = True
            connection._response = None


async def _aconnect(stream: _Stream, http: AsyncHTTPClient, dry_run: bool) -> None:
    if not stream.sample:
        await http.drive(_replace_rules(list(stream.raw_rules), dry_run))  # type: ignore[misc]
    await _adrain(stream, http)


async def _adrain(stream: _Stream, http: AsyncHTTPClient) -> None:
    async for _ in _aiterate(stream, http):
        pass


async def _maybe(result: Any) -> None:
    if inspect.isawaitable(result):
        await result


class AsyncStreamConnection(AsyncStreamConnectionMethods, StreamConnection):  # type: ignore[misc]  # awaited forms
    """An ``AsyncStream``'s connection: ``await connection.connect()``."""


class Stream(StreamMethods, _Stream):
    """A filtered stream (rules from ``add_rule``) or, from :meth:`sample_stream`, the sample stream, for a
    ``Client``: its methods that send requests block (``for tweet in stream``)."""


class AsyncStream(AsyncStreamMethods, _Stream):
    """A stream for an ``AsyncClient``: ``await stream.fetch_rules()``, ``await stream.connect()``,
    ``async for tweet in stream``. (A plain ``Stream`` works there too, typed as the sync one.)"""

    connection: AsyncStreamConnection
    _connection_class = AsyncStreamConnection


class StreamingClient:
    """``Client.stream``, mixed into ``Client`` / ``AsyncClient``."""

    _stream: _Stream | None

    def _stream_impl(self, *, dry_run: bool = False) -> None:
        if self._stream is None:
            raise InvalidType("'stream' argument is missing in client!")
        if self._stream._http.is_async:
            return self._stream._connect_impl(dry_run=dry_run)  # cancel the task to stop it
        try:
            return self._stream._connect_impl(dry_run=dry_run)
        except KeyboardInterrupt:  # Ctrl-C ends a blocking stream and returns, as in 1.3.6 (reference §4.1 C15)
            print("KeyboardInterrupt: Exit stream.")  # 1.3.6's words, on stdout
            return None


def attach(stream: object, http: Callable[[], AnyHTTPClient]) -> _Stream | None:
    """Check a client's ``stream=`` argument and hook it up to the client's HTTP client (made when first used)."""
    if stream is None:
        return None
    if not isinstance(stream, _Stream):
        raise InvalidType(f"stream must be a pytweet.Stream or AsyncStream, not {type(stream).__name__}")
    stream._attach(http())
    return stream


__all__ = ["AsyncStream", "AsyncStreamConnection", "Stream", "StreamConnection", "StreamRule", "StreamingClient"]

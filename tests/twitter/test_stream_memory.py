"""A stream of 100,000 sandbox tweets is consumed with flat memory: the sandbox (in process, through httpx's WSGI
transport, no socket) streams made-up tweets as it makes them (its ``Live`` answers), and the client keeps no
more than its bounded tweet cache, so the number of live objects after 100,000 tweets is what it was after
10,000."""

from __future__ import annotations

import gc

import httpx

import pytweet
from pytweet import stream as streaming
from switchboard_sandbox import app

from .conftest import BEARER_TOKEN, REPLAY_URL

TWEETS = 100_000


def test_a_hundred_thousand_tweets_keep_memory_flat() -> None:
    sandbox = app("twitter")
    transport = httpx.WSGITransport(app=sandbox)
    with httpx.Client(transport=transport, base_url=REPLAY_URL) as control:
        assert control.post("/_sandbox/twitter/stream", json={"generate": TWEETS}).status_code == 200
    stream = pytweet.Stream.sample_stream()
    objects: dict[int, int] = {}
    count = 0
    with pytweet.Client(BEARER_TOKEN, stream=stream, transport=transport, base_url=REPLAY_URL) as client:
        for tweet in stream:
            count += 1
            if count in (10_000, TWEETS):
                gc.collect()
                objects[count] = len(gc.get_objects())
            if count == TWEETS:
                assert tweet.text == f"generated tweet {TWEETS}"
                stream.connection.close()
        assert len(client.http.tweet_cache) == streaming.STREAM_CACHE_SIZE
    assert count == TWEETS
    assert objects[TWEETS] - objects[10_000] < 1000

"""The upload's wire form against a ``MockTransport`` on Twitter's real hosts: INIT / FINALIZE form-encoded (so
signed), APPEND multipart with the chunk as the part ``media``, all on ``upload.twitter.com`` with OAuth 1.0a,
then the tweet on ``api.twitter.com``; an async client awaits a coroutine progress callback."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qs

import httpx

import pytweet
from pytweet import upload

from .conftest import ACCESS_TOKEN, ACCESS_TOKEN_SECRET, BEARER_TOKEN, CONSUMER_KEY, CONSUMER_SECRET, call


async def test_the_upload_goes_to_the_upload_host_in_twitters_forms(tmp_path: Path) -> None:
    seen: list[httpx.Request] = []

    async def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "upload.twitter.com":
            content = request.content
            if b"command=INIT" in content:
                return httpx.Response(202, json={"media_id": 77, "media_id_string": "77"})
            if b"command=FINALIZE" in content:
                return httpx.Response(201, json={"media_id": 77, "media_id_string": "77"})
            return httpx.Response(204)
        return httpx.Response(201, json={"data": {"id": "9", "text": "pic"}})

    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG" + bytes(2000))
    reported: list[tuple[int, int]] = []

    async def progress(sent: int, total: int) -> None:
        reported.append((sent, total))

    async with pytweet.AsyncClient(
        BEARER_TOKEN,
        consumer_key=CONSUMER_KEY,
        consumer_key_secret=CONSUMER_SECRET,
        access_token=ACCESS_TOKEN,
        access_token_secret=ACCESS_TOKEN_SECRET,
        async_transport=httpx.MockTransport(answer),
        max_retries=0,
    ) as client:
        posted = await call(client.tweet("pic", file=pytweet.File(path, progress=progress)))
    assert (posted.id, posted.text) == (9, "pic")
    assert reported == [(2004, 2004)]
    init, append, finalize, tweet = seen
    assert [str(r.url) for r in (init, append, finalize)] == ["https://upload.twitter.com/1.1/media/upload.json"] * 3
    assert all(r.headers["Authorization"].startswith("OAuth ") for r in (init, append, finalize, tweet))
    assert init.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert parse_qs(init.content.decode()) == {
        "command": ["INIT"],
        "media_type": ["image/png"],
        "total_bytes": ["2004"],
        "media_category": ["tweet_image"],
        "shared": ["false"],
    }
    assert append.headers["Content-Type"].startswith("multipart/form-data; boundary=pytweet-")
    assert b'name="segment_index"\r\n\r\n0\r\n' in append.content
    assert b'name="media"; filename="media"\r\n\r\n\x89PNG' in append.content
    assert parse_qs(finalize.content.decode()) == {"command": ["FINALIZE"], "media_id": ["77"]}
    assert str(tweet.url) == "https://api.twitter.com/2/tweets"
    assert json.loads(tweet.content) == {"text": "pic", "media": {"media_ids": ["77"]}}
    assert upload.CHUNK_SIZE == 4 * 1024 * 1024

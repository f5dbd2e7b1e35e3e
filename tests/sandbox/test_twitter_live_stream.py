"""The Twitter sandbox's generated stream: a ``Live`` answer (streamed by the engine as it is made, not validated
as a whole), with keep-alive lines, used once; the next connection answers as before."""

from __future__ import annotations

import json

import httpx

from switchboard_sandbox import app

BASE = "http://127.0.0.1:8099"
BEARER = {"Authorization": "Bearer sandbox-bearer-token"}


def test_a_generated_stream_is_streamed_once_with_keep_alives() -> None:
    with httpx.Client(transport=httpx.WSGITransport(app=app("twitter")), base_url=BASE) as client:
        armed = client.post("/_sandbox/twitter/stream", json={"generate": 5, "keep_alive_every": 2})
        assert armed.status_code == 200
        with client.stream("GET", "/2/tweets/sample/stream", headers=BEARER) as response:
            assert response.status_code == 200
            assert response.headers["content-type"] == "application/x-ndjson"
            assert "content-length" not in response.headers
            lines = list(response.iter_lines())
        tweets = [json.loads(line) for line in lines if line]
        assert [t["data"]["text"] for t in tweets] == [f"generated tweet {n}" for n in range(1, 6)]
        assert len({t["data"]["id"] for t in tweets}) == 5
        assert all(t["includes"]["users"][0]["username"] == "sandbox_stream" for t in tweets)
        assert lines.count("") == 3  # the first line, then one after every 2 tweets
        assert client.get("/2/tweets/sample/stream", headers=BEARER).content == b"\r\n"
        refused = client.post("/_sandbox/twitter/stream", json={"generate": -1})
        assert refused.status_code == 400

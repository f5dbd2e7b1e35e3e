"""The chunked media upload (INIT, APPEND, FINALIZE, STATUS on the upload host) through ``tweet(file=)``, sync and
async, against the sandbox's upload state machine (replayed from cassettes). The waits between STATUS polls go
through ``pytweet.upload.sleep`` / ``asleep``, replaced here so nothing really sleeps; the chunk size is made
small so that a small file takes several APPENDs."""

from __future__ import annotations

from pathlib import Path

import pytest

import pytweet
from pytweet import upload

from .conftest import AnyClient, Sandbox, call

pytestmark = [pytest.mark.vcr, pytest.mark.sandbox_only]

CHUNK = 1024


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The seconds each STATUS wait asked for (and small chunks)."""
    asked: list[float] = []
    monkeypatch.setattr(upload, "sleep", asked.append)
    monkeypatch.setattr(upload, "asleep", asked.append)
    monkeypatch.setattr(upload, "CHUNK_SIZE", CHUNK)
    return asked


def clip(tmp_path: Path, size: int = 2500, name: str = "clip.mp4") -> Path:
    path = tmp_path / name
    path.write_bytes(bytes(n % 251 for n in range(size)))
    return path


async def test_a_video_is_uploaded_in_chunks_and_polled_until_processed(
    client: AnyClient, sandbox: Sandbox, tmp_path: Path, waits: list[float]
) -> None:
    sandbox.control("media_processing", {"polls": 3, "check_after_secs": 2})
    progress: list[tuple[int, int]] = []
    video = pytweet.File(clip(tmp_path), progress=lambda sent, total: progress.append((sent, total)))
    posted = await call(client.tweet("a clip", file=video))
    assert isinstance(posted, pytweet.Message)
    assert posted.text == "a clip"
    assert progress == [(1024, 2500), (2048, 2500), (2500, 2500)]  # three APPENDs
    assert waits == [2.0, 2.0, 2.0]  # FINALIZE said pending, then two STATUS answers said in_progress
    (state,) = sandbox.state()["uploads"].values()
    assert state == {"state": "succeeded", "received": 2500}
    tweet = await call(client.fetch_tweet(posted.id))
    assert [m.type for m in tweet.media] == [pytweet.MediaType.video]


async def test_failed_processing_is_a_typed_error(
    client: AnyClient, sandbox: Sandbox, tmp_path: Path, waits: list[float]
) -> None:
    sandbox.control("media_processing", {"polls": 2, "fail": True, "check_after_secs": 1})
    tweets = sandbox.state()["tweets"]
    with pytest.raises(upload.MediaProcessingError, match="Unsupported video format") as caught:
        await call(client.tweet("broken", file=pytweet.File(clip(tmp_path))))
    assert caught.value.processing_info["state"] == "failed"
    assert isinstance(caught.value, pytweet.PytweetException)
    assert waits == [1.0, 1.0]
    assert sandbox.state()["tweets"] == tweets  # the tweet was not posted


async def test_processing_that_takes_too_long_stops_waiting(
    client: AnyClient, sandbox: Sandbox, tmp_path: Path, waits: list[float]
) -> None:
    sandbox.control("media_processing", {"polls": 10, "check_after_secs": 5})
    video = pytweet.File(clip(tmp_path), max_processing_wait=12)
    with pytest.raises(upload.MediaProcessingError, match="max_processing_wait"):
        await call(client.tweet("slow", file=video))
    assert waits == [5.0, 5.0]  # a third wait would pass 12 s


async def test_every_append_answer_is_checked(
    client: AnyClient, sandbox: Sandbox, tmp_path: Path, waits: list[float]
) -> None:
    path = clip(tmp_path, size=1500)

    def grow(sent: int, total: int) -> None:  # the file grows after INIT: the next chunk overflows total_bytes
        with path.open("ab") as more:
            more.write(bytes(1000))

    with pytest.raises(pytweet.BadRequests, match="exceed total_bytes"):
        await call(client.tweet("growing", file=pytweet.File(path, progress=grow)))
    (state,) = sandbox.state()["uploads"].values()
    assert state == {"state": "initialized", "received": 1024}


async def test_an_image_needs_no_status_poll(
    client: AnyClient, sandbox: Sandbox, tmp_path: Path, waits: list[float]
) -> None:
    image = tmp_path / "photo.jpg"
    image.write_bytes(bytes(700))
    posted = await call(client.tweet(file=pytweet.File(image)))
    assert posted.text is not None
    assert waits == []
    tweet = await call(client.fetch_tweet(posted.id))
    assert [m.type for m in tweet.media] == [pytweet.MediaType.photo]

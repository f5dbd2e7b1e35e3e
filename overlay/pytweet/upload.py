"""``File`` and the chunked media upload behind ``tweet(file=)``, ``User.send(file=)``, welcome messages and custom
profiles: INIT, APPEND (one 4 MiB chunk at a time, read from disk as it is sent), FINALIZE, then STATUS polls
while Twitter processes the media, on the upload host (``upload.twitter.com``).

Unlike 1.3.6 every APPEND answer is checked, a ``failed`` processing state raises :class:`MediaProcessingError`
(with or without ``check_after_secs``), and the STATUS polls wait ``check_after_secs`` each but stop after
``File.max_processing_wait`` seconds in all. The steps are written once (sync and async); the waits go through
:data:`sleep` / :data:`asleep`, which tests replace.
"""

from __future__ import annotations

import gc
import hashlib
import mimetypes
import os
import time
import uuid
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from switchboard_core import Call, Handle, Steps, lazy_module

from ._http import AnyHTTPClient
from ._payload import wire
from .errors import InvalidRequest, InvalidType, PytweetException

if TYPE_CHECKING:
    from twitter_api.legacy import media
else:  # the generated plumbing loads on the first call, not on import
    media = lazy_module("twitter_api.legacy.media")

CHUNK_SIZE = 4 * 1024 * 1024
"""Bytes per APPEND (1.3.6's 4 MiB; Twitter takes up to 5 MB)."""
UPLOAD_HOST = "https://upload.twitter.com"
API_HOST = "https://api.twitter.com"
UPLOAD_PATH = "/1.1/media/upload.json"
CATEGORIES = ("tweet_image", "tweet_gif", "tweet_video", "dm_image", "dm_gif", "dm_video", "amplify_video", "subtitles")
"""Twitter's documented ``media_category`` values."""
Progress = Callable[[int, int], object]
"""``progress(bytes_sent, total_bytes)``, called after each APPEND (awaited on an ``AsyncClient`` if async)."""


def sleep(seconds: float) -> None:
    """How a sync client waits between STATUS polls."""
    time.sleep(seconds)


async def asleep(seconds: float) -> None:
    """How an async client waits between STATUS polls."""
    import asyncio  # not at module level: importing asyncio costs sync users start-up time

    await asyncio.sleep(seconds)


class MediaProcessingError(PytweetException):
    """Twitter could not process an uploaded media (``processing_info.state == "failed"``), or processing did not
    finish within ``File.max_processing_wait`` seconds. ``processing_info`` is Twitter's last report."""

    def __init__(self, message: str, processing_info: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.processing_info = processing_info or {}


class File:
    """A file on disk to attach (``File("clip.mp4")``). Its MIME type comes from the name; ``media_category``
    defaults to the ``tweet_*`` or ``dm_*`` category of the call it is attached to (``dm_only=True`` forces the
    ``dm_*`` one and uploads it as shared). ``progress`` is called as chunks go out."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        dm_only: bool = False,
        media_category: str | None = None,
        progress: Progress | None = None,
        max_processing_wait: float = 300.0,
    ) -> None:
        self.path = Path(path)
        self.dm_only = bool(dm_only)
        mimetype, _ = mimetypes.guess_type(self.path.name)
        if mimetype is None:
            raise InvalidType(f"cannot tell the media type of {self.path.name!r} from its extension")
        self.mimetype = mimetype
        if media_category is not None and media_category.lower() not in CATEGORIES:
            raise InvalidRequest(f"media_category must be one of {', '.join(CATEGORIES)}, not {media_category!r}")
        self.media_category = media_category
        if progress is not None and not callable(progress):
            raise InvalidType("progress must be a function of (bytes_sent, total_bytes)")
        self.progress = progress
        if isinstance(max_processing_wait, bool) or not isinstance(max_processing_wait, int | float):
            raise InvalidType("max_processing_wait must be a number of seconds")
        self.max_processing_wait = float(max_processing_wait)

    @property
    def filename(self) -> str:
        return self.path.name

    @property
    def total_bytes(self) -> int:
        return self.path.stat().st_size

    @property
    def kind(self) -> str | None:
        """``image``, ``gif`` or ``video`` (None for anything else: no category is sent)."""
        if self.mimetype == "image/gif":
            return "gif"
        major = self.mimetype.partition("/")[0]
        return major if major in ("image", "video") else None

    def category(self, *, dm: bool) -> str | None:
        """The ``media_category`` sent for this file on a DM-side (``dm=True``) or tweet call."""
        if self.media_category is not None:
            return self.media_category
        kind = self.kind
        if kind is None:
            return None
        return f"{'dm' if dm or self.dm_only else 'tweet'}_{kind}"

    def __repr__(self) -> str:
        return f"File(path={str(self.path)!r} mimetype={self.mimetype!r})"


def _url(http: AnyHTTPClient) -> str:
    """The upload host for a client on Twitter's API host; the client's own base URL otherwise (a sandbox)."""
    base = http.invoker.settings.base_url.rstrip("/")
    return UPLOAD_HOST + UPLOAD_PATH if base == API_HOST else UPLOAD_PATH


def _command(http: AnyHTTPClient, content: bytes, content_type: str) -> Call[Any]:
    from twitter_api.types import File as _Payload

    call = media.upload_media_call(_Payload(payload=BytesIO(content)))
    kwargs = {**call.kwargs, "url": _url(http), "content": content, "headers": {"Content-Type": content_type}}
    return Call(kwargs, call.parse, call.extensions)


def _form(http: AnyHTTPClient, fields: dict[str, str]) -> Call[Any]:
    return _command(http, urlencode(fields).encode(), "application/x-www-form-urlencoded")


def _append(http: AnyHTTPClient, media_id: str, index: int, chunk: bytes) -> Call[Any]:
    boundary = _boundary(chunk)
    head = b"".join(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in (("command", "APPEND"), ("media_id", media_id), ("segment_index", str(index)))
    )
    media_head = f'--{boundary}\r\nContent-Disposition: form-data; name="media"; filename="media"\r\n\r\n'.encode()
    body = b"".join((head, media_head, chunk, f"\r\n--{boundary}--\r\n".encode()))
    return _command(http, body, f"multipart/form-data; boundary={boundary}")


def _boundary(chunk: bytes) -> str:
    """A multipart boundary that does not occur in ``chunk``, derived from it (the same chunk gives the same body,
    so recorded exchanges replay)."""
    digest = hashlib.sha256(chunk).hexdigest()
    for n in range(16):
        boundary = f"pytweet-{digest[n : n + 32]}"
        if boundary.encode() not in chunk:
            return boundary
    return f"pytweet-{uuid.uuid4().hex}"


def _status(http: AnyHTTPClient, media_id: str) -> Call[Any]:
    call = media.get_media_upload_status_call("STATUS", media_id)
    return Call({**call.kwargs, "url": _url(http)}, call.parse, call.extensions)


def upload(http: AnyHTTPClient, file: File, *, dm: bool) -> Steps[int]:
    """Steps that upload ``file`` and return its media id once Twitter can use it."""
    if not isinstance(file, File):
        raise InvalidType(f"file must be a pytweet.File, not {type(file).__name__}")
    total = file.total_bytes
    fields = {"command": "INIT", "media_type": file.mimetype, "total_bytes": str(total)}
    category = file.category(dm=dm)
    if category is not None:
        fields["media_category"] = category
    fields["shared"] = "true" if file.dm_only else "false"
    with file.path.open("rb") as stream:
        started = wire((yield _form(http, fields)))
        media_id = str(started.get("media_id_string") or started.get("media_id") or "")
        if not media_id.isdigit():
            raise MediaProcessingError(f"INIT answered without a media id: {started!r}")
        sent = 0
        for index in range(1000):
            chunk = stream.read(CHUNK_SIZE)
            if not chunk and index:
                break
            yield _append(http, media_id, index, chunk)  # an error answer raises here
            sent += len(chunk)
            del chunk
            gc.collect(1)  # httpx's response and its stream form a cycle holding the request body: free it now
            if file.progress is not None:
                yield Handle(_report(file.progress, total), sent)
            if sent >= total:
                break
    finished = wire((yield _form(http, {"command": "FINALIZE", "media_id": media_id})))
    yield from _processed(http, file, media_id, finished.get("processing_info"))
    return int(media_id)


def _report(progress: Progress, total: int) -> Callable[[Any], object]:
    return lambda sent: progress(sent, total)


def _processed(http: AnyHTTPClient, file: File, media_id: str, info: dict[str, Any] | None) -> Steps[None]:
    """Poll STATUS until processing succeeds; raise when it fails or takes longer than the file allows."""
    waited = 0.0
    wait: Callable[[float], object] = asleep if http.is_async else sleep
    while info:
        state = info.get("state")
        if state == "succeeded":
            return
        if state == "failed":
            error = info.get("error") or {}
            reason = error.get("message") or error.get("name") or "no reason given"
            raise MediaProcessingError(f"Twitter could not process media {media_id}: {reason}", info)
        delay = float(info.get("check_after_secs") or 1)
        if waited + delay > file.max_processing_wait:
            raise MediaProcessingError(
                f"media {media_id} was still {state!r} after {waited:g} s (max_processing_wait)", info
            )
        yield Handle(wait, delay)
        waited += delay
        info = wire((yield _status(http, media_id))).get("processing_info")


__all__ = ["File", "MediaProcessingError"]

"""The Twitter sandbox's chunked media upload (``upload.twitter.com/1.1/media/upload.json``): INIT, APPEND,
FINALIZE and STATUS as a state machine, without keeping the uploaded bytes (only their count and a digest).

``initialized`` (INIT) → chunks appended (APPEND, segment indexes 0-999, at most 5 MB each) → FINALIZE checks
that the segments add up to ``total_bytes``; photos are ``succeeded`` at once (no ``processing_info``), GIFs
and videos (or anything with a ``*_gif``/``*_video`` category) start ``pending`` and move one step on every
STATUS poll (``pending`` → ``in_progress`` … → ``succeeded``, or ``failed`` when the sandbox was told to fail
the upload). How many polls processing takes, and whether it fails, is set per upload with
``POST /_sandbox/twitter/media_processing`` (see :class:`ProcessingPlan`).
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from werkzeug.datastructures import Headers
from werkzeug.formparser import MultiPartParser
from werkzeug.http import parse_options_header

from ..provider import ApiError

MAX_CHUNK = 5 * 1024 * 1024
MAX_SEGMENTS = 1000
LIMITS = {"image": 5 * 1024 * 1024, "gif": 15 * 1024 * 1024, "video": 512 * 1024 * 1024}
CATEGORIES = {"tweet_image", "tweet_gif", "tweet_video", "dm_image", "dm_gif", "dm_video", "amplify_video", "subtitles"}
EXPIRES_AFTER = 86400


class UploadError(ApiError):
    """A v1.1-shaped upload error: ``{"errors": [{"code": ..., "message": ...}]}``."""

    def __init__(self, status: int, message: str, code: int = 324) -> None:
        super().__init__(status, message)
        self.code = code


@dataclass
class ProcessingPlan:
    """How the next finalized GIF or video is processed: ``polls`` STATUS calls until it is done (at least 1),
    ``fail`` to end ``failed`` instead of ``succeeded``, ``check_after_secs`` as advertised."""

    polls: int = 3
    fail: bool = False
    check_after_secs: int = 1

    @classmethod
    def parse(cls, body: Any) -> ProcessingPlan:
        if not isinstance(body, dict) or set(body) - {"polls", "fail", "check_after_secs"}:
            raise ApiError(400, 'Expected {"polls": 3, "fail": false, "check_after_secs": 1}')
        polls, fail, after = body.get("polls", 3), body.get("fail", False), body.get("check_after_secs", 1)
        if not (isinstance(polls, int) and not isinstance(polls, bool) and 1 <= polls <= 100):
            raise ApiError(400, "polls must be an integer from 1 to 100")
        if not isinstance(fail, bool):
            raise ApiError(400, "fail must be a boolean")
        if not (isinstance(after, int) and not isinstance(after, bool) and 0 <= after <= 600):
            raise ApiError(400, "check_after_secs must be an integer from 0 to 600")
        return cls(polls, fail, after)


@dataclass
class Upload:
    """One media id's upload state."""

    media_id: int
    owner: str
    media_type: str
    total_bytes: int
    category: str | None
    shared: bool
    kind: str
    """``image``, ``gif`` or ``video``."""
    segments: dict[int, int] = field(default_factory=dict)
    """Segment index → its size in bytes."""
    digest: Any = field(default_factory=hashlib.sha256)
    state: str = "initialized"
    """``initialized``, then ``pending`` / ``in_progress`` / ``succeeded`` / ``failed`` after FINALIZE."""
    plan: ProcessingPlan = field(default_factory=ProcessingPlan)
    polls: int = 0
    processed: bool = False
    """Whether FINALIZE started asynchronous processing (a ``processing_info`` is reported)."""

    @property
    def received(self) -> int:
        return sum(self.segments.values())

    @property
    def usable(self) -> bool:
        return self.state == "succeeded"

    @property
    def key(self) -> str:
        prefix = {"image": 3, "gif": 16, "video": 7}[self.kind]
        return f"{prefix}_{self.media_id}"

    def answer(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "media_id": self.media_id,
            "media_id_string": str(self.media_id),
            "media_key": self.key,
        }
        if self.state == "initialized":
            body["expires_after_secs"] = EXPIRES_AFTER
            return body
        body["size"] = self.total_bytes
        body["expires_after_secs"] = EXPIRES_AFTER
        if self.kind == "image":
            body["image"] = {"image_type": self.media_type, "w": 640, "h": 480}
        elif self.state == "succeeded":
            body["video"] = {"video_type": self.media_type}
        if self.processed:
            body["processing_info"] = self.processing_info()
        return body

    def processing_info(self) -> dict[str, Any]:
        if self.state == "succeeded":
            return {"state": "succeeded", "progress_percent": 100}
        if self.state == "failed":
            return {
                "state": "failed",
                "progress_percent": 100 * self.polls // self.plan.polls,
                "error": {"code": 1, "name": "InvalidMedia", "message": "Unsupported video format"},
            }
        info: dict[str, Any] = {"state": self.state, "check_after_secs": self.plan.check_after_secs}
        if self.state == "in_progress":
            info["progress_percent"] = 100 * self.polls // self.plan.polls
        return info

    def poll(self) -> None:
        """One STATUS call's worth of processing."""
        if self.state not in ("pending", "in_progress"):
            return
        self.polls += 1
        if self.polls >= self.plan.polls:
            self.state = "failed" if self.plan.fail else "succeeded"
        else:
            self.state = "in_progress"


def media_kind(media_type: str, category: str | None) -> str:
    if category is not None:
        if category.endswith("_gif"):
            return "gif"
        if category.endswith("_video") or category == "subtitles":
            return "video"
    if media_type == "image/gif":
        return "gif"
    if media_type.startswith("video/"):
        return "video"
    if media_type.startswith("image/"):
        return "image"
    raise UploadError(400, f"media type unrecognized: {media_type}", code=323)


def parse_bool(value: str, name: str) -> bool:
    lowered = value.lower()
    if lowered not in ("true", "false"):
        raise UploadError(400, f"{name} must be true or false")
    return lowered == "true"


def form_fields(headers: Headers, raw_body: bytes) -> tuple[dict[str, str], bytes | None]:
    """The fields of an upload command body (form-encoded or multipart) and the APPEND chunk, if any."""
    content_type, options = parse_options_header(headers.get("Content-Type", ""))
    if content_type == "application/x-www-form-urlencoded":
        return dict(parse_qsl(raw_body.decode("utf-8", errors="replace"), keep_blank_values=True)), None
    if content_type == "multipart/form-data":
        boundary = options.get("boundary", "")
        if not boundary:
            raise UploadError(400, "multipart body without a boundary")
        parser = MultiPartParser(max_form_memory_size=MAX_CHUNK * 2)
        try:
            form, files = parser.parse(io.BytesIO(raw_body), boundary.encode("latin-1"), len(raw_body))
        except ValueError as exc:
            raise UploadError(400, f"malformed multipart body: {exc}") from exc
        chunk: bytes | None = None
        if "media" in files:
            chunk = files["media"].read()
        elif "media" in form:
            chunk = form["media"].encode("latin-1", errors="replace")
        return {k: form[k] for k in form if k != "media"}, chunk
    raise UploadError(400, "the body must be application/x-www-form-urlencoded or multipart/form-data")

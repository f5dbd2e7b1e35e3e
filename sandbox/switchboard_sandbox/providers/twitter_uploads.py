"""The Twitter sandbox's upload-host handlers: INIT, APPEND, FINALIZE and STATUS on top of the state machine
of :mod:`.twitter_media`."""

from __future__ import annotations

import base64
import binascii

from ..provider import Raw, Result, SandboxRequest, control, operation
from .twitter_base import (
    TwitterBase,
)
from .twitter_media import (
    CATEGORIES,
    LIMITS,
    MAX_CHUNK,
    MAX_SEGMENTS,
    ProcessingPlan,
    Upload,
    UploadError,
    form_fields,
    media_kind,
    parse_bool,
)


class UploadsMixin(TwitterBase):
    """The upload host's commands."""

    # -- media upload ---------------------------------------------------------------------------------------------

    def _upload(self, media_id: str | None, me: str) -> Upload:
        upload = self.uploads.get(int(media_id)) if media_id and media_id.isdigit() else None
        if upload is None or upload.owner != me:
            raise UploadError(404, f"Media id {media_id} not found.", code=324)
        return upload

    @operation("upload_media")
    def upload_media(self, request: SandboxRequest) -> Result:
        me = self._caller(request)
        fields, chunk = form_fields(request.headers, request.raw_body)
        command = fields.get("command", "")
        if command == "INIT":
            return self._init(fields, me)
        if command == "APPEND":
            if chunk is None and "media_data" in fields:
                try:
                    chunk = base64.b64decode(fields["media_data"], validate=True)
                except (binascii.Error, ValueError):
                    raise UploadError(400, "media_data is not valid base64") from None
            return self._append(fields, chunk, me)
        if command == "FINALIZE":
            return self._finalize(fields, me)
        raise UploadError(400, f"Unknown command {command!r}; use INIT, APPEND or FINALIZE (STATUS is a GET)")

    def _init(self, fields: dict[str, str], me: str) -> Result:
        media_type = fields.get("media_type", "")
        total = fields.get("total_bytes", "")
        if not media_type or "/" not in media_type:
            raise UploadError(400, "media_type is required (e.g. image/png)", code=38)
        if not total.isdigit() or int(total) <= 0:
            raise UploadError(400, "total_bytes must be a positive integer", code=38)
        category = fields.get("media_category") or None
        if category is not None and category.lower() not in CATEGORIES:
            raise UploadError(400, f"media_category {category!r} is not one of {', '.join(sorted(CATEGORIES))}")
        kind = media_kind(media_type, category.lower() if category else None)
        if int(total) > LIMITS[kind]:
            raise UploadError(400, f"File size exceeds {LIMITS[kind]} bytes.", code=324)
        shared = parse_bool(fields["shared"], "shared") if "shared" in fields else False
        upload = Upload(int(self._id()), me, media_type, int(total), category, shared, kind, plan=self.next_plan)
        self.next_plan = ProcessingPlan()
        self.uploads[upload.media_id] = upload
        return 202, upload.answer()

    def _append(self, fields: dict[str, str], chunk: bytes | None, me: str) -> Result:
        upload = self._upload(fields.get("media_id"), me)
        if upload.state != "initialized":
            raise UploadError(400, "The media was already finalized.", code=324)
        index = fields.get("segment_index", "")
        if not index.isdigit() or int(index) >= MAX_SEGMENTS:
            raise UploadError(400, f"segment_index must be an integer from 0 to {MAX_SEGMENTS - 1}", code=38)
        if not chunk:
            raise UploadError(400, "APPEND needs the chunk as the multipart part media (or media_data)", code=38)
        if len(chunk) > MAX_CHUNK:
            raise UploadError(400, f"A chunk may be at most {MAX_CHUNK} bytes.", code=324)
        if upload.received - upload.segments.get(int(index), 0) + len(chunk) > upload.total_bytes:
            raise UploadError(400, "The segments exceed total_bytes.", code=324)
        upload.segments[int(index)] = len(chunk)
        upload.digest.update(chunk)
        return 204, Raw()

    def _finalize(self, fields: dict[str, str], me: str) -> Result:
        upload = self._upload(fields.get("media_id"), me)
        if upload.state == "initialized":
            if upload.received != upload.total_bytes:
                raise UploadError(400, "Segments do not add up to provided total file size.", code=324)
            upload.processed = upload.kind != "image"
            upload.state = "pending" if upload.processed else "succeeded"
        return 201, upload.answer()

    @operation("get_media_upload_status")
    def get_media_upload_status(self, request: SandboxRequest) -> Result:
        upload = self._upload(request.query["media_id"], self._caller(request))
        if upload.state == "initialized":
            raise UploadError(400, "The media has not been finalized.", code=324)
        upload.poll()
        return 200, upload.answer()

    @control("POST", "media_processing")
    def media_processing(self, request: SandboxRequest) -> Result:
        """How the next uploaded GIF or video is processed: ``{"polls": 3, "fail": false, "check_after_secs": 1}``."""
        self.next_plan = ProcessingPlan.parse({} if request.body is None else request.body)
        plan = self.next_plan
        return 200, {"polls": plan.polls, "fail": plan.fail, "check_after_secs": plan.check_after_secs}

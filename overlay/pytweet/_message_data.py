"""The ``message_data`` object a direct message, a welcome message or its update sends, in 1.3.6's key order
(``text``, ``attachment``, ``custom_profile_id``, ``quick_reply``, ``ctas``). Attachments of the wrong type are
refused before anything is sent; a ``File`` is uploaded first (steps, see :mod:`pytweet.upload`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from switchboard_core import Steps

from ._http import AnyHTTPClient
from .dm_attachments import CTA, CustomProfile, QuickReply
from .errors import InvalidType
from .upload import File, upload


def checked_attachments(file: object, custom_profile: object, quick_reply: object, cta: object) -> None:
    """Refuse attachments of the wrong type (1.3.6: a ``PytweetException``) before anything is sent."""
    for name, value, kind in (
        ("file", file, File),
        ("custom_profile", custom_profile, CustomProfile),
        ("quick_reply", quick_reply, QuickReply),
        ("cta", cta, CTA),
    ):
        if value is not None and not isinstance(value, kind):
            raise InvalidType(f"{name} must be a pytweet.{kind.__name__}, not {type(value).__name__}")


def message_data(
    http: AnyHTTPClient,
    text: object,
    *,
    file: File | None = None,
    custom_profile: CustomProfile | None = None,
    quick_reply: QuickReply | None = None,
    cta: CTA | None = None,
    dm: bool = True,
    check: Callable[[dict[str, Any]], object],
) -> Steps[dict[str, Any]]:
    """Steps that upload ``file`` (if any) and return the ``message_data`` object. ``check`` builds the final call
    from a ``message_data`` (its input checks raise), and is tried before the upload, so bad input is refused
    before anything is sent."""
    checked_attachments(file, custom_profile, quick_reply, cta)
    data: dict[str, Any] = {"text": str(text)}
    if file is not None:
        data["attachment"] = {"type": "media", "media": {"id": "1"}}  # checked with a stand-in, then uploaded
    if custom_profile is not None:
        data["custom_profile_id"] = str(custom_profile.id)
    if quick_reply is not None:
        data["quick_reply"] = quick_reply.wire()
    if cta is not None:
        data["ctas"] = cta.wire()
    check(data)
    if file is not None:
        media_id = yield from upload(http, file, dm=dm)
        data["attachment"] = {"type": "media", "media": {"id": str(media_id)}}
    return data

"""The ``Client`` methods of part 2's direct-message features: ``fetch_message``, welcome messages and their
rules, and ``create_custom_profile`` (which returns the profile: 1.3.6 raised after a successful POST)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from switchboard_core import Steps, lazy_module

from . import dm, welcome
from ._http import AnyHTTPClient
from ._payload import wire
from .dm_attachments import CTA, CustomProfile, QuickReply
from .errors import InvalidRequest, InvalidType
from .message import DirectMessage
from .models import User, _checked_id
from .upload import File, upload
from .welcome import WelcomeMessage, WelcomeMessageRule

if TYPE_CHECKING:
    from twitter_api.legacy import direct_messages
else:  # the generated plumbing loads on the first call, not on import
    direct_messages = lazy_module("twitter_api.legacy.direct_messages")

MAX_PROFILE_NAME = 50


def _user(body: dict[str, Any], http: AnyHTTPClient) -> User:
    return User(body, http_client=http)


class DirectMessagesClient:
    """Mixed into ``Client`` / ``AsyncClient`` (awaitables there)."""

    http: AnyHTTPClient

    def _fetch_message_impl(self, event_id: str | int | None = None) -> DirectMessage:
        return self.http.drive(dm.fetch(self.http, _user, _checked_id("event_id", event_id)))

    def _create_welcome_message_impl(
        self,
        name: str | None = None,
        text: str | None = None,
        *,
        file: File | None = None,
        quick_reply: QuickReply | None = None,
        cta: CTA | None = None,
    ) -> WelcomeMessage:
        return self.http.drive(welcome.create(self.http, name, text, file, quick_reply, cta))

    def _fetch_welcome_message_impl(self, welcome_message_id: str | int) -> WelcomeMessage:
        checked = _checked_id("welcome_message_id", welcome_message_id)
        return self.http.drive(welcome.fetch(self.http, checked))

    def _fetch_welcome_message_rules_impl(self, welcome_message_rules_id: str | int) -> WelcomeMessageRule:
        checked = _checked_id("welcome_message_rules_id", welcome_message_rules_id)
        return self.http.drive(welcome.fetch_rule(self.http, checked))

    def _create_custom_profile_impl(self, name: str, file: File) -> CustomProfile:
        if not isinstance(file, File):
            raise InvalidType(f"file must be a pytweet.File, not {type(file).__name__}")
        if not isinstance(name, str) or not 1 <= len(name) <= MAX_PROFILE_NAME:
            raise InvalidRequest(f"name must be a string of 1 to {MAX_PROFILE_NAME} characters, not {name!r}")
        return self.http.drive(_create_custom_profile(self.http, name, file))


def _create_custom_profile(http: AnyHTTPClient, name: str, file: File) -> Steps[CustomProfile]:
    media_id = yield from upload(http, file, dm=True)
    body = {"custom_profile": {"name": name, "avatar": {"media": {"id": media_id}}}}  # a number, as 1.3.6 sent
    return CustomProfile.from_payload(wire((yield direct_messages.create_custom_profile_call(body))))


__all__ = ["DirectMessagesClient"]

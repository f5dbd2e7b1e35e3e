"""The Twitter sandbox's v1.1 direct-message handlers: DM events, typing indicator, read marks, welcome
messages and their rules, and custom profiles."""

from __future__ import annotations

import copy
from typing import Any

from ..provider import Raw, Result, SandboxRequest, operation
from .twitter_base import (
    HASHTAG_PATTERN,
    MENTION_PATTERN,
    URL_PATTERN,
    TwitterBase,
    TwitterError,
    ms,
)


class MessagesMixin(TwitterBase):
    """Direct messages, welcome messages and rules, custom profiles."""

    # -- direct messages ------------------------------------------------------------------------------------------

    def _message_data(self, source: dict[str, Any], *, dm: bool = True) -> dict[str, Any]:
        """The answer's ``message_data`` for a request's, with entities computed and media resolved."""
        text = source["text"]
        out: dict[str, Any] = {"text": text, "entities": self._v1_entities(text)}
        attachment = source.get("attachment")
        if attachment is not None:
            key = self._usable_media(attachment["media"]["id"], dm=dm)
            media = self.media[key]
            url = media.get("url") or media.get("preview_image_url")
            out["attachment"] = {
                "type": "media",
                "media": {
                    "id": int(attachment["media"]["id"]),
                    "id_str": attachment["media"]["id"],
                    "media_url_https": url,
                },
            }
        if "quick_reply" in source:
            quick = copy.deepcopy(source["quick_reply"])
            for option in quick["options"]:
                for key in ("description", "metadata"):
                    if option.get(key) is None:
                        option.pop(key, None)
            out["quick_reply"] = quick
        if "ctas" in source:
            out["ctas"] = [{**cta, "tco_url": f"https://t.co/sbx{i}"} for i, cta in enumerate(source["ctas"])]
        return out

    def _v1_entities(self, text: str) -> dict[str, Any]:
        mentions = []
        for m in MENTION_PATTERN.finditer(text):
            uid = self._uid_by_name(m.group(1))
            if uid is not None:
                user = self.users[uid]
                mentions.append(
                    {"name": user["name"], "screen_name": user["username"], "id": int(uid), "id_str": uid,
                     "indices": [m.start(), m.end()]}
                )  # fmt: skip
        return {
            "hashtags": [{"text": m.group(1), "indices": [m.start(), m.end()]} for m in HASHTAG_PATTERN.finditer(text)],
            "symbols": [],
            "user_mentions": mentions,
            "urls": [
                {
                    "url": m.group(0),
                    "display_url": m.group(0),
                    "expanded_url": m.group(0),
                    "indices": [m.start(), m.end()],
                }
                for m in URL_PATTERN.finditer(text)
            ],
        }

    @operation("create_dm_event")
    def create_dm_event(self, request: SandboxRequest) -> Result:
        me = self._caller(request)
        create = request.body["event"]["message_create"]
        recipient = create["target"]["recipient_id"]
        if recipient not in self.users:
            raise TwitterError(400, "Cannot find specified user.", code=108)
        if me in self.blocking.get(recipient, []):
            raise TwitterError(403, "You cannot send messages to this user.", code=349)
        source = create["message_data"]
        profile_id = source.get("custom_profile_id")
        if profile_id is not None and profile_id not in self.custom_profiles:
            raise TwitterError(400, f"Unknown custom_profile_id [{profile_id}].", code=214)
        message_create: dict[str, Any] = {
            "target": {"recipient_id": recipient},
            "sender_id": me,
            "message_data": self._message_data(source),
        }
        if profile_id is not None:
            message_create["custom_profile_id"] = profile_id
        event: dict[str, Any] = {
            "type": "message_create",
            "id": self._id(),
            "created_timestamp": ms(self.clock()),
            "message_create": message_create,
        }
        self.events[event["id"]] = event
        return 200, {"event": copy.deepcopy(event)}

    def _event(self, request: SandboxRequest) -> dict[str, Any]:
        me = self._caller(request)
        event = self.events.get(request.query["id"])
        create = event["message_create"] if event else {}
        if event is None or me not in (create["sender_id"], create["target"]["recipient_id"]):
            raise TwitterError(404, "Sorry, that page does not exist.", code=34)
        return event

    @operation("get_dm_event")
    def get_dm_event(self, request: SandboxRequest) -> Result:
        return 200, {"event": copy.deepcopy(self._event(request))}

    @operation("delete_dm_event")
    def delete_dm_event(self, request: SandboxRequest) -> Result:
        del self.events[self._event(request)["id"]]
        return 204, Raw()

    @operation("indicate_typing")
    def indicate_typing(self, request: SandboxRequest) -> Result:
        self._caller(request)
        if request.query["recipient_id"] not in self.users:
            raise TwitterError(400, "Cannot find specified user.", code=108)
        return 204, Raw()

    @operation("mark_read")
    def mark_read(self, request: SandboxRequest) -> Result:
        me = self._caller(request)
        other = request.query["recipient_id"]
        event = self.events.get(request.query["last_read_event_id"])
        parties = (
            {event["message_create"]["sender_id"], event["message_create"]["target"]["recipient_id"]}
            if event
            else set()
        )
        if event is None or parties != {me, other}:
            raise TwitterError(404, "No such event in a conversation with this user.", code=34)
        self.read_marks[(me, other)] = event["id"]
        return 204, Raw()

    # -- welcome messages -----------------------------------------------------------------------------------------

    def _welcome_answer(self, message: dict[str, Any]) -> dict[str, Any]:
        answer: dict[str, Any] = {"welcome_message": copy.deepcopy(message["welcome_message"])}
        if message.get("name") is not None:
            answer["name"] = message["name"]
        return answer

    def _welcome(self, request: SandboxRequest) -> dict[str, Any]:
        message = self.welcome_messages.get(request.query["id"])
        if message is None or message["owner"] != self._caller(request):
            raise TwitterError(404, "Welcome message not found.", code=34)
        return message

    @operation("create_welcome_message")
    def create_welcome_message(self, request: SandboxRequest) -> Result:
        me = self._caller(request)
        source = request.body["welcome_message"]
        wid = self._id()
        message = {
            "owner": me,
            "name": source.get("name"),
            "welcome_message": {
                "id": wid,
                "created_timestamp": ms(self.clock()),
                "message_data": self._message_data(source["message_data"]),
            },
        }
        self.welcome_messages[wid] = message
        return 200, self._welcome_answer(message)

    @operation("get_welcome_message")
    def get_welcome_message(self, request: SandboxRequest) -> Result:
        return 200, self._welcome_answer(self._welcome(request))

    @operation("update_welcome_message")
    def update_welcome_message(self, request: SandboxRequest) -> Result:
        message = self._welcome(request)
        message["welcome_message"]["message_data"] = self._message_data(request.body["message_data"])
        return 200, self._welcome_answer(message)

    @operation("delete_welcome_message")
    def delete_welcome_message(self, request: SandboxRequest) -> Result:
        message = self._welcome(request)
        wid = message["welcome_message"]["id"]
        del self.welcome_messages[wid]
        for rid, rule in list(self.welcome_rules.items()):
            if rule["welcome_message_id"] == wid:
                del self.welcome_rules[rid]
        return 204, Raw()

    @operation("create_welcome_message_rule")
    def create_welcome_message_rule(self, request: SandboxRequest) -> Result:
        me = self._caller(request)
        wid = request.body["welcome_message_rule"]["welcome_message_id"]
        message = self.welcome_messages.get(wid)
        if message is None or message["owner"] != me:
            raise TwitterError(404, "Welcome message not found.", code=34)
        if any(rule["owner"] == me for rule in self.welcome_rules.values()):
            raise TwitterError(409, "There can be only one welcome message rule; delete the existing one first.")
        rule = {"owner": me, "id": self._id(), "created_timestamp": ms(self.clock()), "welcome_message_id": wid}
        self.welcome_rules[rule["id"]] = rule
        return 200, {"welcome_message_rule": _rule_answer(rule)}

    def _welcome_rule(self, request: SandboxRequest) -> dict[str, Any]:
        rule = self.welcome_rules.get(request.query["id"])
        if rule is None or rule["owner"] != self._caller(request):
            raise TwitterError(404, "Welcome message rule not found.", code=34)
        return rule

    @operation("get_welcome_message_rule")
    def get_welcome_message_rule(self, request: SandboxRequest) -> Result:
        return 200, {"welcome_message_rule": _rule_answer(self._welcome_rule(request))}

    @operation("delete_welcome_message_rule")
    def delete_welcome_message_rule(self, request: SandboxRequest) -> Result:
        del self.welcome_rules[self._welcome_rule(request)["id"]]
        return 204, Raw()

    @operation("create_custom_profile")
    def create_custom_profile(self, request: SandboxRequest) -> Result:
        self._caller(request)
        source = request.body["custom_profile"]
        media_id = str(source["avatar"]["media"]["id"])
        upload = self.uploads.get(int(media_id)) if media_id.isdigit() else None
        if upload is None or not upload.usable:
            raise TwitterError(400, f"Your media IDs are invalid: [{media_id}].", code=324)
        if upload.kind != "image":
            raise TwitterError(400, "A custom profile avatar must be an image.", code=324)
        pid = self._id()
        profile = {
            "id": pid,
            "created_timestamp": ms(self.clock()),
            "name": source["name"],
            "avatar": {"media": {"url": f"https://pbs.twimg.com/media/{upload.key}.jpg"}},
        }
        self.custom_profiles[pid] = profile
        return 200, {"custom_profile": copy.deepcopy(profile)}


def _rule_answer(rule: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": rule["id"],
        "created_timestamp": rule["created_timestamp"],
        "welcome_message_id": rule["welcome_message_id"],
    }

"""MessageMedia Messages API behaviour: messages, scheduling and cancelling, delivery reports, replies, credits.

The sandbox delivers instantly: a message sent now is answered ``queued`` (as the API documents) and is
``delivered`` from then on; if it asked for ``delivery_report`` a ``delivered`` report is waiting at once.
A message scheduled in the future stays ``scheduled`` until it is cancelled. Replies never arrive by
themselves: inject them with ``POST /_sandbox/messagemedia/replies``.
"""

from __future__ import annotations

import base64
import copy
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ..provider import ApiError, Clock, Provider, Result, SandboxRequest, control, operation, timestamp, utc_now
from .messagemedia_auth import check_basic, check_hmac
from .messagemedia_callbacks import MessageMediaCallbacks

API_KEY = "sandbox-key"
API_SECRET = "sandbox-secret"  # noqa: S105 (a public sandbox credential)
"""The credentials the sandbox accepts (env ``SANDBOX_MESSAGEMEDIA_KEY`` / ``SANDBOX_MESSAGEMEDIA_SECRET`` override)."""
SEED_CREDENTIALS = ("basic_auth_user_name", "basic_auth_password")
"""The placeholders of the seed documentation's examples, accepted too so those examples run unchanged."""
ACCOUNT = "sandbox-account"
"""The only ``Account`` header value accepted (absent is fine too)."""
VENDOR_ACCOUNT_ID = {"vendor_id": "MessageMedia", "account_id": ACCOUNT}
INITIAL_CREDITS = 1000
PAGE = 100
"""Most delivery reports or replies one check returns."""
DEDICATED_NUMBER = "+61491570999"
"""Where injected generic replies were sent to."""
E164 = re.compile(r"\+?[1-9][0-9]{5,14}")
"""What a destination number must fully match (E.164 with an optional ``+``)."""
MAX_METADATA_KEY = 100
MAX_INJECTED = 1000


def accounts() -> dict[str, str]:
    """API key → secret of every accepted credential pair (environment overrides applied)."""
    key = os.environ.get("SANDBOX_MESSAGEMEDIA_KEY") or API_KEY
    secret = os.environ.get("SANDBOX_MESSAGEMEDIA_SECRET") or API_SECRET
    return {SEED_CREDENTIALS[0]: SEED_CREDENTIALS[1], key: secret}


@dataclass(frozen=True)
class Principal:
    """Who is calling: the API key and the account acted for."""

    api_key: str
    account: str


def _parse_time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _message_problems(index: int, message: dict[str, Any]) -> list[str]:
    """What the schema cannot say: E.164 numbers and metadata key lengths."""
    where = f"$.messages[{index}]"
    problems = []
    number = message.get("destination_number")
    if isinstance(number, str) and not E164.fullmatch(number):
        problems.append(f"{where}.destination_number: {number!r} is not an E.164 number like +61491570156")
    for key in message.get("metadata") or {}:
        if len(key) > MAX_METADATA_KEY:
            problems.append(
                f"{where}.metadata: a key is {len(key)} characters long; at most {MAX_METADATA_KEY} are allowed"
            )
    return problems


def _optional(source: dict[str, Any], *names: str) -> dict[str, Any]:
    return {name: copy.deepcopy(source[name]) for name in names if name in source}


class MessageMedia(MessageMediaCallbacks, Provider):
    """The MessageMedia behaviour; state: messages by id, unconfirmed delivery reports and replies, credits."""

    name = "messagemedia"
    title = "MessageMedia"
    messages: dict[str, dict[str, Any]]
    delivery_reports: dict[str, dict[str, Any]]
    """Unconfirmed delivery reports by id, oldest first."""
    replies: dict[str, dict[str, Any]]
    """Unconfirmed replies by id, oldest first."""
    credits: int
    generic_replies: int

    def __init__(self, *, clock: Clock = utc_now) -> None:
        self.accounts = accounts()
        self.callbacks = self.new_callback_sender()
        super().__init__(clock=clock)

    def environment(self, url: str) -> dict[str, str]:
        key, secret = next((k, v) for k, v in accounts().items() if k != SEED_CREDENTIALS[0])
        return {
            "SWITCHBOARD_MESSAGEMEDIA_BASE_URL": url,
            "MESSAGEMEDIA_API_KEY": key,
            "MESSAGEMEDIA_API_SECRET": secret,
        }

    def reset(self) -> None:
        super().reset()
        self.messages = {}
        self.delivery_reports = {}
        self.replies = {}
        self.credits = INITIAL_CREDITS
        self.generic_replies = 0
        self.reset_callbacks()

    # -- authentication -----------------------------------------------------------------------------------------

    def authenticate(self, request: SandboxRequest) -> Principal:
        """Basic or HMAC credentials (401 otherwise), then the optional ``Account`` header (403 if not ours)."""
        value = request.headers.get("Authorization", "")
        scheme = value.split(" ", 1)[0].lower()
        if scheme == "basic":
            reason = check_basic(value, self.accounts)
        elif scheme == "hmac":
            reason = check_hmac(
                value,
                accounts=self.accounts,
                method=request.method,
                path=request.raw_path,
                date=request.headers.get("date"),
                md5_header=request.headers.get("x-Content-MD5"),
                body=request.raw_body,
                now=self.clock(),
            )
        else:
            reason = "Unsupported Authorization scheme: use Basic or hmac"
        if reason is not None:
            raise ApiError(401, reason, headers={"WWW-Authenticate": 'Basic realm="MessageMedia sandbox"'})
        account = request.headers.get("Account")
        if account is not None and account != ACCOUNT:
            raise ApiError(403, "The Account header names an account these credentials cannot act for")
        return Principal(api_key=_api_key(value), account=ACCOUNT)

    # -- messages -----------------------------------------------------------------------------------------------

    @operation("send_messages")
    def send_messages(self, request: SandboxRequest) -> Result:
        """Accept all messages or none; echo each with its ``message_id`` and ``queued``/``scheduled`` status."""
        messages: list[dict[str, Any]] = request.body["messages"]
        per_message = [_message_problems(i, message) for i, message in enumerate(messages)]
        if any(per_message):
            invalid = sum(1 for problems in per_message if problems)
            details = [line for problems in per_message for line in problems]
            raise ApiError(400, f"{invalid} of {len(messages)} messages are invalid; none was sent", details=details)
        now = self.clock()
        echoed = []
        for message in messages:
            message_id = self.ids.next("message")
            scheduled = _parse_time(message.get("scheduled"))
            status = "scheduled" if scheduled is not None and scheduled > now else "queued"
            self.messages[message_id] = {
                **copy.deepcopy(message),
                "message_id": message_id,
                "status": "scheduled" if status == "scheduled" else "delivered",
            }
            self.credits -= 1
            if status == "queued" and message.get("delivery_report") is True:
                self._report_delivery(self.messages[message_id], now)
            echoed.append({**copy.deepcopy(message), "message_id": message_id, "status": status})
        return 202, {"messages": echoed}

    @operation("get_message_status")
    def get_message_status(self, request: SandboxRequest) -> Result:
        return 200, copy.deepcopy(self._message(request))

    @operation("cancel_scheduled_message")
    def cancel_scheduled_message(self, request: SandboxRequest) -> Result:
        """Only a ``scheduled`` message can be cancelled (400 otherwise)."""
        message = self._message(request)
        if message["status"] != "scheduled":
            raise ApiError(400, f"Only scheduled messages can be cancelled; this message is {message['status']}")
        message["status"] = "cancelled"
        return 200, {"message_id": message["message_id"], "status": "cancelled"}

    @operation("check_credits_remaining")
    def check_credits_remaining(self, request: SandboxRequest) -> Result:
        return 200, {"credits": self.credits}

    def _message(self, request: SandboxRequest) -> dict[str, Any]:
        message = self.messages.get(request.path_params["messageId"])
        if message is None:
            raise ApiError(404, "Message not found")
        return message

    # -- delivery reports and replies ---------------------------------------------------------------------------

    @operation("check_delivery_reports")
    def check_delivery_reports(self, request: SandboxRequest) -> Result:
        return 200, {"delivery_reports": copy.deepcopy(list(self.delivery_reports.values())[:PAGE])}

    @operation("confirm_delivery_reports_as_received")
    def confirm_delivery_reports_as_received(self, request: SandboxRequest) -> Result:
        """Forget the given reports; unknown ids are ignored, as the real API does."""
        for report_id in request.body["delivery_report_ids"]:
            self.delivery_reports.pop(report_id, None)
        return 202, {}

    @operation("check_replies")
    def check_replies(self, request: SandboxRequest) -> Result:
        return 200, {"replies": copy.deepcopy(list(self.replies.values())[:PAGE])}

    @operation("confirm_replies_as_received")
    def confirm_replies_as_received(self, request: SandboxRequest) -> Result:
        for reply_id in request.body["reply_ids"]:
            self.replies.pop(reply_id, None)
        return 202, {}

    def _report_delivery(self, message: dict[str, Any], now: datetime) -> None:
        report_id = self.ids.next("delivery_report")
        self.delivery_reports[report_id] = {
            "delivery_report_id": report_id,
            "message_id": message["message_id"],
            **_optional(message, "callback_url"),
            "source_number": message["destination_number"],
            "date_received": timestamp(now),
            "status": "delivered",
            "delay": 0,
            "submitted_date": timestamp(now),
            "original_text": message["content"],
            "vendor_account_id": dict(VENDOR_ACCOUNT_ID),
            **_optional(message, "metadata"),
        }
        self.callbacks.send("delivery_report", message.get("callback_url"), dict(self.delivery_reports[report_id]))

    # -- control endpoints --------------------------------------------------------------------------------------

    @control("POST", "replies")
    def inject_replies(self, request: SandboxRequest) -> Result:
        """``{"message_id": …, "content": …}``: a reply to a sent message; ``{"count": N}``: N generic replies."""
        body = request.body if isinstance(request.body, dict) else {}
        now = self.clock()
        if "count" in body:
            count = body["count"]
            if not isinstance(count, int) or isinstance(count, bool) or not 1 <= count <= MAX_INJECTED:
                raise ApiError(400, f"count must be an integer from 1 to {MAX_INJECTED}")
            created = [self._generic_reply(now) for _ in range(count)]
        else:
            message_id, content = body.get("message_id"), body.get("content")
            if not isinstance(message_id, str) or not isinstance(content, str) or not content:
                usage = 'Send {"message_id": "<id of a sent message>", "content": "<text>"} or {"count": N}'
                raise ApiError(400, usage)
            message = self.messages.get(message_id)
            if message is None:
                raise ApiError(404, "Message not found")
            created = [self._reply_to(message, content, now)]
        return 201, {"replies": copy.deepcopy(created)}

    @control("GET", "state")
    def state(self, request: SandboxRequest) -> Result:
        """Counts of what the sandbox holds (for debugging and tests)."""
        return 200, {
            "messages": len(self.messages),
            "delivery_reports": len(self.delivery_reports),
            "replies": len(self.replies),
            "credits": self.credits,
        }

    def _reply_to(self, message: dict[str, Any], content: str, now: datetime) -> dict[str, Any]:
        reply_id = self.ids.next("reply")
        reply = {
            "reply_id": reply_id,
            "message_id": message["message_id"],
            **_optional(message, "callback_url"),
            "content": content,
            "date_received": timestamp(now),
            "source_number": message["destination_number"],
            **({"destination_number": message["source_number"]} if "source_number" in message else {}),
            "vendor_account_id": dict(VENDOR_ACCOUNT_ID),
            **_optional(message, "metadata"),
        }
        self.replies[reply_id] = reply
        self.callbacks.send("reply", message.get("callback_url"), copy.deepcopy(reply))
        return reply

    def _generic_reply(self, now: datetime) -> dict[str, Any]:
        reply_id = self.ids.next("reply")
        self.generic_replies += 1
        n = self.generic_replies
        reply = {
            "reply_id": reply_id,
            "content": f"Generic reply {n}",
            "date_received": timestamp(now),
            "source_number": f"+614{n:08d}",
            "destination_number": DEDICATED_NUMBER,
            "vendor_account_id": dict(VENDOR_ACCOUNT_ID),
        }
        self.replies[reply_id] = reply
        return reply


def _api_key(authorization: str) -> str:
    """The API key of already-verified credentials (for the principal; never echoed in answers)."""
    if authorization.lower().startswith("basic "):
        return base64.b64decode(authorization.split(" ", 1)[1]).decode().partition(":")[0]
    found = re.search(r'username="([^"]*)"', authorization)
    return found.group(1) if found else ""

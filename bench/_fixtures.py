"""Canned MessageMedia traffic: the message we send, the answers the mock transport gives, the credentials."""

from __future__ import annotations

import json
from typing import Any

import httpx

from message_media_messages.message_media_messages_client import USER_AGENT

# Re-exported for the per-call rows (bench/percall.py); defined where the TLS row's stdlib-only workers see them.
from ._canned import BALANCE_RESPONSE as BALANCE_RESPONSE
from ._canned import SMSCX_API_KEY as SMSCX_API_KEY
from ._canned import SMSCX_HEADERS as SMSCX_HEADERS
from ._canned import TWITTER_BEARER as TWITTER_BEARER
from ._canned import TWITTER_USER_ID as TWITTER_USER_ID
from ._canned import TWITTER_USER_RESPONSE as TWITTER_USER_RESPONSE

KEY, SECRET = "bench-key", "bench-secret"
SANDBOX_KEY, SANDBOX_SECRET = "sandbox-key", "sandbox-secret"
MOCK_BASE_URL = "http://bench.local"
MESSAGE_ID = "04fe9a97-a579-43c5-bb1a-58ed29bf0a6a"

HEADERS = {"Accept": "application/json", "User-Agent": USER_AGENT}
"""The default headers the facade sends; the raw baselines send them too, so both send the same request."""


def new_message(i: int = 0) -> dict[str, Any]:
    """One outgoing message as the README quickstart writes it, plus a callback and a format."""
    return {
        "content": f"Bench message {i}",
        "destination_number": f"+614915{i % 100000:05d}",
        "delivery_report": True,
        "format": "SMS",
        "callback_url": "https://example.com/callback",
    }


def sent_message(message: dict[str, Any], status: str = "queued", message_id: str = MESSAGE_ID) -> dict[str, Any]:
    """The API's echo of ``message``: the same fields plus ``message_id`` and ``status``."""
    return {**message, "message_id": message_id, "status": status}


VUMIGO_TOKEN = "bench-token"  # noqa: S105 - a fake credential for the mock transport
VUMIGO_CONTACT_KEY = "f953710a2472447591bd59e906dc2c26"
CONTACT_RESPONSE = json.dumps(
    {
        "key": VUMIGO_CONTACT_KEY,
        "$VERSION": 2,
        "user_account": "bench-account",
        "created_at": "2026-12-01 10:00:00.000000",
        "name": "Bench",
        "surname": "Contact",
        "groups": ["g1", "g2"],
        "msisdn": "+27831234567",
        "twitter_handle": None,
        "email_address": "bench@example.com",
        "extra": {},
        "subscription": {},
    }
).encode()
MXIT_CLIENT_ID, MXIT_CLIENT_SECRET = "bench-client", "bench-client-secret"
MXIT_TOKEN = "bench-mxit-token"  # noqa: S105 - a fake token the mock token endpoint hands out
MXIT_USER_ID = "m12345678"
TOKEN_RESPONSE = json.dumps(
    {"access_token": MXIT_TOKEN, "token_type": "bearer", "expires_in": 3600, "scope": "profile/public"}
).encode()
PROFILE_RESPONSE = json.dumps(
    {
        "UserId": MXIT_USER_ID,
        "DisplayName": "Bench",
        "AvatarId": "a1",
        "State": {"Availability": 1, "IsOnline": True, "LastModified": "2026-12-01T10:00:00", "Mood": 0},
        "FirstName": "Bench",
        "LastName": "User",
        "Gender": 1,
        "LanguageCode": "en",
        "CountryCode": "ZA",
        "RegisteredCountryCode": "ZA",
        "IsGuestAccount": False,
        "LastKnownCountryCode": "ZA",
    }
).encode()
SEND_RESPONSE = json.dumps({"messages": [sent_message(new_message())]}).encode()
STATUS_RESPONSE = json.dumps(sent_message(new_message(), status="delivered")).encode()
_JSON = [("Content-Type", "application/json")]


class CannedApi:
    """The ``httpx.MockTransport`` handler: 202 + :data:`SEND_RESPONSE` for a send, 200 + :data:`STATUS_RESPONSE`
    for a status read. It keeps the last request so a benchmark can check that both sides sent the same one."""

    def __init__(self) -> None:
        self.last: httpx.Request | None = None

    def take(self) -> httpx.Request:
        """The last request, forgotten so the next check starts afresh."""
        request, self.last = self.last, None
        if request is None:
            raise RuntimeError("no request reached the mock transport")
        return request

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.last = request
        if request.url.path == "/account/balance":
            return httpx.Response(200, headers=_JSON, content=BALANCE_RESPONSE)
        if request.url.path == "/token":
            return httpx.Response(200, headers=_JSON, content=TOKEN_RESPONSE)
        if request.url.path.startswith("/user/profile/"):
            return httpx.Response(200, headers=_JSON, content=PROFILE_RESPONSE)
        if request.url.path.startswith("/2/users/"):
            return httpx.Response(200, headers=_JSON, content=TWITTER_USER_RESPONSE)
        if "/contacts/" in request.url.path:
            return httpx.Response(200, headers=_JSON, content=CONTACT_RESPONSE)
        if request.method == "POST":
            return httpx.Response(202, headers=_JSON, content=SEND_RESPONSE)
        return httpx.Response(200, headers=_JSON, content=STATUS_RESPONSE)


def request_fingerprint(request: httpx.Request) -> tuple[object, ...]:
    """What must match between our request and the baseline's: method, URL, decoded body, auth, headers."""
    body = json.loads(request.content) if request.content else None
    headers = {k.lower(): v for k, v in request.headers.items() if k.lower() not in {"content-length"}}
    return request.method, str(request.url), body, sorted(headers.items())

"""Cassette set-up shared by every provider's tests: how they record, match, and scrub secrets.

Mode comes from ``SWITCHBOARD_RECORD`` (set by scripts/record.py): unset = replay only (``make test``),
``sandbox`` = recording against a local sandbox at ``SWITCHBOARD_SANDBOX_URL``, ``live`` = recording
against the real API. Requests are matched on method, path, query and body, not on host or port, so a
cassette recorded against a sandbox on any port (or the real host) replays the same.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Callable, Iterable
from typing import Any

MODE = os.environ.get("SWITCHBOARD_RECORD", "replay")
REPLAY_BASE_URL = "http://sandbox.replay"
"""Where replayed tests point their clients; never contacted (the network is blocked and vcr answers)."""

SECRET_HEADERS = ("authorization", "x-api-key", "cookie", "set-cookie", "proxy-authorization")
TOKEN_FIELDS = ("access_token", "refresh_token", "id_token")
"""Keys of OAuth token responses whose values are replaced in recorded JSON bodies."""


def sandbox_url() -> str:
    if MODE == "sandbox":
        return os.environ["SWITCHBOARD_SANDBOX_URL"]
    return REPLAY_BASE_URL


def secret_forms(pairs: Iterable[tuple[str, str]]) -> list[str]:
    """Every credential, and the Basic token of each pair, as they could appear in a recording."""
    forms: list[str] = []
    for user, password in pairs:
        forms += [user, password, base64.b64encode(f"{user}:{password}".encode()).decode()]
    return sorted({f for f in forms if f}, key=len, reverse=True)


def _scrub(text: bytes | str | None, secrets: list[str]) -> Any:
    if text is None:
        return None
    if isinstance(text, bytes):
        for secret in secrets:
            text = text.replace(secret.encode(), b"REDACTED")
        return text
    for secret in secrets:
        text = text.replace(secret, "REDACTED")
    return text


def _scrub_tokens(body: Any) -> Any:
    """A JSON object body with its OAuth token values replaced (other bodies unchanged)."""
    if not isinstance(body, bytes | str) or not any(
        f in (body if isinstance(body, str) else body.decode("latin-1")) for f in TOKEN_FIELDS
    ):
        return body
    try:
        payload = json.loads(body)
    except ValueError:
        return body
    if not isinstance(payload, dict) or not any(f in payload for f in TOKEN_FIELDS):
        return body
    scrubbed = json.dumps({k: ("REDACTED" if k in TOKEN_FIELDS else v) for k, v in payload.items()})
    return scrubbed.encode() if isinstance(body, bytes) else scrubbed


def vcr_config(secrets: list[str]) -> dict[str, Any]:
    """The pytest-recording ``vcr_config``: secret headers replaced, known secrets scrubbed everywhere."""

    def before_request(request: Any) -> Any:
        request.body = _scrub(request.body, secrets)
        request.uri = _scrub(request.uri, secrets)
        return request

    def before_response(response: dict[str, Any]) -> dict[str, Any]:
        response["body"]["string"] = _scrub_tokens(_scrub(response["body"]["string"], secrets))
        headers = response.get("headers", {})
        for name in list(headers):
            if name.lower() in SECRET_HEADERS:
                headers[name] = ["REDACTED"]
            else:
                headers[name] = [_scrub(v, secrets) for v in headers[name]]
        return response

    scrub_request: Callable[[Any], Any] = before_request
    return {
        "filter_headers": [(name, "REDACTED") for name in SECRET_HEADERS],
        "before_record_request": scrub_request,
        "before_record_response": before_response,
        "match_on": ["method", "path", "query", "body"],
        "decode_compressed_response": True,
    }

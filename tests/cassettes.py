"""Cassette set-up shared by every provider's tests: how they record, match, and scrub secrets.

Mode comes from ``SWITCHBOARD_RECORD`` (set by scripts/record.py): unset = replay only (``make test``),
``sandbox`` = recording against a local sandbox at ``SWITCHBOARD_SANDBOX_URL`` (written into the cassette as
``http://sandbox.replay``), ``live`` = recording against the real API. Requests are matched on method, path,
query and body, not on host or port, so a cassette recorded against a sandbox on any port (or the real host)
replays the same.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

MODE = os.environ.get("SWITCHBOARD_RECORD", "replay")
REPLAY_HOST = "sandbox.replay"
REPLAY_BASE_URL = f"http://{REPLAY_HOST}"
"""Where replayed tests point their clients; never contacted (the network is blocked and vcr answers). A cassette
recorded against a local sandbox is written with this host instead of the sandbox's (random) port, so
re-recording does not rewrite every URL."""
RECORD_NOW = os.environ.get("SWITCHBOARD_RECORD_NOW")
"""When recording against a sandbox whose clock scripts/record.py froze at this instant: the instant the tests'
own clock is frozen at too (tests/conftest.py), so signed dates and the sandbox's dates agree and repeat."""

SECRET_HEADERS = ("authorization", "x-api-key", "cookie", "set-cookie", "proxy-authorization")
TOKEN_FIELDS = frozenset({"access_token", "refresh_token", "id_token", "client_secret", "code"})
"""OAuth 2 values scrubbed wherever they appear: JSON token responses, form bodies, ``Location`` query strings.
Replayed clients then send ``REDACTED`` back (a refresh token, a code), which matches the scrubbed recording."""


def sandbox_url() -> str:
    if MODE == "sandbox":
        return os.environ["SWITCHBOARD_SANDBOX_URL"]
    return REPLAY_BASE_URL


def _replay_host(uri: str) -> str:
    """``uri`` with the local sandbox's origin replaced by :data:`REPLAY_BASE_URL` (when recording against it)."""
    if MODE != "sandbox":
        return uri
    origin = sandbox_url().rstrip("/")
    return REPLAY_BASE_URL + uri[len(origin) :] if uri.startswith(origin) else uri


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


def _scrub_form(body: Any) -> Any:
    """A form-encoded body with its OAuth 2 secrets replaced (anything else is returned as it is)."""
    try:
        raw = body.decode("utf-8") if isinstance(body, bytes) else body
    except UnicodeDecodeError:
        return body
    if not isinstance(raw, str) or "=" not in raw or raw.lstrip().startswith(("{", "[", '"')):
        return body
    try:
        pairs = parse_qsl(raw, keep_blank_values=True, strict_parsing=True)
    except ValueError:
        return body
    if not any(name in TOKEN_FIELDS for name, _ in pairs):
        return body
    scrubbed = urlencode([(name, "REDACTED" if name in TOKEN_FIELDS else value) for name, value in pairs])
    return scrubbed.encode() if isinstance(body, bytes) else scrubbed


def _scrub_json_tokens(body: Any) -> Any:
    """A JSON object body with its OAuth 2 token values replaced."""
    if not isinstance(body, bytes | str):
        return body
    try:
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return body
    if not isinstance(payload, dict) or not TOKEN_FIELDS & payload.keys():
        return body
    scrubbed = json.dumps(
        {k: "REDACTED" if k in TOKEN_FIELDS and isinstance(v, str) else v for k, v in payload.items()}
    )
    return scrubbed.encode() if isinstance(body, bytes) else scrubbed


def _scrub_location(value: str) -> str:
    parts = urlsplit(value)
    if not parts.query:
        return value
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    if not any(name in TOKEN_FIELDS for name, _ in pairs):
        return value
    query = urlencode([(name, "REDACTED" if name in TOKEN_FIELDS else v) for name, v in pairs])
    return urlunsplit(parts._replace(query=query))


def vcr_config(secrets: list[str]) -> dict[str, Any]:
    """The pytest-recording ``vcr_config``: secret headers replaced, known secrets scrubbed everywhere."""

    def before_request(request: Any) -> Any:
        request.body = _scrub(_scrub_form(request.body), secrets)
        request.uri = _scrub(_replay_host(request.uri), secrets)
        if MODE == "sandbox" and "host" in request.headers:
            request.headers["host"] = REPLAY_HOST
        return request

    def before_response(response: dict[str, Any]) -> dict[str, Any]:
        response["body"]["string"] = _scrub(_scrub_json_tokens(response["body"]["string"]), secrets)
        headers = response.get("headers", {})
        for name in list(headers):
            if name.lower() in SECRET_HEADERS:
                headers[name] = ["REDACTED"]
            elif name.lower() == "location":
                headers[name] = [_scrub(_scrub_location(v), secrets) for v in headers[name]]
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
        # the async clients' aiohttp transport is recorded at the httpx layer (tests/conftest.py), as httpcore's is;
        # vcrpy's own aiohttp patch would record each of its requests a second time
        "skip_patchers": ("aiohttp",),
    }

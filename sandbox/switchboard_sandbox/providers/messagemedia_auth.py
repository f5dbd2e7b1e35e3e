"""MessageMedia credential checks (wire reference §3): Basic, and HMAC-SHA1 over the real method and path.

Pure functions: each returns ``None`` when the credentials are good, else the reason (which never contains
the credentials themselves). The client-side signer lives in ``switchboard_core``; this is an independent
server-side implementation so a signing bug on either side shows up.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
from collections.abc import Mapping
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime

MAX_CLOCK_SKEW = timedelta(minutes=15)
_HMAC_PARAM = re.compile(r'(\w+)="([^"]*)"')


def content_md5(body: bytes) -> str:
    """Lower-case hex MD5 of the body, as sent in ``x-Content-MD5``."""
    return hashlib.md5(body, usedforsecurity=False).hexdigest()


def signing_string(date: str, method: str, path: str, md5: str | None) -> str:
    """``date: …`` / ``x-Content-MD5: …`` (only with a body) / ``<METHOD> <path> HTTP/1.1``, joined by newlines."""
    lines = [f"date: {date}"]
    if md5 is not None:
        lines.append(f"x-Content-MD5: {md5}")
    lines.append(f"{method.upper()} {path} HTTP/1.1")
    return "\n".join(lines)


def hmac_signature(secret: str, date: str, method: str, path: str, md5: str | None) -> str:
    """Base64 HMAC-SHA1 of :func:`signing_string`, keyed with the API secret."""
    digest = hmac.new(secret.encode(), signing_string(date, method, path, md5).encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode("ascii")


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode(), expected.encode())


def check_basic(value: str, accounts: Mapping[str, str]) -> str | None:
    """Check ``Basic <base64(key:secret)>`` against ``accounts`` (API key → secret)."""
    try:
        decoded = base64.b64decode(value.split(" ", 1)[1].strip(), validate=True).decode()
    except (IndexError, ValueError, binascii.Error):
        return "Malformed Basic credentials"
    key, sep, secret = decoded.partition(":")
    expected = accounts.get(key)
    if not sep or expected is None or not _same(secret, expected):
        return "Invalid API key or secret"
    return None


def check_hmac(
    value: str,
    *,
    accounts: Mapping[str, str],
    method: str,
    path: str,
    date: str | None,
    md5_header: str | None,
    body: bytes,
    now: datetime,
) -> str | None:
    """Check an ``hmac username="…", algorithm="hmac-sha1", headers="…", signature="…"`` Authorization value.

    ``path`` is the percent-encoded request path (no query); ``date`` and ``md5_header`` the values of the
    ``date`` and ``x-Content-MD5`` headers; ``now`` the server time ``date`` must be within 15 minutes of.
    """
    params = dict(_HMAC_PARAM.findall(value))
    missing = [name for name in ("username", "algorithm", "headers", "signature") if name not in params]
    if missing:
        return f"Malformed HMAC Authorization header: missing {', '.join(missing)}"
    if params["algorithm"].lower() != "hmac-sha1":
        return "Unsupported HMAC algorithm (use hmac-sha1)"
    secret = accounts.get(params["username"])
    if secret is None:
        return "Invalid API key or secret"
    if not date:
        return "HMAC requests need a date header"
    try:
        sent = parsedate_to_datetime(date)
    except (TypeError, ValueError):
        return "The date header is not an RFC 1123 date"
    if sent.tzinfo is None or abs(now - sent) > MAX_CLOCK_SKEW:
        return "The date header is more than 15 minutes away from the server time"
    md5 = None
    if body:
        md5 = content_md5(body)
        if (md5_header or "").lower() != md5:
            return "x-Content-MD5 is missing or is not the MD5 of the body"
    expected_headers = "date x-Content-MD5 request-line" if md5 else "date request-line"
    if params["headers"].lower().split() != expected_headers.lower().split():
        return f'The signed headers must be "{expected_headers}"'
    if not _same(params["signature"], hmac_signature(secret, date, method, path, md5)):
        return "The HMAC signature does not match the request"
    return None

"""Helpers shared by the auth classes."""

from __future__ import annotations

import base64

import httpx

from switchboard_core._redact import REDACTED, redact_url

__all__ = ["REDACTED", "basic_authorization", "require_absolute_url"]


def require_absolute_url(url: str, what: str) -> httpx.URL:
    """Parse ``url`` and insist on an http(s) scheme and a host (requests an auth flow yields skip ``base_url``)."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        raise ValueError(f"{what} is not a valid URL") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ValueError(f"{what} must be an absolute http(s) URL, not {redact_url(parsed)!r}")
    return parsed


def basic_authorization(username: str, password: str) -> str:
    """The ``Authorization`` value ``Basic base64(username:password)`` (RFC 7617, UTF-8)."""
    return "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode("ascii")

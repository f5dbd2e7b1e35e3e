"""Keeping credentials out of messages and logs, and the ``switchboard`` logger with its httpx event hooks.

Everything that turns a request into text (error messages, reprs, log lines) goes through
:func:`redact_url` / :func:`redact_headers`; request bodies are never logged.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterable, Mapping
from typing import TextIO
from urllib.parse import unquote

import httpx

REDACTED = "REDACTED"

SENSITIVE_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "x-api-key",
        "api-key",
        "cookie",
        "set-cookie",
        "x-auth-token",
        "x-access-token",
    }
)
"""Lower-cased header names whose values are never shown."""

SENSITIVE_PARAMS = frozenset(
    {
        "api_key",
        "apikey",
        "key",
        "token",
        "access_token",
        "refresh_token",
        "id_token",
        "client_secret",
        "client_id_secret",
        "password",
        "secret",
        "signature",
        "oauth_signature",
        "oauth_token",
        "oauth_verifier",
        "code",
        "pin",
    }
)
"""Lower-cased query (and fragment) parameter names whose values are never shown."""

logger = logging.getLogger("switchboard")


def _redact_pairs(raw: str) -> str:
    """``a=1&api_key=x`` -> ``a=1&api_key=REDACTED``, leaving the other pairs byte for byte."""
    pairs = []
    for pair in raw.split("&"):
        name, sep, _ = pair.partition("=")
        if sep and unquote(name.replace("+", " ")).strip().lower() in SENSITIVE_PARAMS:
            pair = f"{name}={REDACTED}"
        pairs.append(pair)
    return "&".join(pairs)


def redact_url(url: httpx.URL | str) -> str:
    """The URL without userinfo and with the values of sensitive query/fragment parameters replaced."""
    try:
        parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
        changes: dict[str, object] = {}
        if parsed.userinfo:
            changes["userinfo"] = b""
        if parsed.query:
            changes["query"] = _redact_pairs(parsed.query.decode("ascii")).encode("ascii")
        if parsed.fragment:  # OAuth implicit flows put tokens there
            changes["fragment"] = _redact_pairs(parsed.fragment)
        return str(parsed.copy_with(**changes) if changes else parsed)
    except (httpx.InvalidURL, TypeError, ValueError):
        return "<invalid URL>"


def redact_headers(headers: Mapping[str, str] | httpx.Headers) -> dict[str, str]:
    """A plain copy of ``headers`` with the values of :data:`SENSITIVE_HEADERS` replaced."""
    return {name: REDACTED if name.lower() in SENSITIVE_HEADERS else value for name, value in headers.items()}


def redact_text(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every occurrence of each secret of 4 or more characters replaced (longest first)."""
    for secret in sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    return text


def log_request(request: httpx.Request) -> None:
    """httpx ``request`` event hook: method, redacted URL and headers at DEBUG. Never the body."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "request: %s %s headers=%s", request.method, redact_url(request.url), redact_headers(request.headers)
        )


def log_response(response: httpx.Response) -> None:
    """httpx ``response`` event hook: status, redacted URL, elapsed time (once known) and headers at DEBUG."""
    if not logger.isEnabledFor(logging.DEBUG):
        return
    try:
        elapsed = f" in {response.elapsed.total_seconds():.3f}s"
    except RuntimeError:  # not known until the body has been read
        elapsed = ""
    try:
        target = f"{response.request.method} {redact_url(response.request.url)}"
    except RuntimeError:  # a response built without a request
        target = "<no request>"
    logger.debug(
        "response: %s -> %s %s%s headers=%s",
        target,
        response.status_code,
        response.reason_phrase,
        elapsed,
        redact_headers(response.headers),
    )


async def alog_request(request: httpx.Request) -> None:
    """Async twin of :func:`log_request` for ``httpx.AsyncClient``."""
    log_request(request)


async def alog_response(response: httpx.Response) -> None:
    """Async twin of :func:`log_response` for ``httpx.AsyncClient``."""
    log_response(response)


class _EnvHandler(logging.StreamHandler[TextIO]):
    """The stderr handler :func:`configure_logging_from_env` attaches (its type makes the call idempotent)."""


_ENV_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def configure_logging_from_env() -> None:
    """If ``SWITCHBOARD_LOG`` is ``debug`` or ``info``, log the ``switchboard`` logger to stderr at that level."""
    level = _ENV_LEVELS.get(os.environ.get("SWITCHBOARD_LOG", "").strip().lower())
    if level is None:
        return
    logger.setLevel(level)
    if not any(isinstance(handler, _EnvHandler) for handler in logger.handlers):
        handler = _EnvHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)

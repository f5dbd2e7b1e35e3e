"""Redaction of URLs, headers, text and transport-error reasons."""

from __future__ import annotations

import httpx
import pytest

from switchboard_core import (
    REDACTED,
    SENSITIVE_HEADERS,
    SENSITIVE_PARAMS,
    redact_headers,
    redact_text,
    redact_url,
)
from switchboard_core._redact import redact_reason, request_secrets

SECRET = "sk-live-0123456789"


# --- redact_url ---------------------------------------------------------------------------------------------


def test_redact_url_drops_userinfo_and_sensitive_params() -> None:
    url = f"https://user:{SECRET}@api.example.com:8443/v1/x?api_key={SECRET}&page=2"
    assert redact_url(url) == "https://api.example.com:8443/v1/x?api_key=REDACTED&page=2"


@pytest.mark.parametrize("name", sorted(SENSITIVE_PARAMS))
def test_redact_url_covers_every_sensitive_param(name: str) -> None:
    redacted = redact_url(f"https://h.example/p?{name}={SECRET}&{name.upper()}={SECRET}")
    assert SECRET not in redacted
    assert redacted == f"https://h.example/p?{name}={REDACTED}&{name.upper()}={REDACTED}"


def test_redact_url_matches_names_case_insensitively_and_percent_decoded() -> None:
    redacted = redact_url(f"https://h.example/p?ApiKey={SECRET}&Api%5FKey={SECRET}&Access_Token={SECRET}")
    assert redacted == "https://h.example/p?ApiKey=REDACTED&Api%5FKey=REDACTED&Access_Token=REDACTED"


def test_redact_url_keeps_other_params_byte_for_byte() -> None:
    url = "https://h.example/p?q=a%20b&tags=x,y&flag&empty="
    assert redact_url(url) == url


def test_redact_url_redacts_fragment_tokens() -> None:
    assert redact_url(f"https://h.example/cb#access_token={SECRET}&state=s") == (
        "https://h.example/cb#access_token=REDACTED&state=s"
    )


def test_redact_url_accepts_httpx_url_and_relative_urls() -> None:
    assert redact_url(httpx.URL(f"https://u:p@h.example/p?token={SECRET}")) == "https://h.example/p?token=REDACTED"
    assert redact_url(f"/v1/messages?token={SECRET}") == "/v1/messages?token=REDACTED"
    assert redact_url("https://h.example/p") == "https://h.example/p"


def test_redact_url_never_raises_on_garbage() -> None:
    assert redact_url(f"http://[::1?token={SECRET}") == "<invalid URL>"


# --- redact_headers / redact_text ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(SENSITIVE_HEADERS))
def test_redact_headers_covers_every_sensitive_header(name: str) -> None:
    assert redact_headers({name.title(): SECRET, "Accept": "application/json"}) == {
        name.title(): REDACTED,
        "Accept": "application/json",
    }


def test_redact_headers_accepts_httpx_headers_and_leaves_input_alone() -> None:
    headers = httpx.Headers({"Authorization": f"Bearer {SECRET}", "X-Request-Id": "r1"})
    redacted = redact_headers(headers)
    assert redacted == {"authorization": REDACTED, "x-request-id": "r1"}
    assert headers["Authorization"] == f"Bearer {SECRET}"


def test_redact_text_replaces_every_occurrence() -> None:
    text = f"key={SECRET}; again {SECRET}; other=abcd-secret"
    assert redact_text(text, [SECRET, "abcd-secret"]) == "key=REDACTED; again REDACTED; other=REDACTED"


def test_redact_text_ignores_empty_and_short_secrets() -> None:
    assert redact_text("abc a  xyz", ["", "abc", "a"]) == "abc a  xyz"


def test_redact_text_replaces_longer_secrets_first() -> None:
    assert redact_text("token-1234-extra", ["token-1234", "token-1234-extra"]) == REDACTED


# --- redact_reason ------------------------------------------------------------------------------------------


def test_redact_reason_removes_every_credential_the_request_carries() -> None:
    request = httpx.Request(
        "POST",
        f"https://user:{SECRET}-pw@api.example.com/v1/x?api_key={SECRET}-q&page=2",
        headers={"Authorization": f"Bearer {SECRET}-bearer", "X-Api-Key": f"{SECRET}-header"},
    )
    exc = httpx.ConnectError(
        f"cannot reach {request.url}: {SECRET}-pw {SECRET}-q {SECRET}-bearer {SECRET}-header", request=request
    )
    reason = redact_reason(exc, request)
    assert SECRET not in reason
    assert reason.startswith("cannot reach https://api.example.com/v1/x?api_key=REDACTED&page=2: ")
    assert "Bearer" not in request_secrets(request)


def test_redact_reason_keeps_an_ordinary_reason() -> None:
    request = httpx.Request("GET", "https://h.example/")
    assert redact_reason(httpx.ConnectError("[Errno 111] Connection refused"), request) == (
        "[Errno 111] Connection refused"
    )
    assert redact_reason(httpx.ReadTimeout("timed out"), None) == "timed out"

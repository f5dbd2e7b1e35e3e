"""Redaction of URLs, headers and text, and the redacted logging hooks."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from datetime import timedelta

import httpx
import pytest

from switchboard_core import (
    REDACTED,
    SENSITIVE_HEADERS,
    SENSITIVE_PARAMS,
    configure_logging_from_env,
    redact_headers,
    redact_text,
    redact_url,
)
from switchboard_core._redact import alog_request, alog_response, log_request, log_response, logger

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


# --- logging hooks ------------------------------------------------------------------------------------------


def _ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, headers={"Set-Cookie": f"session={SECRET}"}, json={"ok": True})


def test_logging_hooks_log_redacted_request_and_response(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="switchboard")
    with httpx.Client(
        transport=httpx.MockTransport(_ok),
        event_hooks={"request": [log_request], "response": [log_response]},
    ) as client:
        client.post(
            f"https://api.example.com/v1/login?api_key={SECRET}",
            headers={"Authorization": f"Bearer {SECRET}"},
            data={"password": "hunter2-hunter2"},
        )
    request_line, response_line = (r.getMessage() for r in caplog.records if r.name == "switchboard")
    assert request_line.startswith("request: POST https://api.example.com/v1/login?api_key=REDACTED")
    assert "'authorization': 'REDACTED'" in request_line
    assert response_line.startswith("response: POST https://api.example.com/v1/login?api_key=REDACTED -> 200 OK")
    assert "'set-cookie': 'REDACTED'" in response_line
    assert SECRET not in caplog.text
    assert "hunter2" not in caplog.text


def test_log_response_reports_elapsed_once_known(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="switchboard")
    response = httpx.Response(204, request=httpx.Request("DELETE", "https://h.example/x"))
    response.elapsed = timedelta(milliseconds=1500)
    log_response(response)
    message = caplog.records[-1].getMessage()
    assert message.startswith("response: DELETE https://h.example/x -> 204 No Content in 1.500s")


def test_log_response_without_request(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="switchboard")
    log_response(httpx.Response(500))
    assert "<no request> -> 500 Internal Server Error" in caplog.records[-1].getMessage()


def test_logging_hooks_are_silent_above_debug(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="switchboard")
    log_request(httpx.Request("GET", "https://h.example/"))
    assert [r for r in caplog.records if r.name == "switchboard"] == []


async def test_async_logging_hooks(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="switchboard")
    async with httpx.AsyncClient(
        transport=httpx.MockTransport(_ok),
        event_hooks={"request": [alog_request], "response": [alog_response]},
    ) as client:
        await client.get(f"https://api.example.com/v1/x?token={SECRET}", headers={"X-Api-Key": SECRET})
    messages = [r.getMessage() for r in caplog.records if r.name == "switchboard"]
    assert [m.split(" ", 1)[0] for m in messages] == ["request:", "response:"]
    assert all("token=REDACTED" in m for m in messages)
    assert SECRET not in caplog.text


# --- configure_logging_from_env -----------------------------------------------------------------------------


@pytest.fixture
def clean_logger() -> Iterator[logging.Logger]:
    level, handlers = logger.level, list(logger.handlers)
    yield logger
    logger.setLevel(level)
    logger.handlers[:] = handlers


def _env_handlers(log: logging.Logger) -> list[logging.Handler]:
    return [h for h in log.handlers if getattr(h, "stream", None) is sys.stderr]


@pytest.mark.parametrize(("value", "level"), [("debug", logging.DEBUG), (" INFO ", logging.INFO)])
def test_configure_logging_from_env_is_idempotent(
    clean_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch, value: str, level: int
) -> None:
    monkeypatch.setenv("SWITCHBOARD_LOG", value)
    configure_logging_from_env()
    configure_logging_from_env()
    assert clean_logger.level == level
    assert len(_env_handlers(clean_logger)) == 1


@pytest.mark.parametrize("value", [None, "", "verbose", "warning"])
def test_configure_logging_from_env_ignores_other_values(
    clean_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch, value: str | None
) -> None:
    if value is None:
        monkeypatch.delenv("SWITCHBOARD_LOG", raising=False)
    else:
        monkeypatch.setenv("SWITCHBOARD_LOG", value)
    level, handlers = clean_logger.level, list(clean_logger.handlers)
    configure_logging_from_env()
    assert (clean_logger.level, clean_logger.handlers) == (level, handlers)

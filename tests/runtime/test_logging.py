"""The ``switchboard.<provider>`` loggers: one line per attempt and per retry, credentials never logged."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from switchboard_core import (
    Call,
    ClientSettings,
    RetryPolicy,
    SyncInvoker,
    build_async_http_client,
    build_http_client,
    configure_logging_from_env,
    logger_for,
)
from switchboard_core._logging import logger
from switchboard_core.auth import BearerAuth

SECRET = "sk-live-0123456789"
ROOT = Path(__file__).resolve().parents[2]
URL = f"https://user:{SECRET}@api.example.com/v1/x?api_key={SECRET}&page=2"
SHOWN_URL = "https://api.example.com/v1/x?api_key=REDACTED&page=2"


class Answers:
    """A MockTransport handler answering with the given statuses (or raising the given errors) in turn."""

    def __init__(self, *outcomes: int | type[httpx.TransportError]) -> None:
        self.outcomes = list(outcomes)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        outcome = self.outcomes.pop(0)
        if isinstance(outcome, int):
            return httpx.Response(outcome, headers={"Set-Cookie": f"session={SECRET}"}, json={"secret": SECRET})
        raise outcome(f"network down while holding {SECRET}", request=request)


def _settings(*outcomes: int | type[httpx.TransportError], provider: str = "smscx") -> ClientSettings:
    transport = httpx.MockTransport(Answers(*outcomes))
    return ClientSettings(
        base_url="https://api.example.com",
        provider=provider,
        auth=BearerAuth(SECRET),
        retry=RetryPolicy(initial_delay=0, max_delay=0),
        transport=transport,
        async_transport=transport,
    )


def _lines(caplog: pytest.LogCaptureFixture, name: str = "switchboard.smscx") -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == name]


def test_each_attempt_and_retry_is_logged_on_the_provider_logger(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="switchboard")
    with build_http_client(_settings(503, 200)) as http:
        http.get(URL, headers={"X-Api-Key": SECRET})
    first, retry, second = _lines(caplog)
    assert first.startswith(f"HTTP GET {SHOWN_URL} -> 503 Service Unavailable (attempt 1/3, ")
    assert retry.startswith(f"retrying GET {SHOWN_URL} after 503 Service Unavailable in 0.00s (attempt 2/3)")
    assert second.startswith(f"HTTP GET {SHOWN_URL} -> 200 OK (attempt 2/3, ")
    assert second.endswith("s)")
    elapsed = float(second.rsplit(", ", 1)[1].removesuffix("s)"))
    assert 0 <= elapsed < 5
    assert all(r.levelno == logging.INFO for r in caplog.records)
    assert SECRET not in caplog.text


def test_debug_adds_redacted_headers_and_never_a_body(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="switchboard")
    with build_http_client(_settings(200)) as http:
        http.post(URL, headers={"X-Api-Key": SECRET}, json={"password": SECRET})
    (line,) = _lines(caplog)
    assert line.startswith(f"HTTP POST {SHOWN_URL} -> 200 OK (attempt 1/3, ")
    assert "'authorization': 'REDACTED'" in line
    assert "'x-api-key': 'REDACTED'" in line
    assert "'set-cookie': 'REDACTED'" in line
    assert SECRET not in caplog.text


def test_a_transport_error_is_logged_with_its_redacted_reason(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="switchboard")
    invoker = SyncInvoker(
        build_http_client(_settings(httpx.ConnectError, httpx.ConnectError, httpx.ConnectError)), _settings()
    )
    with pytest.raises(Exception, match="failed after 3 attempts: ConnectError: network down while holding REDACTED"):
        invoker.run(Call({"method": "GET", "url": URL}, lambda r: r))
    lines = _lines(caplog)
    assert len(lines) == 5  # three attempts, two retries
    assert lines[-1].startswith(
        f"HTTP GET {SHOWN_URL} -> ConnectError: network down while holding REDACTED (attempt 3/3"
    )
    assert SECRET not in caplog.text


async def test_the_async_client_logs_the_same_lines(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="switchboard")
    async with build_async_http_client(_settings(429, 200, provider="vumigo")) as http:
        await http.get(URL)
    lines = _lines(caplog, "switchboard.vumigo")
    assert [line.split(" (attempt")[0].split(" -> ")[-1] for line in lines] == [
        "429 Too Many Requests",
        "retrying GET https://api.example.com/v1/x?api_key=REDACTED&page=2 after 429 Too Many Requests in 0.00s",
        "200 OK",
    ]
    assert SECRET not in caplog.text


def test_nothing_is_logged_while_the_loggers_are_off(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="switchboard")
    with build_http_client(_settings(503, 200)) as http:
        assert http.get(URL).status_code == 200
    assert [r for r in caplog.records if r.name.startswith("switchboard")] == []


def test_logger_for_names_one_logger_per_package() -> None:
    assert logger_for("mxit").name == "switchboard.mxit"
    assert logger_for("mxit").parent is logger
    assert logger_for().name == "switchboard"


FACADE_CALLS = {
    "smscx": "from smscx_client.api.account_api import AccountApi\n"
    "import smscx_client\n"
    "AccountApi(smscx_client.ApiClient(smscx_client.Configuration(api_key=SECRET), transport=t)).get_account_balance()",
    "messagemedia": "from message_media_messages import MessageMediaMessagesClient\n"
    "MessageMediaMessagesClient('key', SECRET, transport=t).messages.get_message_status('m-1')",
    "mxit": "from mxit import Mxit\nMxit('client-id', SECRET, transport=t).users.get_user_id('someone')",
    "vumigo": "from go_http import ContactsApiClient\nContactsApiClient(SECRET, transport=t).get_contact('c-1')",
}


@pytest.mark.parametrize("provider", sorted(FACADE_CALLS))
def test_switchboard_log_debug_shows_each_facade_on_its_own_logger(provider: str) -> None:
    """``SWITCHBOARD_LOG=debug`` in a fresh process is all it takes; the credential never reaches stderr."""
    script = "\n".join(
        [
            "import httpx",
            f"SECRET = {SECRET!r}",
            "t = httpx.MockTransport(lambda request: httpx.Response(404, json={'message': 'not here'}))",
            "try:",
            *(f"    {line}" for line in FACADE_CALLS[provider].splitlines()),
            "except Exception as exc:",
            "    print(type(exc).__name__)",
        ]
    )
    path = os.pathsep.join(str(ROOT / part) for part in ("overlay", "generated"))
    env = {**os.environ, "SWITCHBOARD_LOG": "debug", "PYTHONPATH": path}
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert f" switchboard.{provider} DEBUG HTTP " in result.stderr, result.stderr
    assert "-> 404 Not Found (attempt 1/" in result.stderr
    assert SECRET not in result.stderr + result.stdout


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

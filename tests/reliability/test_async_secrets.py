"""No secret on either async transport (aiohttp's default and httpx's own): the async facades of every provider,
over real sockets, meet error answers, a gzip lie, a dropped connection and a stalled answer; the credentials
appear nowhere in ``repr``/``str`` of the exceptions and the requests they keep, formatted tracebacks with their
chained causes, or any record logged at DEBUG (root, ``httpx``, ``httpcore``, ``aiohttp``, ``asyncio``,
``switchboard``). The sync path is swept in tests/security/test_secrets_sweep.py."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

import mxit
import pytweet
import smscx_client
from go_http import AsyncHttpApiSender
from go_http.contacts import AsyncContactsApiClient
from message_media_messages import AsyncMessageMediaMessagesClient
from smscx_client.api import groups_api
from switchboard_core import SwitchboardError
from tests.security.test_secrets_sweep import ISSUED_REFRESH, ISSUED_TOKEN, _basic, _formatted, _texts_of

pytestmark = pytest.mark.block_network(allowed_hosts=["127\\.0\\.0\\.1"])

FAULTS = ["401", "500", "gzip-lie", "drop", "stall"]
STALL = 3.0
"""How long a stalled answer waits (the clients' read timeout is 0.5 s)."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    fault = "500"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        return

    def _answer(self, status: int, body: bytes, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        for name, value in {"Content-Type": "application/json", **headers}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _serve(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        fault = self.server.fault
        if self.path.split("?")[0].endswith("token"):
            token = b'{"access_token": "%s", "refresh_token": "%s", "expires_in": 3600, "token_type": "bearer"}'
            self._answer(200, token % (ISSUED_TOKEN.encode(), ISSUED_REFRESH.encode()))
        elif fault == "drop":
            self.close_connection = True
        elif fault == "stall":
            time.sleep(STALL)
            self.close_connection = True
        elif fault == "gzip-lie":
            self._answer(200, b"not gzip at all", **{"Content-Encoding": "gzip"})
        else:
            self._answer(int(fault), b'{"error": "nope"}')

    do_GET = do_POST = do_PUT = do_DELETE = _serve


@pytest.fixture(scope="module")
def server() -> Iterator[_Server]:
    httpd = _Server(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield httpd
    finally:
        httpd.shutdown()
        httpd.server_close()


Build = Callable[[str], Any]
Call = Callable[[Any], Any]
OPTIONS: dict[str, Any] = {"timeout": 0.5, "max_retries": 0}


async def _groups(client: Any) -> object:
    return await groups_api.AsyncGroupsApi(client).get_groups_list()


def _smscx(url: str, **credentials: Any) -> Any:
    config = smscx_client.Configuration(host=url, timeout=0.5, max_retries=0, **credentials)
    return smscx_client.AsyncApiClient(config)


FLOWS: dict[str, tuple[Build, Call, list[str]]] = {
    "mxit-client-credentials": (
        lambda url: mxit.AsyncMxit(
            "SWEEP-mxit-client-id", "SWEEP-mxit-client-secret", base_url=url, auth_base_url=url, **OPTIONS
        ),
        lambda c: c.users.get_user_id("someone"),
        ["SWEEP-mxit-client-secret", _basic("SWEEP-mxit-client-id", "SWEEP-mxit-client-secret")],
    ),
    "messagemedia-basic": (
        lambda url: AsyncMessageMediaMessagesClient("SWEEP-mm-api-key", "SWEEP-mm-api-secret", base_url=url, **OPTIONS),
        lambda c: c.messages.get_message_status("m1"),
        ["SWEEP-mm-api-secret", _basic("SWEEP-mm-api-key", "SWEEP-mm-api-secret")],
    ),
    "messagemedia-hmac": (
        lambda url: AsyncMessageMediaMessagesClient(
            "SWEEP-mm-hmac-key", "SWEEP-mm-hmac-secret", True, base_url=url, **OPTIONS
        ),
        lambda c: c.messages.get_message_status("m1"),
        ["SWEEP-mm-hmac-secret"],
    ),
    "smscx-api-key": (lambda url: _smscx(url, api_key="SWEEP-smscx-api-key"), _groups, ["SWEEP-smscx-api-key"]),
    "smscx-client-credentials": (
        lambda url: _smscx(url, username="SWEEP-smscx-app-id", password="SWEEP-smscx-app-secret"),
        _groups,
        ["SWEEP-smscx-app-secret", _basic("SWEEP-smscx-app-id", "SWEEP-smscx-app-secret")],
    ),
    "vumigo-token": (
        lambda url: AsyncContactsApiClient("SWEEP-vumigo-auth-token", url, **OPTIONS),
        lambda c: c.get_contact("k"),
        ["SWEEP-vumigo-auth-token"],
    ),
    "vumigo-conversation": (
        lambda url: AsyncHttpApiSender("SWEEP-vumigo-account", "conv-1", "SWEEP-vumigo-conv-token", url, **OPTIONS),
        lambda c: c.send_text("+27000000000", "hi"),
        ["SWEEP-vumigo-conv-token", _basic("SWEEP-vumigo-account", "SWEEP-vumigo-conv-token")],
    ),
    "twitter-bearer": (
        lambda url: pytweet.AsyncClient("SWEEP-twitter-bearer", base_url=url, **OPTIONS),
        lambda c: c.fetch_user(1000000002),
        ["SWEEP-twitter-bearer"],
    ),
    "twitter-oauth1": (
        lambda url: pytweet.AsyncClient(
            "SWEEP-twitter-bearer",
            consumer_key="SWEEP-twitter-consumer-key",
            consumer_key_secret="SWEEP-twitter-consumer-secret",
            access_token="SWEEP-twitter-access-token",
            access_token_secret="SWEEP-twitter-token-secret",
            base_url=url,
            **OPTIONS,
        ),
        lambda c: c.tweet("hello"),
        ["SWEEP-twitter-consumer-secret", "SWEEP-twitter-access-token", "SWEEP-twitter-token-secret"],
    ),
}


@pytest.fixture
def records() -> Iterator[list[logging.LogRecord]]:
    captured: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            captured.append(record)

    handler = Keep(logging.DEBUG)
    names = ["", "httpx", "httpcore", "aiohttp", "aiohttp.client", "asyncio", "switchboard"]
    loggers = [logging.getLogger(name) for name in names]
    levels = [log.level for log in loggers]
    for log in loggers:
        log.setLevel(logging.DEBUG)
    logging.getLogger().addHandler(handler)
    try:
        yield captured
    finally:
        logging.getLogger().removeHandler(handler)
        for log, level in zip(loggers, levels, strict=True):
            log.setLevel(level)


@pytest.mark.parametrize("transport", ["aiohttp", "httpcore"])
@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("flow", sorted(FLOWS))
async def test_no_credential_on_either_async_transport(
    flow: str,
    fault: str,
    transport: str,
    server: _Server,
    records: list[logging.LogRecord],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SWITCHBOARD_ASYNC_TRANSPORT", transport)
    server.fault = fault
    build, call, secrets = FLOWS[flow]
    url = f"http://127.0.0.1:{server.server_address[1]}"
    client = build(url)
    async with client:
        with pytest.raises(SwitchboardError) as caught:
            await call(client)
        texts = [*_texts_of(caught.value), repr(client), str(client)]
    texts += _formatted(records)
    assert records, "DEBUG logging recorded nothing"
    leaks = [(secret, text[:200]) for text in texts for secret in [*secrets, ISSUED_TOKEN] if secret in text]
    assert leaks == []

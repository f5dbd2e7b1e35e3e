"""Row 6's harness (bench/tls*.py): the HTTPS server answers with verification on, and a short interleaved run of a
few stacks yields samples and verdicts. Nothing here asserts on timings; everything stays on 127.0.0.1."""

from __future__ import annotations

import http.client
import json
import ssl
from collections.abc import Iterator
from datetime import UTC, datetime
from urllib.parse import urlsplit

import pytest

from bench import _tls, tls
from bench._canned import BALANCE, BALANCE_PATH, SMSCX_API_KEY, TWITTER_USER_ID, TWITTER_USER_PATH
from bench._report import NotRun
from bench._row import Row

TINY = tls.Plan(rounds=2, warmup=1, calls=3)
pytestmark = pytest.mark.block_network(allowed_hosts=["127\\.0\\.0\\.1"])


@pytest.fixture(scope="module")
def server() -> Iterator[_tls.Server]:
    with _tls.server(max_seconds=300) as running:
        yield running


def _get(server: _tls.Server, context: ssl.SSLContext, path: str, headers: dict[str, str]) -> tuple[int, bytes]:
    parts = urlsplit(server.url)
    connection = http.client.HTTPSConnection(parts.hostname or "", parts.port, context=context, timeout=10)
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def test_server_answers_over_verified_tls_and_requires_credentials(server: _tls.Server) -> None:
    trusted = ssl.create_default_context(cafile=str(server.ca))
    status, body = _get(server, trusted, BALANCE_PATH, {"X-API-KEY": SMSCX_API_KEY})
    assert (status, json.loads(body)["balance"]) == (200, BALANCE)
    status, body = _get(server, trusted, f"{TWITTER_USER_PATH}?user.fields=id", {"Authorization": "Bearer x"})
    assert (status, json.loads(body)["data"]["id"]) == (200, TWITTER_USER_ID)
    assert _get(server, trusted, BALANCE_PATH, {})[0] == 401
    with pytest.raises(ssl.SSLCertVerificationError):
        _get(server, ssl.create_default_context(), BALANCE_PATH, {"X-API-KEY": SMSCX_API_KEY})


def test_a_short_interleaved_run_gives_samples_and_verdicts(server: _tls.Server) -> None:
    floor = tls._stack(tls.FLOOR, tls.BALANCE, "sync")
    raw = tls._stack(tls.RAW_HTTPX, tls.BALANCE, "sync")
    facade = tls._stack(tls.SMSCX_FACADE, tls.BALANCE, "sync")
    fast = tls._stack(tls.SMSCX_FAST, tls.BALANCE, "sync")
    original = tls._stack(tls.SMSCX_ORIGINAL, tls.BALANCE, "sync")
    stacks = [floor, raw, facade, fast, original]
    _, client_cpu = _tls.cpus()
    measured = tls.measure_mode(stacks, TINY, server, "no originals in this test", client_cpu)
    by_key = {m.stack.key: m for m in measured}
    for stack in (floor, raw, facade):
        result = by_key[stack.key]
        assert not result.failure, result.failure
        assert len(result.wall) == len(result.cpu) == TINY.rounds
        assert all(value > 0 for value in result.wall)
    assert "/overlay/smscx_client/" in by_key[facade.key].origin
    assert by_key[original.key].failure == "no originals in this test"

    goal = next(g for g in tls.GOALS if g.key == "6a")
    verdict = tls._verdict(goal, by_key, TINY)
    assert isinstance(verdict, Row)
    assert verdict.ratios is not None
    assert verdict.ratios.n == TINY.rounds
    versus_original = tls._verdict(next(g for g in tls.GOALS if g.key == "6d"), by_key, TINY)
    assert isinstance(versus_original, NotRun)  # the original is not installed here; the row says so and fails
    if by_key[fast.key].failure:  # until switchboard_core.FastHTTPTransport exists, its row fails visibly
        assert by_key[fast.key].failure == "FastHTTPTransport missing"

    started = datetime.now(UTC)
    summary = tls.Result(measured, [verdict, versus_original], TINY, started, None, client_cpu, [])
    text = tls.markdown(summary)
    assert "| `http.client` (the floor) | SMS.CX balance |" in text
    assert "not run: no originals in this test" in text
    assert "| 6a |" in text

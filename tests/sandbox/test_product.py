"""The sandbox as a product: its clock, the request journal, size and nesting limits, the start-up block, the
``switchboard-sandbox`` command's help, and the pytest plugin's fixtures with their control client."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from switchboard_sandbox import PROVIDERS, SandboxApp, app
from switchboard_sandbox.cli import main, parser
from switchboard_sandbox.clock import SandboxClock, parse_instant
from switchboard_sandbox.control import SandboxControl
from switchboard_sandbox.engine import CONTROL_ENDPOINTS, MAX_BODY_BYTES, MAX_JSON_DEPTH, json_depth_exceeds
from switchboard_sandbox.pytest_plugin import RunningSandbox
from switchboard_sandbox.server import banner

from .conftest import BASE, KEY, NUMBER, SECRET

LOOPBACK = pytest.mark.block_network(allowed_hosts=["127\\.0\\.0\\.1"])
START = datetime(2026, 1, 1, tzinfo=UTC)


class FakeTime:
    """A time source the test moves by hand (what the real time would do)."""

    def __init__(self) -> None:
        self.now = datetime(2030, 5, 17, 9, 30, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def frozen() -> Iterator[httpx.Client]:
    sandbox = app("messagemedia", clock=SandboxClock(start=START, frozen=True))
    with httpx.Client(transport=httpx.WSGITransport(app=sandbox), base_url=BASE, auth=(KEY, SECRET)) as client:
        yield client


def send(client: httpx.Client) -> dict[str, object]:
    response = client.post("/v1/messages", json={"messages": [{"content": "hi", "destination_number": NUMBER}]})
    assert response.status_code == 202, response.text
    sent: dict[str, object] = response.json()["messages"][0]
    return sent


# -- the clock ----------------------------------------------------------------------------------------------------


def test_a_clock_follows_its_source_plus_what_it_was_moved() -> None:
    source = FakeTime()
    clock = SandboxClock(source)
    assert clock.now() == source.now
    clock.advance(60)
    source.now += timedelta(seconds=5)
    assert clock.now() == source.now + timedelta(seconds=60)
    assert clock.unmoved() == source.now  # the caller's own time: without the moves
    clock.freeze()
    source.now += timedelta(hours=1)
    assert clock.now() == source.now - timedelta(hours=1) + timedelta(seconds=60)
    clock.unfreeze()
    clock.reset()
    assert clock.now() == source.now
    assert not clock.frozen


def test_a_clock_started_frozen_goes_back_to_its_start_on_reset() -> None:
    clock = SandboxClock(FakeTime(), start=START, frozen=True)
    clock.advance(3600)
    clock.set(START + timedelta(days=2))
    assert clock.now() == START + timedelta(days=2)
    assert clock.frozen
    clock.reset()
    assert clock.now() == START
    assert clock.unmoved() == START


def test_dates_come_from_the_frozen_clock_until_reset(frozen: httpx.Client) -> None:
    assert frozen.get("/_sandbox/clock").json() == {"now": "2026-01-01T00:00:00.000Z", "frozen": True}
    assert frozen.post("/_sandbox/clock", json={"advance": 90}).json()["now"] == "2026-01-01T00:01:30.000Z"
    frozen.post("/_sandbox/messagemedia/replies", json={"count": 1})
    [reply] = frozen.get("/v1/replies").json()["replies"]
    assert reply["date_received"] == "2026-01-01T00:01:30.000Z"
    frozen.post("/_sandbox/reset")
    assert frozen.get("/_sandbox/clock").json()["now"] == "2026-01-01T00:00:00.000Z"


def test_the_clock_control_sets_freezes_and_refuses_nonsense(frozen: httpx.Client) -> None:
    moved = frozen.post("/_sandbox/clock", json={"set": "2031-02-03T04:05:06Z", "freeze": False, "advance": 1})
    assert moved.json() == {"now": "2031-02-03T04:05:07.000Z", "frozen": False}
    refused = frozen.post("/_sandbox/clock", json={"advance": -1, "freeze": "yes", "set": "soon", "tick": 1})
    assert refused.status_code == 400
    assert len(refused.json()["details"]) == 4


def test_parse_instant_reads_z_offsets_and_naive_times() -> None:
    assert parse_instant("2026-01-01T00:00:00Z") == START
    assert parse_instant("2026-01-01T01:00:00+01:00") == START
    assert parse_instant("2026-01-01 00:00:00") == START
    with pytest.raises(ValueError, match="Invalid isoformat"):
        parse_instant("tomorrow")


# -- the journal, the limits --------------------------------------------------------------------------------------


def test_the_journal_keeps_what_was_sent_without_credentials(frozen: httpx.Client) -> None:
    send(frozen)
    frozen.get("/v1/messages/nope", params={"a": ["1", "2"]})
    sent = frozen.get("/_sandbox/requests").json()["requests"]
    assert [(r["method"], r["path"]) for r in sent] == [("POST", "/v1/messages"), ("GET", "/v1/messages/nope")]
    assert sent[0]["body"] == {"messages": [{"content": "hi", "destination_number": NUMBER}]}
    assert sent[0]["headers"]["authorization"] == "REDACTED"
    assert sent[1]["query"] == [["a", "1"], ["a", "2"]]
    frozen.post("/_sandbox/reset")
    assert frozen.get("/_sandbox/requests").json() == {"requests": []}


@pytest.mark.parametrize(
    ("provider", "path", "shape"),
    [
        ("messagemedia", "/v1/messages", {"message"}),
        ("mxit", "/token", {"error", "error_description"}),
        ("smscx", "/sms", {"error"}),
        ("vumigo", "/api/v1/go/contacts/", {"status_code", "reason"}),
    ],
)
def test_deep_json_is_400_and_a_large_body_413_in_the_provider_shape(provider: str, path: str, shape: set[str]) -> None:
    sandbox: SandboxApp = app(provider)
    deep = b"[" * (MAX_JSON_DEPTH * 20) + b"]" * (MAX_JSON_DEPTH * 20)
    headers = {"Content-Type": "application/json"}
    with httpx.Client(transport=httpx.WSGITransport(app=sandbox), base_url=BASE) as client:
        nested = client.post(path, content=deep, headers=headers)
        large = client.post(path, content=b" " * (MAX_BODY_BYTES + 1), headers=headers)
    assert nested.status_code == 400
    assert set(nested.json()) == shape
    assert large.status_code == 413
    assert set(large.json()) == shape


def test_json_depth_is_counted_outside_strings() -> None:
    assert not json_depth_exceeds(json.dumps({"a": "[" * 500}).encode(), 3)
    assert json_depth_exceeds(b'{"a": [[[[1]]]]}', 4)
    assert not json_depth_exceeds(b'{"a": [[["\\"]]]"]]]}', 4)


def test_a_fixed_path_is_not_a_parameter_value_of_another_template() -> None:
    with httpx.Client(transport=httpx.WSGITransport(app=app("smscx")), base_url=BASE) as client:
        response = client.delete("/optouts/csv", headers={"X-API-KEY": "sandbox-api-key"})
    assert response.status_code == 405
    assert response.headers["allow"] == "GET"


def test_an_empty_query_value_is_no_value() -> None:
    with httpx.Client(transport=httpx.WSGITransport(app=app("smscx")), base_url=BASE) as client:
        response = client.get("/optouts?next=&limit=", headers={"X-API-KEY": "sandbox-api-key"})
    assert response.status_code == 200, response.text


def test_smscx_empty_arrays_keep_their_documented_codes() -> None:
    key = {"X-API-KEY": "sandbox-api-key"}
    with httpx.Client(transport=httpx.WSGITransport(app=app("smscx")), base_url=BASE, headers=key) as client:
        empty_to = client.post("/sms", json={"to": [], "from": "InfoText", "text": "x"}).json()["error"]
        one_channel = client.post(
            "/multichannel", json={"to": ["+31612469000"], "from": "InfoText", "strategy": [{"channel": "sms"}]}
        ).json()["error"]
    assert (empty_to["code"], empty_to["message"]) == (1104, "The parameter `to` is empty or not set")
    assert one_channel["code"] == 1121


# -- the start-up block and the command ---------------------------------------------------------------------------


@pytest.mark.parametrize("provider", sorted(PROVIDERS))
def test_the_start_up_block_leads_with_the_url_and_gives_credentials(provider: str) -> None:
    sandbox = app(provider, clock=SandboxClock(start=START, frozen=True))
    lines = banner(sandbox, "http://127.0.0.1:8080").splitlines()
    assert lines[0] == "SANDBOX_URL=http://127.0.0.1:8080"
    exports = dict(line.removeprefix("export ").split("=", 1) for line in lines if line.startswith("export "))
    assert exports == sandbox.provider.environment("http://127.0.0.1:8080")
    assert any(value.startswith("http://127.0.0.1:8080") for value in exports.values())
    assert len(exports) >= 3  # a base URL and credentials
    assert "2026-01-01T00:00:00.000Z (frozen)" in lines[-1]


def test_help_lists_providers_control_endpoints_and_fault_options() -> None:
    text = parser().format_help()
    for provider in PROVIDERS:
        assert f"  {provider} " in text
    for route in [*CONTROL_ENDPOINTS, "POST /_sandbox/smscx/rate_limit", "POST /_sandbox/mxit/expire_tokens"]:
        assert route in text
    for option in ("status", "times", "retry_after", "html", "--now", "--freeze"):
        assert option in text


def test_the_command_refuses_a_bad_instant(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["smscx", "--now", "soon"])
    assert "not an ISO 8601 instant" in capsys.readouterr().err


# -- the pytest plugin --------------------------------------------------------------------------------------------


@LOOPBACK
def test_the_fixture_serves_a_reset_sandbox_with_a_control_client(smscx_sandbox: RunningSandbox) -> None:
    control = smscx_sandbox.control
    assert control.status()["provider"] == "smscx"
    assert control.freeze("2030-01-01T00:00:00Z") == "2030-01-01T00:00:00.000Z"
    assert control.advance(60) == "2030-01-01T00:01:00.000Z"
    key = {"X-API-KEY": smscx_sandbox.environment["SMSCX_API_KEY"]}
    with httpx.Client(base_url=smscx_sandbox.url, headers=key) as client:
        answer = client.get("/account/balance")
        assert answer.status_code == 200
        assert answer.headers["date"] == "Tue, 01 Jan 2030 00:01:00 GMT"
        control.fail_next(503, retry_after=1)
        failed = client.get("/account/balance")
    assert (failed.status_code, failed.headers["retry-after"]) == (503, "1")
    assert [r["path"] for r in control.requests()] == ["/account/balance", "/account/balance"]
    control.unfreeze()


@LOOPBACK
def test_every_test_gets_the_sandbox_back_in_its_first_state(smscx_sandbox: RunningSandbox) -> None:
    assert smscx_sandbox.control.requests() == []  # what the previous test sent is gone
    assert smscx_sandbox.control.clock()["frozen"] is False


@LOOPBACK
def test_the_factory_fixture_serves_any_provider(switchboard_sandbox: object) -> None:
    assert callable(switchboard_sandbox)
    vumigo = switchboard_sandbox("vumigo")
    assert isinstance(vumigo, RunningSandbox)
    assert vumigo.environment["SWITCHBOARD_VUMIGO_BASE_URL"] == f"{vumigo.url}/api/v1/go"
    with pytest.raises(ValueError, match="unknown provider"):
        switchboard_sandbox("nope")


def test_a_control_client_without_a_provider_refuses_provider_controls() -> None:
    with pytest.raises(ValueError, match="provider"):
        SandboxControl("http://127.0.0.1:1").control("fail")


@pytest.mark.parametrize(
    ("path", "body", "code"),
    [
        ("/sms", {"to": ["+31612469000"], "from": "InfoText", "text": ""}, 1107),
        ("/templates", {"name": "t", "text": "   ", "channel": "sms"}, 1801),
    ],
)
def test_smscx_text_rules_keep_their_documented_codes(path: str, body: dict[str, object], code: int) -> None:
    key = {"X-API-KEY": "sandbox-api-key"}
    with httpx.Client(transport=httpx.WSGITransport(app=app("smscx")), base_url=BASE, headers=key) as client:
        error = client.post(path, json=body).json()["error"]
    assert error["code"] == code

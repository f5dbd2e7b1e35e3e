"""The sandbox's campaign faults (switchboard_sandbox.chaos): each kind as a plain httpx client sees it, faults
armed per call and attempt, the ledger of tagged requests, validation and reset."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from switchboard_sandbox import app, running
from switchboard_sandbox.chaos import CALL_HEADER
from switchboard_sandbox.control import SandboxControl

pytestmark = pytest.mark.block_network(allowed_hosts=["127\\.0\\.0\\.1"])

CREDITS = "/v1/messaging/credits"
AUTH = ("sandbox-key", "sandbox-secret")


@pytest.fixture(scope="module")
def served() -> Iterator[SandboxControl]:
    with running(app("messagemedia")) as url:
        yield SandboxControl(url, "messagemedia")


@pytest.fixture
def sandbox(served: SandboxControl) -> SandboxControl:
    served.reset()
    return served


def get(sandbox: SandboxControl, call: str | None, path: str = CREDITS) -> httpx.Response:
    headers = {} if call is None else {CALL_HEADER: call}
    return httpx.get(sandbox.url + path, auth=AUTH, headers=headers, timeout=10)


def arm(
    sandbox: SandboxControl, call: str, *faults: dict[str, Any], operation: str = "check_credits_remaining"
) -> None:
    assert sandbox.arm_chaos({call: {"operation": operation, "faults": list(faults)}}) == len(faults)


@pytest.mark.parametrize(
    ("fault", "handled"),
    [({"kind": "drop_before"}, None), ({"kind": "drop_after"}, 200), ({"kind": "truncated"}, 200)],
)
def test_lost_connections(sandbox: SandboxControl, fault: dict[str, Any], handled: int | None) -> None:
    arm(sandbox, "c1", fault)
    with pytest.raises(httpx.RemoteProtocolError):
        get(sandbox, "c1")
    [record] = sandbox.chaos_ledger()
    assert record == {
        "call": "c1",
        "operation": "check_credits_remaining",
        "method": "GET",
        "attempt": 0,
        "fault": fault["kind"],
        "handled": handled,
    }


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_server_errors_before_and_after_the_handler(sandbox: SandboxControl, status: int) -> None:
    arm(sandbox, "before", {"kind": "status_before", "status": status})
    arm(sandbox, "after", {"kind": "status_after", "status": status, "html": True})
    assert get(sandbox, "before").status_code == status
    after = get(sandbox, "after")
    assert after.status_code == status
    assert after.headers["content-type"].startswith("text/html")
    assert [r["handled"] for r in sandbox.chaos_ledger()] == [None, 200]


def test_rate_limits_with_and_without_reset_headers(sandbox: SandboxControl) -> None:
    for header in ("retry_after", "reset", "none"):
        arm(sandbox, header, {"kind": "rate_limit", "header": header})
    answers = {header: get(sandbox, header) for header in ("retry_after", "reset", "none")}
    assert {answer.status_code for answer in answers.values()} == {429}
    assert answers["retry_after"].headers["retry-after"] == "1"
    assert int(answers["reset"].headers["x-rate-limit-reset"]) > 0
    assert "retry-after" not in answers["none"].headers
    assert "x-rate-limit-reset" not in answers["none"].headers


def test_damaged_answers(sandbox: SandboxControl) -> None:
    intact = get(sandbox, None)
    for kind in ("cut_body", "mislabelled_type", "bad_encoding", "huge_body", "slow_body"):
        arm(sandbox, kind, {"kind": kind, "size": 1000, "chunks": 3, "delay": 0.01})
    arm(sandbox, "wrong_type", {"kind": "wrong_type", "value": {"unexpected": True}})
    assert get(sandbox, "cut_body").content == intact.content[: len(intact.content) // 2]
    mislabelled = get(sandbox, "mislabelled_type")
    assert (mislabelled.headers["content-type"], mislabelled.content) == ("text/html; charset=utf-8", intact.content)
    with pytest.raises(httpx.DecodingError):
        get(sandbox, "bad_encoding")
    assert json.loads(get(sandbox, "huge_body").content) == intact.json()
    assert len(get(sandbox, "huge_body").content) == len(intact.content)  # armed once: the second call is clean
    assert get(sandbox, "slow_body").content == intact.content
    assert get(sandbox, "wrong_type").json() == {"unexpected": True}


def test_faults_follow_attempts_of_the_planned_operation_only(sandbox: SandboxControl) -> None:
    arm(sandbox, "c1", {"kind": "status_before", "status": 503}, {"kind": "rate_limit", "header": "none"})
    assert get(sandbox, "c1", "/v1/replies").status_code == 200  # another operation of the same call: no fault
    assert get(sandbox, "c1").status_code == 503
    assert get(sandbox, "c1").status_code == 429
    assert get(sandbox, "c1").status_code == 200
    assert get(sandbox, "c2").status_code == 200  # a call without a plan is recorded, not faulted
    assert get(sandbox, None).status_code == 200  # untagged: not recorded
    ledger = sandbox.chaos_ledger()
    assert [(r["call"], r["operation"], r["attempt"], r["fault"]) for r in ledger] == [
        ("c1", "check_replies", 0, None),
        ("c1", "check_credits_remaining", 0, "status_before"),
        ("c1", "check_credits_remaining", 1, "rate_limit"),
        ("c1", "check_credits_remaining", 2, None),
        ("c2", "check_credits_remaining", 0, None),
    ]
    assert sandbox.get("/_sandbox/chaos")["pending_faults"] == 0
    sandbox.reset()
    assert sandbox.chaos_ledger() == []


@pytest.mark.parametrize(
    "body",
    [
        {"calls": []},
        {"calls": {"c": {"faults": []}}},
        {"calls": {"c": {"operation": "x", "faults": [{"kind": "meteor"}]}}},
        {"calls": {"c": {"operation": "x", "faults": [{"kind": "status_after", "status": 404}]}}},
        {"calls": {"c": {"operation": "x", "faults": [{"kind": "rate_limit", "header": "sometimes"}]}}},
        {"calls": {"c": {"operation": "x", "faults": [{"kind": "huge_body", "size": 0}]}}},
        {"calls": {"c": {"operation": "x", "faults": [{"kind": "slow_body", "colour": "red"}]}}},
    ],
)
def test_invalid_plans_are_refused(sandbox: SandboxControl, body: dict[str, Any]) -> None:
    with pytest.raises(httpx.HTTPStatusError) as caught:
        sandbox.post("/_sandbox/chaos", body)
    assert caught.value.response.status_code == 400


def test_a_drop_needs_a_socket() -> None:
    application = app("messagemedia")
    with httpx.Client(transport=httpx.WSGITransport(app=application), base_url="http://sandbox.test") as http:
        calls = {"c": {"operation": "check_credits_remaining", "faults": [{"kind": "drop_before"}]}}
        assert http.post("/_sandbox/chaos", json={"calls": calls}).json() == {"armed_faults": 1}
        answer = http.get(CREDITS, auth=AUTH, headers={CALL_HEADER: "c"})
    assert answer.status_code == 501
    assert "served over HTTP" in answer.text

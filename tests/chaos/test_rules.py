"""The campaign's verdict rules (tests/chaos/campaign.py ``judge``) on hand-made ledgers: each bad count is
raised by the case it names and by no other, and the unavoidable cases are not counted as bad."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from switchboard_core import APIConnectionError, SwitchboardError

from .campaign import BAD_COUNTS, PlannedCall, judge
from .operations import IDEMPOTENT, KEYED, ONCE, READ, Op


def op(effect: str) -> Op:
    return Op("sandbox", f"{effect}_operation", effect, lambda c, a: None)


def record(call: PlannedCall, attempt: int, fault: str | None, handled: int | None) -> dict[str, Any]:
    return {
        "call": call.id,
        "operation": call.op.operation,
        "method": "POST",
        "attempt": attempt,
        "fault": fault,
        "handled": handled,
    }


def planned(effect: str, *faults: str, outcome: BaseException | None = None) -> PlannedCall:
    call = PlannedCall("c1", op(effect), False, [{"kind": kind} for kind in faults])
    call.outcome = outcome
    call.returned = outcome is None
    return call


def bad_counts(call: PlannedCall, *records: tuple[int, str | None, int | None]) -> dict[str, int]:
    report = judge([call], [record(call, *r) for r in records])
    assert report.counts["faults_injected"] == sum(1 for r in records if r[1] is not None)
    return {name: report.counts[name] for name in (*BAD_COUNTS, "unavoidable_failures") if report.counts[name]}


TYPED = SwitchboardError("typed")


def test_a_send_processed_twice_is_a_duplicate() -> None:
    call = planned(ONCE, "status_after")
    assert bad_counts(call, (0, "status_after", 202), (1, None, 202)) == {"duplicates": 1}


def test_keyed_and_idempotent_repeats_are_not_duplicates() -> None:
    for effect in (KEYED, IDEMPOTENT):
        assert bad_counts(planned(effect, "status_after"), (0, "status_after", 200), (1, None, 200)) == {}


def test_success_without_any_effect_is_a_phantom() -> None:
    assert bad_counts(planned(IDEMPOTENT, "status_before"), (0, "status_before", None)) == {"phantom_successes": 1}
    assert bad_counts(planned(READ, "status_before"), (0, "status_before", None)) == {}


@pytest.mark.parametrize("raised", [httpx.DecodingError("bad gzip"), KeyError("messages"), ValueError("x")])
def test_anything_but_the_typed_error_is_untyped(raised: Exception) -> None:
    call = planned(READ, "bad_encoding", outcome=raised)
    assert bad_counts(call, (0, "bad_encoding", 200)) == {"untyped_failures": 1}


def test_a_failure_after_an_intact_confirmation_is_a_lost_confirmation() -> None:
    call = planned(ONCE, "slow_body", outcome=TYPED)
    assert bad_counts(call, (0, "slow_body", 202)) == {"lost_confirmations": 1}


def test_a_failure_after_a_lost_answer_with_a_retry_left_is_false() -> None:
    call = planned(IDEMPOTENT, "drop_after", outcome=APIConnectionError("gone"))
    assert bad_counts(call, (0, "drop_after", 204), (1, None, 404)) == {"false_failures": 1}
    call = planned(KEYED, "status_before", "status_after", outcome=TYPED)
    assert bad_counts(call, (0, "status_before", None), (1, "status_after", 200), (2, None, 409)) == {
        "false_failures": 1
    }


@pytest.mark.parametrize(
    ("effect", "faults"),
    [
        (ONCE, ("drop_after",)),  # a send cannot be re-sent safely
        (IDEMPOTENT, ("drop_after", "status_before", "rate_limit")),  # every attempt faulted
        (IDEMPOTENT, ("drop_after", "truncated")),  # the retry's own answer was damaged
        (IDEMPOTENT, ("cut_body",)),  # a damaged 2xx cannot be retried
    ],
)
def test_unavoidable_typed_failures_are_counted_but_not_bad(effect: str, faults: tuple[str, ...]) -> None:
    call = planned(effect, *faults, outcome=TYPED)
    assert bad_counts(call, (0, faults[0], 200)) == {"unavoidable_failures": 1}

"""Loss-free polling of delivery reports and replies: confirm only what the handler processed.

Each round checks for unconfirmed items, hands them to the caller's handler one by one, and confirms the
ids the handler returned from without raising. If the handler raises, the items handled before it are
confirmed, the exception propagates, and the failed item and the rest stay unconfirmed: the next poll
sees them again (at-least-once delivery). Rounds repeat until a check brings nothing new. Written once as
steps (``switchboard_core.run`` / ``arun`` drive them sync or async).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from messagemedia_api.legacy import schemas
from switchboard_core import Call, Handle, Steps

MAX_IDS: int = schemas.CONFIRM_DELIVERY_REPORTS_AS_RECEIVED_REQUEST["properties"]["delivery_report_ids"]["maxItems"]
"""Ids per confirm request (the spec's limit; the same for replies)."""

R = TypeVar("R")
I = TypeVar("I")  # noqa: E741


def drain(
    check: Callable[[], Call[R]],
    items: Callable[[R], Sequence[I]],
    confirm: Callable[[list[str]], Call[Any]],
    key: Callable[[I], str],
    handler: Callable[[I], object],
    max_rounds: int | None = None,
) -> Steps[int]:
    """Poll until nothing new arrives (or ``max_rounds``); return how many items were handled and confirmed."""
    handled, seen, rounds = 0, set[str](), 0
    while max_rounds is None or rounds < max_rounds:
        rounds += 1
        fresh = [item for item in items((yield check())) if key(item) not in seen]
        if not fresh:
            break
        done: list[str] = []
        try:
            for item in fresh:
                yield Handle(handler, item)
                done.append(key(item))
        finally:
            for start in range(0, len(done), MAX_IDS):
                yield confirm(done[start : start + MAX_IDS])
            seen.update(done)
            handled += len(done)
    return handled

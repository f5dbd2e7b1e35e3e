"""Loss-free polling of delivery reports and replies: confirm only what the handler processed.

Each round checks for unconfirmed items, hands them to the caller's handler one by one, and confirms the
ids the handler returned from without raising. If the handler raises, the items handled before it are
confirmed, the exception propagates, and the failed item and the rest stay unconfirmed: the next poll
sees them again (at-least-once delivery). Rounds repeat until a check brings nothing new. Written once as
steps: the generated ``poll`` methods drive them sync or async (``switchboard_core.run`` / ``arun``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from messagemedia_api.legacy import schemas
from switchboard_core import Handle

from ..exceptions.api_exception import InvalidInputException

if TYPE_CHECKING:
    from switchboard_core import Call, Steps

MAX_IDS: int = schemas.CONFIRM_DELIVERY_REPORTS_AS_RECEIVED_REQUEST["properties"]["delivery_report_ids"]["maxItems"]
"""Ids per confirm request (the spec's limit; the same for replies)."""

R = TypeVar("R")  # a check response
I = TypeVar("I")  # noqa: E741  # one delivery report or reply


class Inbox(Generic[R, I]):
    """How one inbox is checked, confirmed and keyed (its controller sets these)."""

    check: Callable[[object], Call[R]]
    confirm: Callable[[object, object], Call[dict[str, Any]]]
    items: Callable[[R], Sequence[I]]
    key: Callable[[I], str]
    _input_error = staticmethod(InvalidInputException.from_error)

    def _poll_steps(
        self, handler: Callable[[I], object], account_header: str | None = None, max_rounds: int | None = None
    ) -> Steps[int]:
        self.check(account_header)  # input is checked now, before anything is sent
        check, confirm = (lambda: self.check(account_header)), (lambda ids: self.confirm(ids, account_header))
        return drain(check, self.items, confirm, self.key, handler, max_rounds)


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

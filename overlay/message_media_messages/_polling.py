"""Loss-free polling of delivery reports and replies: confirm only what the handler processed.

Each round checks for unconfirmed items, hands them to the caller's handler one by one, and confirms the
ids the handler returned from without raising. If the handler raises, the items handled before it are
confirmed, the exception propagates, and the failed item and the rest stay unconfirmed: the next poll
sees them again (at-least-once delivery). Rounds repeat until a check brings nothing new.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

from messagemedia_api.legacy import schemas

MAX_IDS: int = schemas.CONFIRM_DELIVERY_REPORTS_AS_RECEIVED_REQUEST["properties"]["delivery_report_ids"]["maxItems"]
"""Ids per confirm request (the spec's limit; the same for replies)."""

I = TypeVar("I")  # noqa: E741


def _chunks(ids: list[str]) -> list[list[str]]:
    return [ids[i : i + MAX_IDS] for i in range(0, len(ids), MAX_IDS)]


def drain(
    check: Callable[[], Sequence[I]],
    confirm: Callable[[list[str]], object],
    key: Callable[[I], str],
    handler: Callable[[I], object],
    max_rounds: int | None = None,
) -> int:
    """Poll until nothing new arrives (or ``max_rounds``); return how many items were handled and confirmed."""
    handled, seen, rounds = 0, set[str](), 0
    while max_rounds is None or rounds < max_rounds:
        rounds += 1
        items = [item for item in check() if key(item) not in seen]
        if not items:
            break
        done: list[str] = []
        try:
            for item in items:
                handler(item)
                done.append(key(item))
        finally:
            for chunk in _chunks(done):
                confirm(chunk)
            seen.update(done)
            handled += len(done)
    return handled


async def adrain(
    check: Callable[[], Awaitable[Sequence[I]]],
    confirm: Callable[[list[str]], Awaitable[object]],
    key: Callable[[I], str],
    handler: Callable[[I], object],
    max_rounds: int | None = None,
) -> int:
    """The async twin of :func:`drain`; ``handler`` may be a plain or an async function."""
    handled, seen, rounds = 0, set[str](), 0
    while max_rounds is None or rounds < max_rounds:
        rounds += 1
        items = [item for item in await check() if key(item) not in seen]
        if not items:
            break
        done: list[str] = []
        try:
            for item in items:
                result = handler(item)
                if inspect.isawaitable(result):
                    await result
                done.append(key(item))
        finally:
            for chunk in _chunks(done):
                await confirm(chunk)
            seen.update(done)
            handled += len(done)
    return handled

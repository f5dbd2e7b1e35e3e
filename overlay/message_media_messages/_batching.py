"""Splitting a large send into requests of at most 100 messages, and collecting every batch's outcome."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from switchboard_core import SwitchboardError

from .exceptions.batch import SendBatchError

if TYPE_CHECKING:
    from messagemedia_api.models import SendMessagesResponse

MAX_BATCH = 100
"""The API's limit of messages per send request."""


@dataclass(frozen=True)
class BatchOutcome:
    """What happened to one batch: exactly one of ``response`` and ``error`` is set."""

    index: int
    start: int
    """Position of the batch's first message in the caller's list."""
    messages: list[dict[str, Any]]
    response: SendMessagesResponse | None = None
    error: SwitchboardError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def split(messages: Sequence[dict[str, Any]], size: int = MAX_BATCH) -> list[tuple[int, list[dict[str, Any]]]]:
    """``(start, chunk)`` pairs of at most ``size`` messages, in order."""
    return [(start, list(messages[start : start + size])) for start in range(0, len(messages), size)]


def combine(outcomes: Sequence[BatchOutcome]) -> SendMessagesResponse:
    """One response holding every sent message in order, or :class:`SendBatchError` if any batch failed."""
    from messagemedia_api.models import SendMessagesResponse

    if any(not o.ok for o in outcomes):
        raise SendBatchError(outcomes)
    return SendMessagesResponse(messages=[m for o in outcomes if o.response for m in o.response.messages])

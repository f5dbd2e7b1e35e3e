"""What happened to one batch of a large send (carried by ``SendBatchError`` and returned by ``send_in_batches``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from switchboard_core import SwitchboardError

if TYPE_CHECKING:
    from messagemedia_api.models import SendMessagesResponse


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

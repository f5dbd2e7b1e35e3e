"""The error raised when some batches of a large send failed while others went through."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from switchboard_core import SwitchboardError

from .._outcome import BatchOutcome

if TYPE_CHECKING:
    from messagemedia_api.models import SentMessage


class SendBatchError(SwitchboardError):
    """Raised after *every* batch was tried, when at least one failed, or when the send was interrupted
    (then as the ``__cause__`` of a cancellation, with unanswered batches failed as "interrupted").

    ``outcomes`` holds one entry per batch in order: the accepted ones with their response (those messages
    were sent, do not send them again), the failed ones with their error and the exact messages to retry.
    """

    def __init__(self, outcomes: Sequence[BatchOutcome]) -> None:
        self.outcomes = list(outcomes)
        failed = self.failed
        details = "; ".join(f"messages {o.start}-{o.start + len(o.messages) - 1}: {o.error}" for o in failed)
        super().__init__(
            f"{len(failed)} of {len(self.outcomes)} batches failed, {len(self.sent)} messages were sent ({details})"
        )

    @property
    def failed(self) -> list[BatchOutcome]:
        """The batches that were not accepted."""
        return [o for o in self.outcomes if o.error is not None]

    @property
    def sent(self) -> list[SentMessage]:
        """Every message the API accepted, in the caller's order."""
        return [m for o in self.outcomes if o.response is not None for m in o.response.messages]

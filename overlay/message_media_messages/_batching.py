"""Splitting a large send into requests of at most the API's maximum of messages (all checked before any is sent), and
collecting every batch's outcome."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from messagemedia_api.legacy import schemas
from messagemedia_api.legacy.messages import send_messages_call
from switchboard_core import PENDING, Call, Gather, InvalidRequestError, Steps, SwitchboardError

from . import _inputs
from ._outcome import BatchOutcome
from .exceptions.batch import SendBatchError

if TYPE_CHECKING:
    from messagemedia_api.models import SendMessagesResponse

MAX_BATCH: int = schemas.SEND_MESSAGES_REQUEST["properties"]["messages"]["maxItems"]
"""The API's limit of messages per send request (the spec's)."""

__all__ = ["MAX_BATCH", "Batch", "BatchOutcome", "batches", "checked_size", "combine", "send", "send_all"]

Batch = tuple[int, list[dict[str, Any]], Call["SendMessagesResponse"]]
"""``(start, the batch's wire messages, its call)``."""


def checked_size(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_BATCH:
        raise InvalidRequestError(f"batch_size must be an integer from 1 to {MAX_BATCH}, not {value!r}")
    return value


def batches(body: object, account: object, size: int = MAX_BATCH) -> list[Batch]:
    """Every batch's call, built (so every message checked against the spec) before anything is sent."""
    items = _inputs.messages(body)
    found = []
    for start in range(0, len(items), size):
        call = send_messages_call({"messages": items[start : start + size]}, account)
        found.append((start, call.kwargs["json"]["messages"], call))
    return found


def send(found: list[Batch], concurrency: int = 1) -> Steps[list[BatchOutcome]]:
    """Send every batch (``switchboard_core.run`` / ``arun`` drive it); every outcome, none raised.

    Interrupted (cancelled, ``KeyboardInterrupt``, an unexpected error), it still reports what the server
    answered: an unexpected error becomes :class:`SendBatchError` (``from`` it), and a cancellation is re-raised
    with that error as its ``__cause__``; a batch without an answer is an outcome with an "interrupted" error."""
    answers: list[object] = [PENDING] * len(found)
    try:
        yield Gather([call for _, _, call in found], concurrency, into=answers)
    except BaseException as exc:
        error = SendBatchError(_outcomes(found, answers))
        if not isinstance(exc, Exception):
            raise exc from error  # cancellation stays cancellation
        raise error from exc
    return _outcomes(found, answers)


def _outcomes(found: list[Batch], answers: list[object]) -> list[BatchOutcome]:
    outcomes = []
    for i, ((start, messages, _), answer) in enumerate(zip(found, answers, strict=True)):
        if answer is PENDING:
            answer = SwitchboardError("interrupted before the answer came (the server may have accepted it)")
        if isinstance(answer, SwitchboardError):
            outcomes.append(BatchOutcome(i, start, messages, error=answer))
        else:
            outcomes.append(BatchOutcome(i, start, messages, response=cast("SendMessagesResponse", answer)))
    return outcomes


def send_all(found: list[Batch], concurrency: int = 1) -> Steps[SendMessagesResponse]:
    """One request's answer as it is, or every batch's messages combined (see :func:`combine`)."""
    if len(found) == 1:
        return cast("SendMessagesResponse", (yield found[0][2]))
    return combine((yield from send(found, concurrency)))


def combine(outcomes: Sequence[BatchOutcome]) -> SendMessagesResponse:
    """One response holding every sent message in order, or :class:`SendBatchError` if any batch failed."""
    from messagemedia_api.models import SendMessagesResponse

    if any(not o.ok for o in outcomes):
        raise SendBatchError(outcomes)
    return SendMessagesResponse(messages=[m for o in outcomes if o.response for m in o.response.messages])

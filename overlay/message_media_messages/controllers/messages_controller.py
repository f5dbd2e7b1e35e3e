"""``client.messages``: send, status, cancel, credits (seed: MessagesController). The operations, sends of any
size and ``send_in_batches`` are generated (``messagemedia_api.legacy.messages``); this adds the legacy body shapes
and the batching steps both drive."""

from __future__ import annotations

from typing import TYPE_CHECKING

from messagemedia_api.legacy.messages import AsyncMessagesControllerOperations, MessagesControllerOperations

from .. import _inputs
from .._batching import MAX_BATCH, BatchOutcome, batches, checked_size, send, send_all
from ..exceptions.api_exception import InvalidInputException

if TYPE_CHECKING:
    from messagemedia_api.models import SendMessagesResponse
    from switchboard_core import Steps


class _Messages:
    _cancel_scheduled_message_body = staticmethod(_inputs.cancel)
    _input_error = staticmethod(InvalidInputException.from_error)

    @staticmethod
    def _create_send_messages_steps(
        body: object, account_header: str | None, concurrency: int = 1
    ) -> Steps[SendMessagesResponse]:
        return send_all(batches(body, account_header), concurrency)

    @staticmethod
    def _send_in_batches_steps(
        body: object, account_header: str | None, batch_size: int = MAX_BATCH, concurrency: int = 1
    ) -> Steps[list[BatchOutcome]]:
        return send(batches(body, account_header, checked_size(batch_size)), concurrency)


class MessagesController(_Messages, MessagesControllerOperations):
    """Messages: send (any number, in batches of the API's maximum), get status, cancel a scheduled one, credits."""


class AsyncMessagesController(_Messages, AsyncMessagesControllerOperations):
    """Async :class:`MessagesController`; large sends run up to ``concurrency`` batches at once."""

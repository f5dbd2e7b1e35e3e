"""``client.messages``: send, status, cancel, credits (seed: MessagesController). The operations are generated
(``messagemedia_api.legacy.messages``); this adds the legacy body shapes and sends of any size in batches."""

from __future__ import annotations

from typing import TYPE_CHECKING

from messagemedia_api.legacy.messages import (
    NOT_GIVEN,
    AsyncMessagesControllerOperations,
    MessagesControllerOperations,
    Timeout,
)
from switchboard_core import CallOptions, arun, run

from .. import _inputs
from .._batching import MAX_BATCH, BatchOutcome, batch_size, batches, send, send_all

if TYPE_CHECKING:
    from messagemedia_api.models import SendMessagesResponse


class _LegacyBodies:
    _cancel_scheduled_message_body = staticmethod(_inputs.cancel)


class MessagesController(_LegacyBodies, MessagesControllerOperations):
    """Messages: send (any number, in batches of 100), get status, cancel a scheduled one, credits."""

    def create_send_messages(
        self,
        body: object,
        account_header: str | None = None,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> SendMessagesResponse:
        """Send messages: ``{"messages": [...]}`` (dicts or ``NewMessage``), a ``SendMessagesRequest``, or a list.

        Up to 100 messages go in one request (all valid or none sent, as the API does). More are split into
        requests of 100; every batch is tried, and if any failed, :class:`SendBatchError` carries every
        batch's outcome (what was sent and what to retry). Sends are never retried automatically.
        """
        return run(send_all(batches(body, account_header)), self._invoker, CallOptions(timeout, max_retries))

    def send_in_batches(
        self,
        body: object,
        account_header: str | None = None,
        *,
        batch_size: int = MAX_BATCH,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> list[BatchOutcome]:
        """Send any number of messages in requests of ``batch_size``; return every batch's outcome, never raise
        for a failed batch (bad input still raises before anything is sent)."""
        found = batches(body, account_header, _size(batch_size))
        return run(send(found), self._invoker, CallOptions(timeout, max_retries))

    send_messages = create_send_messages


class AsyncMessagesController(_LegacyBodies, AsyncMessagesControllerOperations):
    """Async :class:`MessagesController`; large sends run up to ``concurrency`` batches at once."""

    async def create_send_messages(
        self,
        body: object,
        account_header: str | None = None,
        *,
        concurrency: int = 4,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> SendMessagesResponse:
        steps = send_all(batches(body, account_header), concurrency)
        return await arun(steps, self._invoker, CallOptions(timeout, max_retries))

    async def send_in_batches(
        self,
        body: object,
        account_header: str | None = None,
        *,
        batch_size: int = MAX_BATCH,
        concurrency: int = 4,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> list[BatchOutcome]:
        found = batches(body, account_header, _size(batch_size))
        return await arun(send(found, concurrency), self._invoker, CallOptions(timeout, max_retries))

    send_messages = create_send_messages


_size = batch_size

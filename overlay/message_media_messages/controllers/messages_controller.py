"""``client.messages``: send, status, cancel, credits (seed: MessagesController)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from switchboard_core import CallOptions, InvalidRequestError, SwitchboardError

from .. import _calls, _inputs
from .._batching import MAX_BATCH, BatchOutcome, combine, split
from ._base import NOT_GIVEN, AsyncController, SyncController, Timeout

if TYPE_CHECKING:
    from messagemedia_api.models import (
        CancelScheduledMessageResponse,
        CreditsRemainingResponse,
        SendMessagesResponse,
        SentMessage,
    )


def _batch_size(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_BATCH:
        raise InvalidRequestError(f"batch_size must be an integer from 1 to {MAX_BATCH}, not {value!r}")
    return value


class MessagesController(SyncController):
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
        messages = _inputs.messages(body)
        options = CallOptions(timeout, max_retries)
        if len(messages) <= MAX_BATCH:
            return self._invoker.run(_calls.send(messages, account_header), options)
        return combine(self._send_batches(messages, account_header, options, MAX_BATCH))

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
        messages = _inputs.messages(body)
        return self._send_batches(messages, account_header, CallOptions(timeout, max_retries), _batch_size(batch_size))

    def _send_batches(
        self, messages: list[dict[str, Any]], account_header: object, options: CallOptions, size: int
    ) -> list[BatchOutcome]:
        _inputs.account(account_header)
        outcomes = []
        for index, (start, chunk) in enumerate(split(messages, size)):
            try:
                response = self._invoker.run(_calls.send(chunk, account_header), options)
            except SwitchboardError as exc:
                outcomes.append(BatchOutcome(index, start, chunk, error=exc))
            else:
                outcomes.append(BatchOutcome(index, start, chunk, response=response))
        return outcomes

    def get_message_status(
        self,
        message_id: str,
        account_header: str | None = None,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> SentMessage:
        """The message with its current ``status``; :class:`NotFoundException` for an unknown id."""
        return self._invoker.run(_calls.status(message_id, account_header), CallOptions(timeout, max_retries))

    def update_cancel_scheduled_message(
        self,
        message_id: str,
        body: object = None,
        account_header: str | None = None,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> CancelScheduledMessageResponse:
        """Cancel a message whose status is ``scheduled`` (sent as ``PUT``, body ``{"status": "cancelled"}``)."""
        return self._invoker.run(_calls.cancel(message_id, body, account_header), CallOptions(timeout, max_retries))

    def check_credits_remaining(
        self, account_header: str | None = None, *, timeout: Timeout = NOT_GIVEN, max_retries: int | None = None
    ) -> CreditsRemainingResponse:
        """Credits left on a prepaid account."""
        return self._invoker.run(_calls.credits(account_header), CallOptions(timeout, max_retries))

    send_messages = create_send_messages
    cancel_scheduled_message = update_cancel_scheduled_message


class AsyncMessagesController(AsyncController):
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
        messages = _inputs.messages(body)
        options = CallOptions(timeout, max_retries)
        if len(messages) <= MAX_BATCH:
            return await self._invoker.run(_calls.send(messages, account_header), options)
        return combine(await self._send_batches(messages, account_header, options, MAX_BATCH, concurrency))

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
        messages = _inputs.messages(body)
        options = CallOptions(timeout, max_retries)
        return await self._send_batches(messages, account_header, options, _batch_size(batch_size), concurrency)

    async def _send_batches(
        self, messages: list[dict[str, Any]], account_header: object, options: CallOptions, size: int, concurrency: int
    ) -> list[BatchOutcome]:
        _inputs.account(account_header)
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
            raise InvalidRequestError(f"concurrency must be a positive integer, not {concurrency!r}")
        import asyncio  # not at module level: importing asyncio costs sync users start-up time

        gate = asyncio.Semaphore(concurrency)

        async def one(index: int, start: int, chunk: list[dict[str, Any]]) -> BatchOutcome:
            async with gate:
                try:
                    response = await self._invoker.run(_calls.send(chunk, account_header), options)
                except SwitchboardError as exc:
                    return BatchOutcome(index, start, chunk, error=exc)
                return BatchOutcome(index, start, chunk, response=response)

        return list(await asyncio.gather(*(one(i, s, c) for i, (s, c) in enumerate(split(messages, size)))))

    async def get_message_status(
        self,
        message_id: str,
        account_header: str | None = None,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> SentMessage:
        return await self._invoker.run(_calls.status(message_id, account_header), CallOptions(timeout, max_retries))

    async def update_cancel_scheduled_message(
        self,
        message_id: str,
        body: object = None,
        account_header: str | None = None,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> CancelScheduledMessageResponse:
        call = _calls.cancel(message_id, body, account_header)
        return await self._invoker.run(call, CallOptions(timeout, max_retries))

    async def check_credits_remaining(
        self, account_header: str | None = None, *, timeout: Timeout = NOT_GIVEN, max_retries: int | None = None
    ) -> CreditsRemainingResponse:
        return await self._invoker.run(_calls.credits(account_header), CallOptions(timeout, max_retries))

    send_messages = create_send_messages
    cancel_scheduled_message = update_cancel_scheduled_message

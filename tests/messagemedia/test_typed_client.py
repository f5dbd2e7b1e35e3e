"""The generated ``messagemedia_api`` functions on a facade's stack (auth, retries, timeouts), replayed.

There, errors are values: a documented error status parses into ``Error`` with the status kept.
"""

from __future__ import annotations

from http import HTTPStatus

import pytest

from message_media_messages import AsyncMessageMediaMessagesClient, MessageMediaMessagesClient
from messagemedia_api.api.delivery_reports import check_delivery_reports, confirm_delivery_reports_as_received
from messagemedia_api.api.messages import (
    cancel_scheduled_message,
    check_credits_remaining,
    get_message_status,
    send_messages,
)
from messagemedia_api.api.replies import check_replies, confirm_replies_as_received
from messagemedia_api.models import (
    CancelScheduledMessageRequest,
    CheckDeliveryReportsResponse,
    CheckRepliesResponse,
    ConfirmDeliveryReportsAsReceivedRequest,
    ConfirmRepliesAsReceivedRequest,
    CreditsRemainingResponse,
    Error,
    NewMessage,
    SendMessagesRequest,
    SendMessagesResponse,
    SentMessage,
)

pytestmark = pytest.mark.vcr

SCHEDULED = NewMessage.from_dict(
    {"content": "typed", "destination_number": "+61491570156", "scheduled": "2099-01-01T00:00:00+00:00"}
)


def test_typed_sync_every_operation(hmac_client: MessageMediaMessagesClient) -> None:
    typed = hmac_client.typed
    sent = send_messages.sync_detailed(client=typed, body=SendMessagesRequest(messages=[SCHEDULED]))
    assert sent.status_code == HTTPStatus.ACCEPTED
    assert isinstance(sent.parsed, SendMessagesResponse)
    message_id = sent.parsed.messages[0].message_id

    status = get_message_status.sync(message_id, client=typed)
    assert isinstance(status, SentMessage)
    assert status.status == "scheduled"
    cancelled = cancel_scheduled_message.sync_detailed(message_id, client=typed, body=CancelScheduledMessageRequest())
    assert cancelled.status_code == HTTPStatus.OK
    assert isinstance(check_credits_remaining.sync(client=typed), CreditsRemainingResponse)

    reports = check_delivery_reports.sync(client=typed)
    assert isinstance(reports, CheckDeliveryReportsResponse)
    body = ConfirmDeliveryReportsAsReceivedRequest(delivery_report_ids=["01e1fa0a-6e27-4945-9cdb-18644b4de043"])
    assert (
        confirm_delivery_reports_as_received.sync_detailed(client=typed, body=body).status_code == HTTPStatus.ACCEPTED
    )
    assert isinstance(check_replies.sync(client=typed), CheckRepliesResponse)
    replies = ConfirmRepliesAsReceivedRequest(reply_ids=["a175e797-2b54-468b-9850-41a3eab32f74"])
    assert confirm_replies_as_received.sync_detailed(client=typed, body=replies).status_code == HTTPStatus.ACCEPTED


def test_typed_sync_documented_errors_are_values(client: MessageMediaMessagesClient) -> None:
    missing = get_message_status.sync_detailed("00000000-0000-0000-0000-000000000000", client=client.typed)
    assert missing.status_code == HTTPStatus.NOT_FOUND
    assert isinstance(missing.parsed, Error)
    bad = send_messages.sync_detailed(
        client=client.typed, body=SendMessagesRequest(messages=[NewMessage(content="x", destination_number="12")])
    )
    assert bad.status_code == HTTPStatus.BAD_REQUEST
    assert isinstance(bad.parsed, Error)
    assert bad.parsed.message


async def test_typed_async_every_operation(async_client: AsyncMessageMediaMessagesClient) -> None:
    typed = async_client.typed
    sent = await send_messages.asyncio(client=typed, body=SendMessagesRequest(messages=[SCHEDULED]))
    assert isinstance(sent, SendMessagesResponse)
    message_id = sent.messages[0].message_id
    status = await get_message_status.asyncio(message_id, client=typed)
    assert isinstance(status, SentMessage)
    cancelled = await cancel_scheduled_message.asyncio_detailed(
        message_id, client=typed, body=CancelScheduledMessageRequest()
    )
    assert cancelled.status_code == HTTPStatus.OK
    again = await cancel_scheduled_message.asyncio_detailed(
        message_id, client=typed, body=CancelScheduledMessageRequest()
    )
    assert again.status_code == HTTPStatus.BAD_REQUEST
    assert isinstance(again.parsed, Error)
    assert isinstance(await check_credits_remaining.asyncio(client=typed), CreditsRemainingResponse)
    assert isinstance(await check_delivery_reports.asyncio(client=typed), CheckDeliveryReportsResponse)
    assert isinstance(await check_replies.asyncio(client=typed), CheckRepliesResponse)
    ids = ConfirmRepliesAsReceivedRequest(reply_ids=["a175e797-2b54-468b-9850-41a3eab32f74"])
    assert (
        await confirm_replies_as_received.asyncio_detailed(client=typed, body=ids)
    ).status_code == HTTPStatus.ACCEPTED
    dr_ids = ConfirmDeliveryReportsAsReceivedRequest(delivery_report_ids=["01e1fa0a-6e27-4945-9cdb-18644b4de043"])
    response = await confirm_delivery_reports_as_received.asyncio_detailed(client=typed, body=dr_ids)
    assert response.status_code == HTTPStatus.ACCEPTED

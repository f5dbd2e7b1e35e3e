"""The async client: every messages operation, success and documented errors, replayed."""

from __future__ import annotations

import asyncio

import pytest

from message_media_messages import AsyncMessageMediaMessagesClient
from message_media_messages.exceptions import BadRequestException, NotFoundException
from message_media_messages.models import CreditsRemainingResponse

pytestmark = pytest.mark.vcr

ONE = {"messages": [{"content": "async hello", "destination_number": "+61491570156"}]}


async def test_send_and_get_status(async_client: AsyncMessageMediaMessagesClient) -> None:
    [sent] = (await async_client.messages.create_send_messages(ONE)).messages
    status = await async_client.messages.get_message_status(sent.message_id)
    assert status["message_id"] == sent.message_id
    assert status["content"] == "async hello"


async def test_concurrent_status_calls(async_client: AsyncMessageMediaMessagesClient) -> None:
    sent = (await async_client.messages.create_send_messages({"messages": [ONE["messages"][0]] * 3})).messages
    statuses = await asyncio.gather(*(async_client.messages.get_message_status(m.message_id) for m in sent))
    assert [s["message_id"] for s in statuses] == [m.message_id for m in sent]


async def test_send_invalid_is_400(async_client: AsyncMessageMediaMessagesClient) -> None:
    with pytest.raises(BadRequestException) as caught:
        await async_client.messages.create_send_messages({"messages": [{"content": "x", "destination_number": "1"}]})
    assert caught.value.status_code == 400


async def test_status_unknown_is_404(async_client: AsyncMessageMediaMessagesClient) -> None:
    with pytest.raises(NotFoundException):
        await async_client.messages.get_message_status("00000000-0000-0000-0000-000000000000")


async def test_cancel_scheduled_and_unknown(async_client: AsyncMessageMediaMessagesClient) -> None:
    body = {
        "messages": [{"content": "later", "destination_number": "+61491570156", "scheduled": "2099-01-01T00:00:00Z"}]
    }
    [sent] = (await async_client.messages.create_send_messages(body)).messages
    await async_client.messages.update_cancel_scheduled_message(sent.message_id)
    assert (await async_client.messages.get_message_status(sent.message_id))["status"] == "cancelled"
    with pytest.raises(BadRequestException):
        await async_client.messages.update_cancel_scheduled_message(sent.message_id)
    with pytest.raises(NotFoundException):
        await async_client.messages.update_cancel_scheduled_message("00000000-0000-0000-0000-000000000000")


async def test_credits(async_client: AsyncMessageMediaMessagesClient) -> None:
    result = await async_client.messages.check_credits_remaining()
    assert isinstance(result, CreditsRemainingResponse)
    assert isinstance(result.credits_, int)

"""Every messages operation through the seed facade (sync), success and documented errors, replayed."""

from __future__ import annotations

import pytest

from message_media_messages import MessageMediaMessagesClient
from message_media_messages.exceptions import (
    AuthenticationException,
    BadRequestException,
    NotFoundException,
    PermissionDeniedException,
)
from message_media_messages.models import MessageStatus, SendMessagesResponse
from switchboard_core import BadRequestError, NotFoundError

from .conftest import base_url

pytestmark = pytest.mark.vcr

ONE = {"messages": [{"content": "My first message", "destination_number": "+61491570156"}]}
FUTURE = "2099-01-01T00:00:00.000Z"


def test_send_one_message_basic(client: MessageMediaMessagesClient) -> None:
    result = client.messages.create_send_messages(ONE)
    assert isinstance(result, SendMessagesResponse)
    [sent] = result.messages
    assert len(sent.message_id) == 36
    assert sent.status == MessageStatus.QUEUED
    assert sent.content == "My first message"
    assert sent.destination_number == "+61491570156"


def test_send_one_message_hmac(hmac_client: MessageMediaMessagesClient) -> None:
    [sent] = hmac_client.messages.create_send_messages(ONE).messages
    assert sent.status == "queued"


def test_send_invalid_number_is_400(client: MessageMediaMessagesClient) -> None:
    body = {
        "messages": [
            {"content": "hi", "destination_number": "+61491570156"},
            {"content": "x", "destination_number": "12"},
        ]
    }
    with pytest.raises(BadRequestException) as caught:
        client.messages.create_send_messages(body)
    error = caught.value
    assert isinstance(error, BadRequestError)
    assert error.status_code == error.response_code == 400
    assert error.json()["message"]
    assert b"destination_number" in error.body


def test_wrong_secret_is_401() -> None:
    wrong = MessageMediaMessagesClient("sandbox-key", "not-the-secret", base_url=base_url())
    with wrong, pytest.raises(AuthenticationException) as caught:
        wrong.messages.create_send_messages(ONE)
    assert caught.value.status_code == 401
    assert "not-the-secret" not in str(caught.value)


def test_invalid_account_is_403(client: MessageMediaMessagesClient) -> None:
    with pytest.raises(PermissionDeniedException) as caught:
        client.messages.create_send_messages(ONE, account_header="someone-else")
    assert caught.value.status_code == 403


def test_get_message_status(client: MessageMediaMessagesClient) -> None:
    [sent] = client.messages.create_send_messages(ONE).messages
    status = client.messages.get_message_status(sent.message_id)
    assert type(status) is dict  # 1.1.0 returned the decoded JSON (reference §4, §6)
    assert status["message_id"] == sent.message_id
    assert status["status"] == "delivered"


def test_get_message_status_unknown_is_404(client: MessageMediaMessagesClient) -> None:
    with pytest.raises(NotFoundException) as caught:
        client.messages.get_message_status("877c19ef-fa2e-4cec-827a-e1df9b5509f7")
    assert isinstance(caught.value, NotFoundError)
    assert caught.value.status_code == 404
    assert "GET" in str(caught.value)


def test_cancel_scheduled_message(hmac_client: MessageMediaMessagesClient) -> None:
    body = {"messages": [{"content": "later", "destination_number": "+61491570156", "scheduled": FUTURE}]}
    [sent] = hmac_client.messages.create_send_messages(body).messages
    assert sent.status == "scheduled"
    hmac_client.messages.update_cancel_scheduled_message(sent.message_id, {"status": "cancelled"})
    assert hmac_client.messages.get_message_status(sent.message_id)["status"] == "cancelled"


def test_cancel_message_that_is_not_scheduled_is_400(client: MessageMediaMessagesClient) -> None:
    [sent] = client.messages.create_send_messages(ONE).messages
    with pytest.raises(BadRequestException):
        client.messages.update_cancel_scheduled_message(sent.message_id)


def test_cancel_unknown_message_is_404(client: MessageMediaMessagesClient) -> None:
    with pytest.raises(NotFoundException):
        client.messages.cancel_scheduled_message("877c19ef-fa2e-4cec-827a-e1df9b5509f7")


def test_check_credits_remaining(client: MessageMediaMessagesClient) -> None:
    before = client.messages.check_credits_remaining().credits_
    client.messages.create_send_messages(ONE)
    after = client.messages.check_credits_remaining().credits_
    assert isinstance(before, int)
    assert after == before - 1

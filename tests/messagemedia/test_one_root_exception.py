"""1.1.0 users catch ``APIException``: every error a call raises is one (reference §4), typed classes kept."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from message_media_messages import AsyncMessageMediaMessagesClient, MessageMediaMessagesClient
from message_media_messages.exceptions import (
    APIException,
    ConnectionException,
    InvalidInputException,
    ResponseParseException,
    TimeoutException,
)
from switchboard_core import APIConnectionError, APITimeoutError, InvalidRequestError

ONE = {"messages": [{"content": "hi", "destination_number": "+61491570156"}]}
Handler = Callable[[httpx.Request], httpx.Response]


def refuse(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


def slow(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("timed out", request=request)


def never(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"nothing may be sent: {request.method} {request.url}")


def client(handler: Handler) -> MessageMediaMessagesClient:
    return MessageMediaMessagesClient("key", "secret", transport=httpx.MockTransport(handler), max_retries=0)


def test_a_refused_connection_is_an_api_exception() -> None:
    with pytest.raises(APIException) as caught:
        client(refuse).messages.get_message_status("m1")
    assert isinstance(caught.value, ConnectionException | APIConnectionError)
    assert caught.value.response_code is None


def test_a_timeout_is_an_api_exception() -> None:
    with pytest.raises(APIException) as caught:
        client(slow).messages.create_send_messages(ONE)
    assert isinstance(caught.value, TimeoutException | APITimeoutError)


def test_an_unparseable_answer_is_an_api_exception() -> None:
    def garbage(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text="<html>")

    with pytest.raises(APIException) as caught:
        client(garbage).delivery_reports.get_check_delivery_reports()
    assert isinstance(caught.value, ResponseParseException)
    assert caught.value.response_code == 200


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda c: c.messages.create_send_messages({"messages": [{"content": "x"}]}), "destination_number"),
        (lambda c: c.messages.send_in_batches(ONE, batch_size=0), "batch_size"),
        (lambda c: c.messages.get_message_status(""), "message_id"),
        (lambda c: c.messages.update_cancel_scheduled_message("m1", {"status": "sent"}), "status"),
        (lambda c: c.delivery_reports.create_confirm_delivery_reports_as_received("r1"), "body"),
        (lambda c: c.replies.poll(print, account_header=""), "account_header"),
    ],
    ids=["send", "batch-size", "status", "cancel", "confirm", "poll"],
)
def test_input_refused_before_sending_is_an_api_exception_and_a_value_error(
    call: Callable[[MessageMediaMessagesClient], Any], field: str
) -> None:
    with pytest.raises(APIException, match=field) as caught:
        call(client(never))
    assert isinstance(caught.value, InvalidInputException | InvalidRequestError | ValueError)


def test_async_calls_raise_the_same_classes() -> None:
    async def main() -> None:
        transport = httpx.MockTransport(refuse)
        async with AsyncMessageMediaMessagesClient("key", "secret", async_transport=transport, max_retries=0) as api:
            with pytest.raises(ConnectionException):
                await api.messages.check_credits_remaining()
            with pytest.raises(InvalidInputException):
                await api.messages.send_in_batches(ONE, batch_size=1000, concurrency=2)

    asyncio.run(main())

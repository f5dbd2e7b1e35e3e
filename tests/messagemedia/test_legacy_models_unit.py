"""1.1.0-style model code without a server (issue 13): models built empty and filled in attribute by attribute,
the wire body they give, and a missing or wrong field refused before anything is sent, naming it."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from message_media_messages import MessageMediaMessagesClient
from message_media_messages.exceptions import InvalidInputException
from message_media_messages.models.message import Message
from message_media_messages.models.send_messages_request import SendMessagesRequest

NUMBER = "+61491570156"
ANSWER = {"messages": [{"message_id": "04fe9a97-a579-43c5-bb1a-58ed29bf0a6a", "status": "queued"}]}


def _client(sent: list[httpx.Request]) -> MessageMediaMessagesClient:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        body = json.loads(request.content)
        return httpx.Response(202, json={"messages": [{**body["messages"][0], **ANSWER["messages"][0]}]})

    return MessageMediaMessagesClient("key", "secret", transport=httpx.MockTransport(answer), max_retries=0)


def test_a_message_built_empty_and_filled_in_is_sent_as_given() -> None:
    message: Any = Message()  # legacy code is untyped: it assigns dicts and strings
    message.content = "Hello"
    message.destination_number = NUMBER
    message.format = "SMS"
    message.metadata = {"ref": "42"}
    body = SendMessagesRequest()
    body.messages = [message]
    sent: list[httpx.Request] = []
    result = _client(sent).messages.create_send_messages(body)
    (request,) = sent
    assert json.loads(request.content) == {
        "messages": [{"content": "Hello", "destination_number": NUMBER, "format": "SMS", "metadata": {"ref": "42"}}]
    }
    assert result.messages[0]["message_id"] == ANSWER["messages"][0]["message_id"]


def test_keywords_still_work_and_an_unknown_one_is_a_type_error() -> None:
    message = Message(content="Hi", destination_number=NUMBER, format="SMS", delivery_report=True)
    assert message.to_dict() == {
        "content": "Hi",
        "destination_number": NUMBER,
        "format": "SMS",
        "delivery_report": True,
    }
    with pytest.raises(TypeError, match="colour"):
        Message(content="Hi", colour="red")  # type: ignore[call-arg]


def test_a_message_without_its_content_is_refused_before_sending_naming_the_field() -> None:
    message = Message()
    message.destination_number = NUMBER
    sent: list[httpx.Request] = []
    with pytest.raises(InvalidInputException, match="content"):
        _client(sent).messages.create_send_messages(SendMessagesRequest(messages=[message]))
    assert sent == []

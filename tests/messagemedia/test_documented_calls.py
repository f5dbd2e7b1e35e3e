"""The documented ways of calling MessageMedia, each exercised as a 1.1.0 user writes it (replayed).

The documentation builds its client from the module path ``message_media_messages.message_media_messages_client``
with positional credentials (a third positional ``True`` switches to HMAC), takes the three controllers from
attributes of the client, and passes request bodies as plain dicts parsed from JSON. Nothing here passes
``base_url=``: the documented constructor has no such argument, so the sandbox comes from ``MESSAGEMEDIA_BASE_URL``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from message_media_messages.message_media_messages_client import MessageMediaMessagesClient
from message_media_messages.models import (
    CheckDeliveryReportsResponse,
    CheckRepliesResponse,
    SendMessagesResponse,
)
from message_media_messages.models.cancel_scheduled_message_request import CancelScheduledMessageRequest

from .conftest import Sandbox, base_url, credentials

pytestmark = [pytest.mark.vcr, pytest.mark.sandbox_only]

TWO_MESSAGES = json.dumps(
    {
        "messages": [
            {
                "callback_url": "https://callbacks.example.org/messagemedia",
                "content": "Switchboard says hello",
                "destination_number": "+61491570110",
                "delivery_report": True,
                "format": "SMS",
                "message_expiry_timestamp": "2099-06-30T08:00:00.000Z",
                "metadata": {"order": "A-100", "channel": "docs"},
                "source_number": "+61491570111",
                "source_number_type": "INTERNATIONAL",
            },
            {
                "content": "Switchboard reminder for tomorrow",
                "destination_number": "+61491570112",
                "delivery_report": True,
                "format": "SMS",
                "scheduled": "2099-06-30T09:00:00.000Z",
                "source_number": "+61491570113",
                "source_number_type": "INTERNATIONAL",
            },
        ]
    }
)
"""A message to send now and one scheduled for later, with every field the documentation's body shows."""


@pytest.fixture
def clients(monkeypatch: pytest.MonkeyPatch, sandbox: Sandbox) -> Iterator[list[MessageMediaMessagesClient]]:
    """The two documented constructions: Basic (two positional arguments) and HMAC (a third, ``True``)."""
    monkeypatch.setenv("MESSAGEMEDIA_BASE_URL", base_url())
    key, secret = credentials()
    with MessageMediaMessagesClient(key, secret) as basic, MessageMediaMessagesClient(key, secret, True) as hmac:
        yield [basic, hmac]


def test_the_positional_third_argument_switches_to_hmac(clients: list[MessageMediaMessagesClient]) -> None:
    basic, hmac = clients
    assert "auth=MessageMediaHmacAuth" in repr(hmac)
    assert "auth=MessageMediaHmacAuth" not in repr(basic)


def test_send_check_status_and_cancel_a_scheduled_message(clients: list[MessageMediaMessagesClient]) -> None:
    for client in clients:
        messages_client = client.messages
        result = messages_client.create_send_messages(json.loads(TWO_MESSAGES))
        assert isinstance(result, SendMessagesResponse)
        now, later = result.messages
        assert (now.status, later.status) == ("queued", "scheduled")
        assert now["metadata"]["order"] == "A-100"

        status = messages_client.get_message_status(later.message_id)
        assert type(status) is dict  # 1.1.0 returned the decoded JSON (reference §4)
        assert status["status"] == "scheduled"

        body = CancelScheduledMessageRequest()
        cancelled = messages_client.update_cancel_scheduled_message(later.message_id, body)
        assert type(cancelled) is dict
        assert messages_client.get_message_status(later.message_id)["status"] == "cancelled"


def test_check_and_confirm_delivery_reports(clients: list[MessageMediaMessagesClient]) -> None:
    basic, hmac = clients
    sent = basic.messages.create_send_messages(json.loads(TWO_MESSAGES)).messages
    delivery_reports_client = hmac.delivery_reports
    result = delivery_reports_client.get_check_delivery_reports()
    assert isinstance(result, CheckDeliveryReportsResponse)
    [report] = result.delivery_reports  # the scheduled message has not been delivered yet
    assert report.message_id == sent[0].message_id
    confirm = json.dumps({"delivery_report_ids": [report.delivery_report_id]})
    confirmed = delivery_reports_client.create_confirm_delivery_reports_as_received(json.loads(confirm))
    assert type(confirmed) is dict  # 1.1.0 returned the decoded JSON (reference §4)
    assert delivery_reports_client.get_check_delivery_reports().delivery_reports == []


def test_check_and_confirm_replies(clients: list[MessageMediaMessagesClient], sandbox: Sandbox) -> None:
    basic, hmac = clients
    first = basic.messages.create_send_messages(json.loads(TWO_MESSAGES)).messages[0]
    sandbox.inject_reply(first.message_id, "See you there")
    replies_client = hmac.replies
    result = replies_client.get_check_replies()
    assert isinstance(result, CheckRepliesResponse)
    [reply] = result.replies
    assert (reply.message_id, reply.content) == (first.message_id, "See you there")
    confirm = json.dumps({"reply_ids": [reply.reply_id]})
    assert type(replies_client.create_confirm_replies_as_received(json.loads(confirm))) is dict
    assert replies_client.get_check_replies().replies == []

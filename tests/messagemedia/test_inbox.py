"""Delivery reports and replies: check, confirm, and the loss-free polling helper (sync and async)."""

from __future__ import annotations

import pytest

from message_media_messages import AsyncMessageMediaMessagesClient, MessageMediaMessagesClient
from message_media_messages.models import DeliveryReport, Reply

from .conftest import Sandbox

pytestmark = [pytest.mark.vcr, pytest.mark.sandbox_only]


def _message_id(item: DeliveryReport | Reply) -> str:
    assert isinstance(item.message_id, str)
    return item.message_id


def _send(client: MessageMediaMessagesClient, count: int, *, report: bool = True) -> list[str]:
    body = {
        "messages": [
            {
                "content": f"m{i}",
                "destination_number": "+61491570156",
                "delivery_report": report,
                "metadata": {"n": str(i)},
            }
            for i in range(count)
        ]
    }
    return [m.message_id for m in client.messages.create_send_messages(body).messages]


def test_delivery_report_appears_then_disappears_once_confirmed(
    client: MessageMediaMessagesClient, sandbox: Sandbox
) -> None:
    [message_id] = _send(client, 1)
    _send(client, 1, report=False)  # no report asked for: none appears
    [report] = client.delivery_reports.get_check_delivery_reports().delivery_reports
    assert report.message_id == message_id
    assert report.source_number == "+61491570156"  # inverted, as the API documents
    assert report["metadata"]["n"] == "0"
    client.delivery_reports.create_confirm_delivery_reports_as_received(
        {"delivery_report_ids": [report.delivery_report_id]}
    )
    assert client.delivery_reports.get_check_delivery_reports().delivery_reports == []


def test_replies_check_and_confirm(hmac_client: MessageMediaMessagesClient, sandbox: Sandbox) -> None:
    [message_id] = _send(hmac_client, 1, report=False)
    sandbox.inject_reply(message_id, "yes please")
    [reply] = hmac_client.replies.get_check_replies().replies
    assert reply.message_id == message_id
    assert reply.content == "yes please"
    assert reply.source_number == "+61491570156"
    hmac_client.replies.create_confirm_replies_as_received([reply.reply_id])
    assert hmac_client.replies.check_replies().replies == []


def test_poll_confirms_only_what_the_handler_processed(client: MessageMediaMessagesClient, sandbox: Sandbox) -> None:
    sent = _send(client, 3)
    seen: list[str] = []

    def flaky(report: DeliveryReport) -> None:
        if report.message_id == sent[1]:
            raise RuntimeError("database down")
        seen.append(_message_id(report))

    with pytest.raises(RuntimeError, match="database down"):
        client.delivery_reports.poll(flaky)
    assert seen == [sent[0]]
    left = [r.message_id for r in client.delivery_reports.get_check_delivery_reports().delivery_reports]
    assert left == sent[1:]  # the failed one and the rest stay for the next poll

    assert client.delivery_reports.poll(lambda report: seen.append(_message_id(report))) == 2
    assert seen == sent
    assert client.delivery_reports.get_check_delivery_reports().delivery_reports == []


def test_poll_replies_drains_and_returns_count(client: MessageMediaMessagesClient, sandbox: Sandbox) -> None:
    sent = _send(client, 2, report=False)
    for message_id in sent:
        sandbox.inject_reply(message_id, f"reply to {message_id}")
    handled: list[Reply] = []
    assert client.replies.poll(handled.append) == 2
    assert [r.message_id for r in handled] == sent
    assert client.replies.poll(handled.append) == 0


async def test_async_poll_with_async_handler(async_client: AsyncMessageMediaMessagesClient, sandbox: Sandbox) -> None:
    body = {"messages": [{"content": "a", "destination_number": "+61491570156", "delivery_report": True}] * 2}
    sent = [m.message_id for m in (await async_client.messages.create_send_messages(body)).messages]
    seen: list[str] = []

    async def handler(report: DeliveryReport) -> None:
        if len(seen) == 1:
            raise ValueError("stop")
        seen.append(_message_id(report))

    with pytest.raises(ValueError, match="stop"):
        await async_client.delivery_reports.poll(handler)
    [left] = (await async_client.delivery_reports.get_check_delivery_reports()).delivery_reports
    assert left.message_id == sent[1]
    assert await async_client.delivery_reports.poll(lambda r: seen.append(_message_id(r))) == 1
    assert seen == sent

    [message_id] = sent[:1]
    sandbox.inject_reply(message_id, "async reply")
    [reply] = (await async_client.replies.get_check_replies()).replies
    await async_client.replies.create_confirm_replies_as_received({"reply_ids": [reply.reply_id]})
    assert (await async_client.replies.get_check_replies()).replies == []

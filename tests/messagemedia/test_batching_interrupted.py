"""A large send that is cancelled or hits an unexpected error still tells the caller which batches the server
accepted (on a MockTransport: the interruption has to land between two answers)."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from message_media_messages import (
    AsyncMessageMediaMessagesClient,
    MessageMediaMessagesClient,
    SendBatchError,
)


def _body(count: int) -> dict[str, list[dict[str, str]]]:
    return {"messages": [{"content": f"m{i}", "destination_number": f"+6149157{i:04d}"} for i in range(count)]}


def _accepted(request: httpx.Request) -> httpx.Response:
    messages = json.loads(request.content)["messages"]
    sent = [{**m, "message_id": f"{m['content']:0>36}", "status": "queued"} for m in messages]
    return httpx.Response(202, json={"messages": sent})


async def test_cancelling_a_batched_send_keeps_the_accepted_batches() -> None:
    third_sent, never = asyncio.Event(), asyncio.Event()

    async def server(request: httpx.Request) -> httpx.Response:
        if json.loads(request.content)["messages"][0]["content"] == "m200":
            third_sent.set()
            await never.wait()  # the third batch is on the wire when the caller gives up
        return _accepted(request)

    client = AsyncMessageMediaMessagesClient("k", "s", async_transport=httpx.MockTransport(server))
    async with client:
        send = asyncio.create_task(client.messages.create_send_messages(_body(250), concurrency=1))
        await third_sent.wait()
        send.cancel()
        with pytest.raises(asyncio.CancelledError) as caught:
            await send
    report = caught.value.__cause__
    assert isinstance(report, SendBatchError)
    assert [(o.start, o.ok) for o in report.outcomes] == [(0, True), (100, True), (200, False)]
    assert [m.content for m in report.sent] == [f"m{i}" for i in range(200)]
    assert "interrupted" in str(report.failed[0].error)
    assert len(report.failed[0].messages) == 50  # what to check before sending again


def test_an_unexpected_error_mid_send_is_raised_with_every_outcome() -> None:
    def server(request: httpx.Request) -> httpx.Response:
        if json.loads(request.content)["messages"][0]["content"] == "m100":
            raise RuntimeError("a bug in a transport")
        return _accepted(request)

    client = MessageMediaMessagesClient("k", "s", transport=httpx.MockTransport(server))
    with client, pytest.raises(SendBatchError) as caught:
        client.messages.send_in_batches(_body(230))
    assert isinstance(caught.value.__cause__, RuntimeError)
    assert [o.ok for o in caught.value.outcomes] == [True, False, False]
    assert len(caught.value.sent) == 100

"""More than 100 messages: split into requests of at most 100, every batch's outcome kept."""

from __future__ import annotations

import pytest

from message_media_messages import (
    AsyncMessageMediaMessagesClient,
    MessageMediaMessagesClient,
    SendBatchError,
    ServerErrorException,
)

from .conftest import Sandbox

pytestmark = [pytest.mark.vcr, pytest.mark.sandbox_only]


def _messages(count: int) -> dict[str, list[dict[str, str]]]:
    return {"messages": [{"content": f"bulk {i}", "destination_number": f"+6149157{i:04d}"} for i in range(count)]}


def test_250_messages_go_in_three_requests(client: MessageMediaMessagesClient, sandbox: Sandbox) -> None:
    outcomes = client.messages.send_in_batches(_messages(250))
    assert [(o.start, len(o.messages), o.ok) for o in outcomes] == [(0, 100, True), (100, 100, True), (200, 50, True)]
    result = client.messages.create_send_messages(_messages(250))
    assert [m.content for m in result.messages] == [f"bulk {i}" for i in range(250)]
    assert len({m.message_id for m in result.messages}) == 250


def test_a_failed_batch_hides_nothing(client: MessageMediaMessagesClient, sandbox: Sandbox) -> None:
    sandbox.fail_next(503, times=1)  # the first batch's POST fails and is not re-sent (not idempotent)
    with pytest.raises(SendBatchError) as caught:
        client.messages.create_send_messages(_messages(230))
    error = caught.value
    assert [o.ok for o in error.outcomes] == [False, True, True]
    [failed] = error.failed
    assert isinstance(failed.error, ServerErrorException)
    assert failed.error.status_code == 503
    assert failed.start == 0
    assert len(failed.messages) == 100
    assert [m.content for m in error.sent] == [f"bulk {i}" for i in range(100, 230)]
    assert "1 of 3 batches failed, 130 messages were sent" in str(error)


async def test_async_batches_run_concurrently_and_keep_order(
    async_client: AsyncMessageMediaMessagesClient, sandbox: Sandbox
) -> None:
    outcomes = await async_client.messages.send_in_batches(_messages(300), batch_size=100, concurrency=3)
    assert [o.index for o in outcomes] == [0, 1, 2]
    assert all(o.ok for o in outcomes)
    result = await async_client.messages.create_send_messages(_messages(120))
    assert [m.content for m in result.messages] == [f"bulk {i}" for i in range(120)]

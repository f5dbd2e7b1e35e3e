"""Retries against the sandbox: idempotent reads are retried through 503s, sends are never re-sent."""

from __future__ import annotations

import logging

import pytest

from message_media_messages import MessageMediaMessagesClient, ServerErrorException

from .conftest import Sandbox

pytestmark = [pytest.mark.vcr, pytest.mark.sandbox_only]

ONE = {"messages": [{"content": "retry me", "destination_number": "+61491570156"}]}


def _retries(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage() for r in caplog.records if r.name == "switchboard.messagemedia" and "retrying" in r.getMessage()
    ]


def test_get_is_retried_through_two_503s(
    client: MessageMediaMessagesClient, sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    [sent] = client.messages.create_send_messages(ONE).messages
    sandbox.fail_next(503, times=2, retry_after=0)
    with caplog.at_level(logging.INFO, logger="switchboard"):
        status = client.messages.get_message_status(sent.message_id)
    assert status["message_id"] == sent.message_id
    assert len(_retries(caplog)) == 2


def test_send_is_not_resent_after_a_503(
    client: MessageMediaMessagesClient, sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    sandbox.fail_next(503, times=1, retry_after=0)
    with caplog.at_level(logging.INFO, logger="switchboard"), pytest.raises(ServerErrorException) as caught:
        client.messages.create_send_messages(ONE)
    assert caught.value.status_code == 503
    assert _retries(caplog) == []


def test_html_502_is_a_typed_error_with_the_body(client: MessageMediaMessagesClient, sandbox: Sandbox) -> None:
    sandbox.fail_next(502, times=1, html=True)
    with pytest.raises(ServerErrorException) as caught:
        client.messages.check_credits_remaining(max_retries=0)
    assert caught.value.status_code == 502
    assert caught.value.body.lstrip().lower().startswith(b"<")
    assert caught.value.json() is None

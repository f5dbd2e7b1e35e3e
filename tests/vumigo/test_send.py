"""The conversation HTTP API through HttpApiSender (sync and async): messages, opt-outs, metrics, errors."""

from __future__ import annotations

import pytest

from go_http import AsyncHttpApiSender, HttpApiSender
from go_http.exceptions import AuthenticationException, NotFoundException, UserOptedOutException
from go_http.metrics import MetricsApiClient
from go_http.optouts import OptOutsApiClient
from switchboard_core import BadRequestError

from .conftest import ACCOUNT, CONVERSATION, CONVERSATION_TOKEN, sender_url

pytestmark = pytest.mark.vcr


def test_send_text(sender: HttpApiSender) -> None:
    sent = sender.send_text("+27830000301", "Hello!")
    assert sent["to_addr"] == "+27830000301"
    assert sent["content"] == "Hello!"
    assert sent["session_event"] is None
    assert len(sent["message_id"]) == 32


def test_send_text_with_session_event(sender: HttpApiSender) -> None:
    assert sender.send_text("+27830000302", "Bye", session_event="close")["session_event"] == "close"


def test_send_voice(sender: HttpApiSender) -> None:
    sent = sender.send_voice("+27830000303", "Press 1", speech_url="http://example.com/voice.ogg", wait_for="#")
    assert sent["helper_metadata"]["voice"] == {"speech_url": "http://example.com/voice.ogg", "wait_for": "#"}
    plain = sender.send_voice("+27830000303", "Text to speech", session_event="new")
    assert "voice" not in plain["helper_metadata"]
    assert plain["session_event"] == "new"


def test_sending_to_an_opted_out_address_raises(sender: HttpApiSender, optouts_api: OptOutsApiClient) -> None:
    optouts_api.set_optout("msisdn", "+27830000304")
    with pytest.raises(UserOptedOutException) as caught:
        sender.send_text("+27830000304", "foo")
    error = caught.value
    assert (error.to_addr, error.message) == ("+27830000304", "foo")
    assert error.reason == "Recipient with msisdn +27830000304 has opted out"
    assert str(error) == error.reason
    assert isinstance(error, BadRequestError)
    assert error.status_code == 400
    with pytest.raises(UserOptedOutException):
        sender.send_voice("+27830000304", "foo", speech_url="http://example.com/v.ogg")


def test_fire_metric_and_read_it_back(sender: HttpApiSender, metrics_api: MetricsApiClient) -> None:
    assert sender.fire_metric("registrations", 5) == {"success": True, "reason": "Metrics published"}
    assert sender.fire_metric("registrations", 5.5, agg="max")["success"] is True
    name = f"conversations.{CONVERSATION}.registrations.last"
    assert metrics_api.get_metric(name, "-1d", "1d", "omit")[name][-1]["y"] == 5.0


def test_wrong_conversation_token_is_401() -> None:
    with HttpApiSender(ACCOUNT, CONVERSATION, "wrong-token", sender_url()) as wrong:
        with pytest.raises(AuthenticationException) as caught:
            wrong.send_text("+27830000305", "hi")
        assert caught.value.json() == {
            "success": False,
            "reason": "Unauthorized: unknown account key or conversation token",
        }
        with pytest.raises(AuthenticationException):
            wrong.fire_metric("m", 1)


def test_unknown_conversation_is_404() -> None:
    with HttpApiSender(ACCOUNT, "no-such-conversation", CONVERSATION_TOKEN, sender_url()) as other:
        with pytest.raises(NotFoundException):
            other.send_text("+27830000306", "hi")
        with pytest.raises(NotFoundException):
            other.fire_metric("m", 1)


async def test_async_sender(async_sender: AsyncHttpApiSender, optouts_api: OptOutsApiClient) -> None:
    sent = await async_sender.send_text("+27830000307", "async hello", session_event="new")
    assert sent["content"] == "async hello"
    voice = await async_sender.send_voice("+27830000307", "x", wait_for="*")
    assert voice["helper_metadata"]["voice"] == {"wait_for": "*"}
    assert (await async_sender.fire_metric("async", 1.5, "sum"))["success"] is True
    optouts_api.set_optout("msisdn", "+27830000308")
    with pytest.raises(UserOptedOutException):
        await async_sender.send_text("+27830000308", "blocked")

"""The facade on a MockTransport: input checks before sending, exact wire format, typed errors, redaction."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest

from message_media_messages import (
    APIConnectionError,
    APITimeoutError,
    AsyncMessageMediaMessagesClient,
    InvalidRequestError,
    MessageMediaMessagesClient,
    ResponseParseException,
    ServerErrorException,
)
from message_media_messages.exceptions import AuthenticationException, RateLimitException
from message_media_messages.models import MessageStatus, NewMessage, SendMessagesRequest
from switchboard_core.auth import hmac_signature

KEY, SECRET = "unit-key-1234", "unit-secret-5678"
ONE = {"messages": [{"content": "hi", "destination_number": "+61491570156"}]}
SENT = {
    "messages": [{"content": "hi", "destination_number": "+61491570156", "message_id": "m" * 36, "status": "queued"}]
}

Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    def __init__(self, *responses: httpx.Response | Exception) -> None:
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        item = self.responses.pop(0) if len(self.responses) > 1 else self.responses[0]
        if isinstance(item, Exception):
            raise item
        return item


def make(recorder: Recorder, *args: Any, **kwargs: Any) -> MessageMediaMessagesClient:
    return MessageMediaMessagesClient(KEY, SECRET, *args, transport=httpx.MockTransport(recorder), **kwargs)


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ({}, "'messages' is required"),
        ({"messages": []}, "at least one message"),
        ({"messages": "nope"}, "must be a list"),
        ({"messages": [{"destination_number": "+61491570156"}]}, "content: is required"),
        ({"messages": [{"content": "", "destination_number": "+6149"}]}, "must not be empty"),
        ({"messages": [{"content": "x" * 5001, "destination_number": "+6149"}]}, "at most 5000"),
        ({"messages": [{"content": "x", "destination_number": 61491570156}]}, "must be a string"),
        ({"messages": [{"content": "x", "destination_number": "+6149", "format": "FAX"}]}, "one of MMS, SMS, TTS"),
        ({"messages": [{"content": "x", "destination_number": "+6149", "delivery_report": "yes"}]}, "true or false"),
        ({"messages": [{"content": "x", "destination_number": "+6149", "scheduled": "tomorrow"}]}, "not an ISO 8601"),
        ({"messages": [{"content": "x", "destination_number": "+6149", "scheduled": datetime(2030, 1, 1)}]}, "aware"),
        (
            {
                "messages": [
                    {"content": "x", "destination_number": "+6149", "metadata": {str(i): "v" for i in range(11)}}
                ]
            },
            "10",
        ),
        ({"messages": [{"content": "x", "destination_number": "+6149", "metadata": {"k": 1}}]}, "must be a string"),
        ({"messages": [{"content": "x", "destination_number": "+6149", "media": "http://x"}]}, "list of URLs"),
        ("not a body", "must be a list"),
    ],
)
def test_bad_send_bodies_raise_before_sending(body: object, problem: str) -> None:
    recorder = Recorder(httpx.Response(202, json=SENT))
    with pytest.raises(InvalidRequestError, match=problem):
        make(recorder).messages.create_send_messages(body)
    assert recorder.requests == []


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.messages.get_message_status(""),
        lambda c: c.messages.get_message_status(None),
        lambda c: c.messages.update_cancel_scheduled_message("id", {"status": "sent"}),
        lambda c: c.delivery_reports.create_confirm_delivery_reports_as_received({"delivery_report_ids": []}),
        lambda c: c.delivery_reports.create_confirm_delivery_reports_as_received({"ids": ["a"]}),
        lambda c: c.replies.create_confirm_replies_as_received([str(i) for i in range(101)]),
        lambda c: c.replies.create_confirm_replies_as_received("abc"),
        lambda c: c.messages.send_in_batches(ONE, batch_size=101),
        lambda c: c.messages.check_credits_remaining(account_header=""),
        lambda c: c.messages.check_credits_remaining(timeout=-1),
        lambda c: c.messages.check_credits_remaining(max_retries=-1),
    ],
)
def test_other_bad_input_raises_before_sending(call: Callable[[MessageMediaMessagesClient], object]) -> None:
    recorder = Recorder(httpx.Response(200, json={}))
    with pytest.raises(InvalidRequestError):
        call(make(recorder))
    assert recorder.requests == []


def test_missing_credentials_send_the_placeholder_as_1_1_0_did(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MESSAGEMEDIA_API_KEY", raising=False)
    monkeypatch.delenv("MESSAGEMEDIA_API_SECRET", raising=False)
    recorder = Recorder(httpx.Response(401, json={"message": "Unauthenticated"}))
    client = MessageMediaMessagesClient(transport=httpx.MockTransport(recorder))
    with client, pytest.raises(AuthenticationException):
        client.messages.get_message_status("877c19ef-fa2e-4cec-827a-e1df9b5509f7")
    placeholder = base64.b64encode(b"TODO: Replace:TODO: Replace").decode()
    assert recorder.requests[0].headers["authorization"] == f"Basic {placeholder}"


def test_credentials_and_base_url_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MESSAGEMEDIA_API_KEY", KEY)
    monkeypatch.setenv("MESSAGEMEDIA_API_SECRET", SECRET)
    monkeypatch.setenv("MESSAGEMEDIA_BASE_URL", "http://127.0.0.1:1")
    assert MessageMediaMessagesClient().base_url == "http://127.0.0.1:1"
    monkeypatch.delenv("MESSAGEMEDIA_BASE_URL")
    assert MessageMediaMessagesClient().base_url == "https://api.messagemedia.com"


def test_dict_bodies_go_on_the_wire_as_1_1_0_wrote_them() -> None:
    recorder = Recorder(httpx.Response(202, json=SENT))
    message = {
        "scheduled": "2016-11-03T11:49:02.807Z",
        "content": "hi",
        "destination_number": "+61491570156",
        "callback_url": None,
        "metadata": {"key1": "value1"},
    }
    make(recorder).messages.create_send_messages({"messages": [message]})
    [request] = recorder.requests
    assert request.method == "POST"
    assert request.url == "https://api.messagemedia.com/v1/messages"
    sent = json.loads(request.content)
    assert sent == {"messages": [{k: v for k, v in message.items() if v is not None}]}
    assert request.content == (  # 1.1.0's text: sorted keys, ", " / ": " separators (reference §2, §7 A)
        b'{"messages": [{"content": "hi", "destination_number": "+61491570156", "metadata": {"key1": "value1"}, '
        b'"scheduled": "2016-11-03T11:49:02.807Z"}]}'
    )
    assert request.headers["content-type"] == "application/json; charset=utf-8"
    assert request.headers["authorization"].startswith("Basic ")
    assert request.headers["accept"] == "application/json"


def test_models_and_datetimes_are_accepted() -> None:
    recorder = Recorder(httpx.Response(202, json=SENT))
    when = datetime(2030, 1, 2, 13, 4, 5, 678000, tzinfo=timezone(timedelta(hours=2)))
    client = make(recorder)
    client.messages.create_send_messages([{"content": "hi", "destination_number": "+61491570156", "scheduled": when}])
    client.messages.create_send_messages(
        SendMessagesRequest(messages=[NewMessage(content="m", destination_number="+1")])
    )
    first, second = (json.loads(r.content)["messages"][0] for r in recorder.requests)
    assert first["scheduled"] == "2030-01-02T11:04:05.678Z"
    assert second == {"content": "m", "destination_number": "+1"}


def test_cancel_is_a_put_and_hmac_signs_the_real_method_and_path() -> None:
    recorder = Recorder(httpx.Response(200, json={"message_id": "abc", "status": "cancelled"}))
    result = make(recorder, True).messages.update_cancel_scheduled_message("877c19ef-fa2e-4cec-827a-e1df9b5509f7")
    [request] = recorder.requests
    assert request.method == "PUT"
    assert request.url.path == "/v1/messages/877c19ef-fa2e-4cec-827a-e1df9b5509f7"
    assert json.loads(request.content) == {"status": "cancelled"}
    md5 = request.headers["x-Content-MD5"]
    expected = hmac_signature(SECRET, request.headers["date"], "PUT", request.url.path, md5)
    assert f'signature="{expected}"' in request.headers["authorization"]
    assert result["status"] == "cancelled"


def test_truncated_json_is_a_parse_error_with_the_body() -> None:
    recorder = Recorder(httpx.Response(202, content=b'{"messages": [{"message_id": "x', headers={"X-Trace": "1"}))
    with pytest.raises(ResponseParseException) as caught:
        make(recorder).messages.create_send_messages(ONE)
    error = caught.value
    assert error.status_code == 202
    assert error.body == b'{"messages": [{"message_id": "x'
    assert error.headers["x-trace"] == "1"
    assert error.__cause__ is not None


def test_missing_required_field_is_a_parse_error_not_keyerror() -> None:
    recorder = Recorder(httpx.Response(202, json={"unexpected": True}))
    with pytest.raises(ResponseParseException):
        make(recorder).messages.create_send_messages(ONE)


def test_undocumented_success_status_and_unknown_enum_still_parse() -> None:
    body = {"message_id": "abc", "status": "teleported", "content": "hi"}
    recorder = Recorder(httpx.Response(201, json=body))
    status = make(recorder).messages.get_message_status("abc")
    assert status == body  # the decoded JSON as it came, as 1.1.0 returned it; enums stay open
    assert MessageStatus("queued") is MessageStatus.QUEUED


def test_html_502_after_retries_is_typed() -> None:
    recorder = Recorder(httpx.Response(502, text="<html><body>Bad gateway</body></html>"))
    with pytest.raises(ServerErrorException) as caught:
        make(recorder, max_retries=0).messages.get_message_status("abc")
    assert caught.value.status_code == 502
    assert caught.value.json() is None
    assert len(recorder.requests) == 1


def test_429_carries_the_reset_time() -> None:
    recorder = Recorder(httpx.Response(429, headers={"Retry-After": "3600"}, json={"message": "slow down"}))
    with pytest.raises(RateLimitException) as caught:
        make(recorder).messages.get_message_status("abc")
    assert caught.value.retry_after == 3600
    assert caught.value.reset_at is not None
    assert caught.value.reset_at > datetime.now(UTC)
    assert len(recorder.requests) == 1  # an hour is longer than the client waits: raised at once


def test_connection_errors_and_timeouts_are_typed() -> None:
    refused = Recorder(httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError):
        make(refused, max_retries=0).messages.get_message_status("abc")
    slow = Recorder(httpx.ReadTimeout("slow"))
    with pytest.raises(APITimeoutError):
        make(slow, max_retries=0).messages.check_credits_remaining()


def test_get_is_retried_and_post_is_not() -> None:
    flaky = Recorder(httpx.Response(503, headers={"Retry-After": "0"}), httpx.Response(200, json={"credits": 5}))
    assert make(flaky).messages.check_credits_remaining()["credits"] == 5
    assert len(flaky.requests) == 2
    failing = Recorder(httpx.Response(503, headers={"Retry-After": "0"}))
    with pytest.raises(ServerErrorException):
        make(failing).messages.create_send_messages(ONE)
    assert len(failing.requests) == 1


def test_per_call_and_per_client_options() -> None:
    recorder = Recorder(httpx.Response(503, headers={"Retry-After": "0"}))
    client = make(recorder, timeout=12.0)
    with pytest.raises(ServerErrorException):
        client.messages.check_credits_remaining(max_retries=0, timeout=3.0)
    assert len(recorder.requests) == 1
    assert recorder.requests[0].extensions["timeout"]["read"] == 3.0
    with pytest.raises(ServerErrorException):
        client.with_options(max_retries=1).messages.check_credits_remaining()
    assert len(recorder.requests) == 3
    assert recorder.requests[-1].extensions["timeout"]["read"] == 12.0


def test_default_timeout_is_set() -> None:
    recorder = Recorder(httpx.Response(200, json={"credits": 1}))
    make(recorder).messages.check_credits_remaining()
    timeout = recorder.requests[0].extensions["timeout"]
    assert timeout["connect"] == 5.0
    assert timeout["read"] == 30.0


def test_no_secret_in_reprs_or_errors() -> None:
    recorder = Recorder(httpx.Response(401, json={"message": "Unauthorized"}))
    for hmac in (False, True):
        client = make(recorder, hmac)
        assert KEY not in repr(client)
        assert SECRET not in repr(client)
        with pytest.raises(Exception) as caught:
            client.messages.check_credits_remaining()
        assert SECRET not in str(caught.value)
        assert SECRET not in repr(caught.value)


def test_seed_and_2x_method_names_exist() -> None:
    client = make(Recorder(httpx.Response(200, json={})))
    assert client.messages.send_messages == client.messages.create_send_messages
    assert client.delivery_reports.check_delivery_reports == client.delivery_reports.get_check_delivery_reports
    assert client.replies.confirm_replies_as_received == client.replies.create_confirm_replies_as_received


async def test_async_client_on_a_mock_transport() -> None:
    recorder = Recorder(httpx.Response(202, json=SENT))
    async with AsyncMessageMediaMessagesClient(KEY, SECRET, async_transport=httpx.MockTransport(recorder)) as client:
        with pytest.raises(InvalidRequestError):
            await client.messages.create_send_messages({"messages": []})
        result = await client.messages.create_send_messages(ONE)
    assert result.messages[0].status == "queued"
    assert len(recorder.requests) == 1


def test_hmac_body_md5_is_the_references_vector() -> None:
    """The seed's first send, signed: the body bytes and so ``x-Content-MD5`` are 1.1.0's (reference §3.2)."""
    recorder = Recorder(httpx.Response(202, json=SENT))
    client = MessageMediaMessagesClient(KEY, SECRET, True, transport=httpx.MockTransport(recorder))
    with client:
        client.messages.create_send_messages(
            {"messages": [{"destination_number": "+61491570156", "content": "My first message"}]}
        )
    assert recorder.requests[0].headers["x-Content-MD5"] == "11c8441db1423dfa81b24085a71e6de3"

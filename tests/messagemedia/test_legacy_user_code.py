# mypy: disable-error-code="assignment,list-item,index"
# (1.x-era user code is untyped: it assigns plain values to model fields the typed models annotate narrowly)
"""Code a team wrote against messagemedia-messages-sdk 1.1.0, run unchanged on this package (replayed).

The cases read as such code does: the positional constructor, ``Configuration`` class settings, request models
filled in attribute by attribute with plain strings, dicts and lists, results read as attributes or as dict
keys, one ``APIException`` caught for everything. Each asserts what went on the wire (from the cassette) and
the type and content of what came back.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest

from message_media_messages.configuration import Configuration
from message_media_messages.exceptions.api_exception import APIException
from message_media_messages.message_media_messages_client import MessageMediaMessagesClient
from message_media_messages.models.cancel_scheduled_message_request import CancelScheduledMessageRequest
from message_media_messages.models.confirm_delivery_reports_as_received_request import (
    ConfirmDeliveryReportsAsReceivedRequest,
)
from message_media_messages.models.confirm_replies_as_received_request import ConfirmRepliesAsReceivedRequest
from message_media_messages.models.message import Message
from message_media_messages.models.send_messages_request import SendMessagesRequest
from switchboard_core import InvalidRequestError

from .conftest import Sandbox, base_url, credentials

pytestmark = [pytest.mark.vcr, pytest.mark.sandbox_only]

NUMBER = "+61491570156"
LATER = "2099-01-01T00:00:00.000Z"


@pytest.fixture
def client() -> Iterator[MessageMediaMessagesClient]:
    key, secret = credentials()
    with MessageMediaMessagesClient(key, secret, base_url=base_url()) as made:
        yield made


@pytest.fixture
def class_settings() -> Iterator[type[Configuration]]:
    """1.1.0's global settings, put back afterwards."""
    saved = dict(vars(Configuration))
    yield Configuration
    for name in ("base_uri", "basic_auth_user_name", "basic_auth_password", "hmac_auth_user_name"):
        setattr(Configuration, name, saved[name])
    Configuration.hmac_auth_password = saved["hmac_auth_password"]


def sent(cassette: Any, method: str, path: str) -> Any:
    """The last request of ``method path`` in the cassette (what the client put on the wire)."""
    found = [r for r in cassette.requests if r.method == method and urlsplit(r.uri).path == path]
    assert found, f"no {method} {path} on the wire"
    return found[-1]


def body(request: Any) -> Any:
    return json.loads(request.body)


def headers(request: Any) -> dict[str, str]:
    return {k.lower(): (v[0] if isinstance(v, list) else v) for k, v in request.headers.items()}


def test_send_a_dict_body_and_read_the_ids(vcr: Any, client: MessageMediaMessagesClient, sandbox: Sandbox) -> None:
    result = client.messages.create_send_messages({"messages": [{"content": "Hi", "destination_number": NUMBER}]})
    wire = sent(vcr, "POST", "/v1/messages")
    assert body(wire) == {"messages": [{"content": "Hi", "destination_number": NUMBER}]}
    assert headers(wire)["user-agent"] == "messagemedia-messages-python-sdk-1.1.0"
    assert headers(wire)["content-type"] == "application/json; charset=utf-8"
    assert wire.body == b'{"messages": [{"content": "Hi", "destination_number": "+61491570156"}]}'
    assert type(result).__name__ == "SendMessagesResponse"
    assert len(result.messages[0].message_id) == 36
    assert result.messages[0]["status"] == "queued"


def test_request_model_filled_in_after_construction(
    vcr: Any, client: MessageMediaMessagesClient, sandbox: Sandbox
) -> None:
    request = SendMessagesRequest()
    request.messages = [{"content": "Filled in", "destination_number": NUMBER}]
    result = client.messages.create_send_messages(request)
    assert body(sent(vcr, "POST", "/v1/messages")) == {
        "messages": [{"content": "Filled in", "destination_number": NUMBER}]
    }
    assert result.messages[0].content == "Filled in"


def test_message_model_with_plain_string_enums(vcr: Any, client: MessageMediaMessagesClient, sandbox: Sandbox) -> None:
    message = Message(content="Typed", destination_number=NUMBER)
    message.format = "SMS"
    message.source_number = "+61491570157"
    message.source_number_type = "INTERNATIONAL"
    result = client.messages.create_send_messages(SendMessagesRequest(messages=[message]))
    assert body(sent(vcr, "POST", "/v1/messages"))["messages"] == [
        {
            "content": "Typed",
            "destination_number": NUMBER,
            "format": "SMS",
            "source_number": "+61491570157",
            "source_number_type": "INTERNATIONAL",
        }
    ]
    assert result.messages[0].format_ == "SMS"
    assert result.messages[0]["source_number_type"] == "INTERNATIONAL"


def test_metadata_as_a_dict_and_a_delivery_report(
    vcr: Any, client: MessageMediaMessagesClient, sandbox: Sandbox
) -> None:
    message = Message(content="Tagged", destination_number=NUMBER)
    message.metadata = {"order": "42", "shop": "north"}
    message.delivery_report = True
    result = client.messages.create_send_messages(SendMessagesRequest(messages=[message]))
    wire = body(sent(vcr, "POST", "/v1/messages"))["messages"][0]
    assert wire["metadata"] == {"order": "42", "shop": "north"}
    assert wire["delivery_report"] is True
    assert result.messages[0].metadata["order"] == "42"


def test_status_reads_like_the_dict_1_1_0_returned(
    vcr: Any, client: MessageMediaMessagesClient, sandbox: Sandbox
) -> None:
    [message] = client.messages.create_send_messages(
        {"messages": [{"content": "S", "destination_number": NUMBER}]}
    ).messages
    status = client.messages.get_message_status(message.message_id)
    assert sent(vcr, "GET", f"/v1/messages/{message.message_id}").body in (None, b"")
    assert status["message_id"] == message.message_id
    assert status["content"] == "S"
    assert "status" in status


def test_cancel_with_the_request_model_given_a_plain_string(
    vcr: Any, client: MessageMediaMessagesClient, sandbox: Sandbox
) -> None:
    batch = {"messages": [{"content": "Later", "destination_number": NUMBER, "scheduled": LATER}]}
    [message] = client.messages.create_send_messages(batch).messages
    cancel = CancelScheduledMessageRequest()
    cancel.status = "cancelled"
    client.messages.update_cancel_scheduled_message(message.message_id, cancel)
    wire = sent(vcr, "PUT", f"/v1/messages/{message.message_id}")
    assert body(wire) == {"status": "cancelled"}
    assert body(sent(vcr, "POST", "/v1/messages"))["messages"][0]["scheduled"] == LATER  # the string as given
    assert client.messages.get_message_status(message.message_id)["status"] == "cancelled"


def test_cancel_with_a_dict(vcr: Any, client: MessageMediaMessagesClient, sandbox: Sandbox) -> None:
    batch = {"messages": [{"content": "Later", "destination_number": NUMBER, "scheduled": LATER}]}
    [message] = client.messages.create_send_messages(batch).messages
    client.messages.update_cancel_scheduled_message(message.message_id, {"status": "cancelled"})
    assert body(sent(vcr, "PUT", f"/v1/messages/{message.message_id}")) == {"status": "cancelled"}
    assert client.messages.get_message_status(message.message_id)["status"] == "cancelled"


def test_unknown_message_is_one_api_exception(vcr: Any, client: MessageMediaMessagesClient, sandbox: Sandbox) -> None:
    unknown = "877c19ef-fa2e-4cec-827a-e1df9b5509f7"
    with pytest.raises(APIException) as caught:
        client.messages.get_message_status(unknown)
    sent(vcr, "GET", f"/v1/messages/{unknown}")
    assert caught.value.response_code == 404


def test_invalid_number_is_a_400_api_exception(vcr: Any, client: MessageMediaMessagesClient, sandbox: Sandbox) -> None:
    with pytest.raises(APIException) as caught:
        client.messages.create_send_messages({"messages": [{"content": "x", "destination_number": "12"}]})
    assert body(sent(vcr, "POST", "/v1/messages"))["messages"][0]["destination_number"] == "12"
    assert caught.value.response_code == 400


def test_account_header_is_sent(vcr: Any, client: MessageMediaMessagesClient, sandbox: Sandbox) -> None:
    result = client.messages.create_send_messages(
        {"messages": [{"content": "For", "destination_number": NUMBER}]}, "sandbox-account"
    )
    assert headers(sent(vcr, "POST", "/v1/messages"))["account"] == "sandbox-account"
    assert result.messages[0].status == "queued"


def test_hmac_flag_passed_positionally(vcr: Any, sandbox: Sandbox) -> None:
    key, secret = credentials()
    with MessageMediaMessagesClient(key, secret, True, base_url=base_url()) as hmac_client:
        result = hmac_client.messages.create_send_messages(
            {"messages": [{"content": "Signed", "destination_number": NUMBER}]}
        )
    wire = headers(sent(vcr, "POST", "/v1/messages"))
    assert len(wire["x-content-md5"]) == 32
    assert wire["date"].endswith(" GMT")
    assert result.messages[0].content == "Signed"


def test_hmac_flag_by_its_misspelt_keyword(vcr: Any, sandbox: Sandbox) -> None:
    key, secret = credentials()
    with MessageMediaMessagesClient(key, secret, use_hmac_autentication=True, base_url=base_url()) as hmac_client:
        replies = hmac_client.replies.get_check_replies()
    assert "date" in headers(sent(vcr, "GET", "/v1/replies"))
    assert replies.replies == []


def test_base_uri_set_on_the_configuration_class(
    vcr: Any, sandbox: Sandbox, class_settings: type[Configuration]
) -> None:
    class_settings.base_uri = base_url()
    key, secret = credentials()
    with MessageMediaMessagesClient(key, secret) as configured:
        assert configured.base_url == base_url()
        result = configured.delivery_reports.get_check_delivery_reports()
    sent(vcr, "GET", "/v1/delivery_reports")
    assert result.delivery_reports == []


def test_basic_credentials_on_the_configuration_class(
    vcr: Any, sandbox: Sandbox, class_settings: type[Configuration]
) -> None:
    class_settings.base_uri = base_url()
    class_settings.basic_auth_user_name, class_settings.basic_auth_password = credentials()
    with MessageMediaMessagesClient() as configured:
        result = configured.messages.create_send_messages(
            {"messages": [{"content": "Cls", "destination_number": NUMBER}]}
        )
    assert "x-content-md5" not in headers(sent(vcr, "POST", "/v1/messages"))
    assert result.messages[0].content == "Cls"


def test_hmac_credentials_on_the_configuration_class(
    vcr: Any, sandbox: Sandbox, class_settings: type[Configuration]
) -> None:
    class_settings.base_uri = base_url()
    class_settings.hmac_auth_user_name, class_settings.hmac_auth_password = credentials()
    with MessageMediaMessagesClient() as configured:
        result = configured.messages.create_send_messages(
            {"messages": [{"content": "Hm", "destination_number": NUMBER}]}
        )
    assert len(headers(sent(vcr, "POST", "/v1/messages"))["x-content-md5"]) == 32
    assert result.messages[0].content == "Hm"


def test_delivery_reports_then_confirm_with_the_request_model(
    vcr: Any, client: MessageMediaMessagesClient, sandbox: Sandbox
) -> None:
    client.messages.create_send_messages(
        {"messages": [{"content": "R", "destination_number": NUMBER, "delivery_report": True}]}
    )
    reports = client.delivery_reports.get_check_delivery_reports()
    confirm = ConfirmDeliveryReportsAsReceivedRequest()
    confirm.delivery_report_ids = [r.delivery_report_id for r in reports.delivery_reports]
    client.delivery_reports.create_confirm_delivery_reports_as_received(confirm)
    assert body(sent(vcr, "POST", "/v1/delivery_reports/confirmed")) == {
        "delivery_report_ids": confirm.delivery_report_ids
    }
    assert type(reports).__name__ == "CheckDeliveryReportsResponse"
    assert reports.delivery_reports[0]["status"] == "delivered"
    assert client.delivery_reports.get_check_delivery_reports().delivery_reports == []


def test_confirm_delivery_reports_with_a_dict(vcr: Any, client: MessageMediaMessagesClient, sandbox: Sandbox) -> None:
    client.messages.create_send_messages(
        {"messages": [{"content": "D", "destination_number": NUMBER, "delivery_report": True}]}
    )
    [report] = client.delivery_reports.get_check_delivery_reports().delivery_reports
    client.delivery_reports.create_confirm_delivery_reports_as_received(
        {"delivery_report_ids": [report.delivery_report_id]}
    )
    wire = sent(vcr, "POST", "/v1/delivery_reports/confirmed")
    assert body(wire) == {"delivery_report_ids": [report.delivery_report_id]}
    assert report.source_number == NUMBER  # swapped, as the reference says


def test_replies_then_confirm_with_the_request_model(
    vcr: Any, client: MessageMediaMessagesClient, sandbox: Sandbox
) -> None:
    [message] = client.messages.create_send_messages(
        {"messages": [{"content": "Q?", "destination_number": NUMBER}]}
    ).messages
    sandbox.inject_reply(message.message_id, "Yes")
    replies = client.replies.get_check_replies()
    client.replies.create_confirm_replies_as_received(
        ConfirmRepliesAsReceivedRequest(reply_ids=[replies.replies[0].reply_id])
    )
    assert body(sent(vcr, "POST", "/v1/replies/confirmed")) == {"reply_ids": [replies.replies[0].reply_id]}
    assert replies.replies[0].content == "Yes"
    assert replies.replies[0]["message_id"] == message.message_id


def test_2_x_method_names_work_too(vcr: Any, client: MessageMediaMessagesClient, sandbox: Sandbox) -> None:
    result = client.messages.send_messages({"messages": [{"content": "Alias", "destination_number": NUMBER}]})
    status = client.messages.get_message_status(result.messages[0].message_id)
    sent(vcr, "POST", "/v1/messages")
    assert type(status) is dict
    assert status["content"] == "Alias"


def test_wrong_secret_is_an_api_exception(vcr: Any, sandbox: Sandbox) -> None:
    key, _ = credentials()
    with MessageMediaMessagesClient(key, "wrong", base_url=base_url()) as wrong, pytest.raises(APIException) as caught:
        wrong.replies.get_check_replies()
    sent(vcr, "GET", "/v1/replies")
    assert caught.value.response_code == 401


def test_unknown_format_is_refused_naming_the_field() -> None:
    message = Message(content="x", destination_number=NUMBER)
    message.format = "FAX"
    offline = MessageMediaMessagesClient("k", "s", base_url="http://127.0.0.1:9")  # never reached
    with offline, pytest.raises(InvalidRequestError, match=r"messages\[0\]\.format"):
        offline.messages.create_send_messages(SendMessagesRequest(messages=[message]))


def test_content_over_5000_characters_is_refused_before_sending() -> None:
    offline = MessageMediaMessagesClient("k", "s", base_url="http://127.0.0.1:9")  # never reached
    with offline, pytest.raises(InvalidRequestError, match="content"):
        offline.messages.create_send_messages({"messages": [{"content": "x" * 5001, "destination_number": NUMBER}]})


def test_more_than_10_metadata_pairs_are_refused_before_sending() -> None:
    metadata = {f"k{i}": "v" for i in range(11)}
    offline = MessageMediaMessagesClient("k", "s", base_url="http://127.0.0.1:9")  # never reached
    with offline, pytest.raises(InvalidRequestError, match="metadata"):
        offline.messages.create_send_messages(
            {"messages": [{"content": "x", "destination_number": NUMBER, "metadata": metadata}]}
        )


def test_an_invalid_cancel_status_is_refused_naming_the_field() -> None:
    cancel = CancelScheduledMessageRequest()
    cancel.status = "paused"
    offline = MessageMediaMessagesClient("k", "s", base_url="http://127.0.0.1:9")  # never reached
    with offline, pytest.raises(InvalidRequestError, match="status"):
        offline.messages.update_cancel_scheduled_message("877c19ef-fa2e-4cec-827a-e1df9b5509f7", cancel)


def test_confirm_replies_with_a_bare_list_of_ids(
    vcr: Any, client: MessageMediaMessagesClient, sandbox: Sandbox
) -> None:
    [message] = client.messages.create_send_messages(
        {"messages": [{"content": "Hi?", "destination_number": NUMBER}]}
    ).messages
    sandbox.inject_reply(message.message_id, "Hello")
    [reply] = client.replies.get_check_replies().replies
    client.replies.create_confirm_replies_as_received({"reply_ids": [reply.reply_id]})
    assert body(sent(vcr, "POST", "/v1/replies/confirmed")) == {"reply_ids": [reply.reply_id]}
    assert reply.source_number == NUMBER
    assert client.replies.get_check_replies().replies == []


def test_scheduled_message_reads_back_its_schedule(
    vcr: Any, client: MessageMediaMessagesClient, sandbox: Sandbox
) -> None:
    message = Message(content="Soon", destination_number=NUMBER)
    message.scheduled = LATER
    [result] = client.messages.create_send_messages(SendMessagesRequest(messages=[message])).messages
    assert body(sent(vcr, "POST", "/v1/messages"))["messages"][0]["scheduled"] == LATER
    assert result.status == "scheduled"
    assert result["scheduled"].year == 2099

"""The wrong answers issue 14 found accepted silently, through the facades (the provider's parse error, with status,
headers and body) and the typed clients (the package's ``errors.ResponseParseError``); valid answers unchanged; the
one switch per provider (``switchboard_core.relax_answers``) that turns the schema check off."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

import smscx_client
from go_http import ContactsApiClient
from go_http.exceptions import GoHttpError
from go_http.exceptions import ResponseParseException as GoParseError
from message_media_messages import MessageMediaMessagesClient
from message_media_messages.exceptions.api_exception import APIException
from message_media_messages.exceptions.api_exception import ResponseParseException as MessageMediaParseError
from mxit import Mxit, MxitAPIException, MxitResponseParseException
from smscx_api import errors as smscx_errors
from smscx_api.api.groups import get_group_details
from smscx_api.models import GroupDetailsResponse
from smscx_client.api import account_api
from smscx_client.exceptions import ApiException, ApiExceptionBase
from smscx_client.exceptions import ResponseParseException as SmscxParseError
from switchboard_core import ResponseParseError, SwitchboardError, relax_answers

Handler = Callable[[httpx.Request], httpx.Response]


def answering(status: int, body: bytes, content_type: str = "application/json") -> Handler:
    def handle(request: httpx.Request) -> httpx.Response:
        request.read()
        if request.url.path == "/token":  # Mxit's app token
            scope = parse_qs(request.content.decode()).get("scope", ["s"])[0]
            return httpx.Response(200, json={"access_token": "t", "expires_in": 3600, "scope": scope})
        return httpx.Response(status, content=body, headers={"Content-Type": content_type})

    return handle


def smscx_balance(handler: Handler) -> Any:
    configuration = smscx_client.Configuration(host="https://api.sms.cx", api_key="test-key")
    with smscx_client.ApiClient(configuration, transport=httpx.MockTransport(handler)) as client:
        return account_api.AccountApi(client).get_account_balance()


def test_smscx_balance_that_is_not_a_number_is_a_parse_error() -> None:
    body = b'{"balance": "not-a-number", "currency": "eur", "billing": "prepaid"}'
    with pytest.raises(SmscxParseError) as caught:
        smscx_balance(answering(200, body))
    assert isinstance(caught.value, ApiExceptionBase)  # 0.1.x's root; not ApiException, an error answer
    assert not isinstance(caught.value, ApiException)
    assert isinstance(caught.value, SwitchboardError)
    assert (caught.value.status_code, caught.value.body) == (200, body.decode())  # 0.1.x's str body
    assert caught.value.headers["content-type"] == "application/json"
    assert "answer.balance: must be a JSON integer or a JSON number, not a JSON string" in str(caught.value)
    valid = b'{"balance": 99.75, "currency": "eur", "billing": "prepaid"}'
    assert smscx_balance(answering(200, valid)).balance == 99.75


@pytest.mark.parametrize("body", [b"null", b"", b"<html>502</html>", b'{"balance": 1', b"42", b"[]"])
def test_smscx_balance_garbage_is_a_parse_error(body: bytes) -> None:
    with pytest.raises(SmscxParseError):
        smscx_balance(answering(200, body))


def test_a_mislabelled_answer_is_a_parse_error() -> None:
    with pytest.raises(SmscxParseError, match="content type 'text/html'"):
        smscx_balance(answering(200, b'{"balance": 1.5}', "text/html"))


GROUP = {"name": "g", "totalPhoneNumbers": 1, "totalCost": 0.5, "totalOptouts": 0, "createdAt": "2030-01-01"}


def group_details(**info: object) -> bytes:
    return json.dumps({"info": {**GROUP, **info}, "data": [], "paging": {"next": None, "previous": None}}).encode()


def test_typed_client_raises_its_package_parse_error() -> None:
    body = group_details(id=None)
    with pytest.raises(smscx_errors.ResponseParseError) as caught:
        get_group_details.parse_response(
            httpx.Response(200, content=body, headers={"Content-Type": "application/json"})
        )
    assert isinstance(caught.value, ResponseParseError)
    assert "answer.info.id: must be a JSON integer, not null" in str(caught.value)
    assert caught.value.body == body
    valid = httpx.Response(200, content=group_details(id=1), headers={"Content-Type": "application/json"})
    assert isinstance(get_group_details.parse_response(valid), GroupDetailsResponse)


@pytest.fixture
def relaxed_smscx() -> Iterator[None]:
    relax_answers("smscx_api")
    yield
    relax_answers("smscx_api", False)


@pytest.mark.usefixtures("relaxed_smscx")
def test_the_switch_relaxes_one_provider_only() -> None:
    body = group_details(id=None, odd=[1])
    parsed = get_group_details.parse_response(httpx.Response(200, content=body, headers={"Content-Type": "text/html"}))
    assert isinstance(parsed, GroupDetailsResponse)
    assert parsed.to_dict()["info"]["id"] is None  # what the API sent, as the legacy client gave it
    with pytest.raises(smscx_errors.ResponseParseError):  # what cannot be read still is a parse error
        get_group_details.parse_response(httpx.Response(200, content=b"<html>"))
    with pytest.raises(MessageMediaParseError):  # other providers stay strict
        credits(answering(200, b'{"expiry_date": "2030-01-01T00:00:00Z"}'))


def credits(handler: Handler) -> Any:
    with MessageMediaMessagesClient("unit-key", "unit-secret", transport=httpx.MockTransport(handler)) as client:
        return client.messages.check_credits_remaining()


def test_messagemedia_credits_without_its_required_key_is_a_parse_error() -> None:
    with pytest.raises(MessageMediaParseError, match="required key 'credits' is missing") as caught:
        credits(answering(200, b'{"expiry_date": "2030-01-01T00:00:00Z"}'))
    assert isinstance(caught.value, APIException)
    assert credits(answering(200, b'{"credits": 5}')).credits_ == 5


def test_vumigo_contact_with_a_null_key_is_a_parse_error() -> None:
    def contact(body: bytes) -> object:
        transport = httpx.MockTransport(answering(200, body))
        return ContactsApiClient("auth-token", "http://example.com/api/v1/go", transport=transport).get_contact("k")

    with pytest.raises(GoParseError, match=r"answer\.key: must be a JSON string, not null") as caught:
        contact(b'{"key": null, "msisdn": "+1"}')
    assert isinstance(caught.value, SwitchboardError)  # a 2xx answer: not one of go-http's HTTP status errors
    assert not isinstance(caught.value, GoHttpError)
    with pytest.raises(GoParseError, match="must be a JSON object, not null"):
        contact(b"null")  # documented to return an object
    assert contact(b'{"key": "k", "msisdn": "+1"}') == {"key": "k", "msisdn": "+1"}  # the legacy dict, as it came


def mxit(body: bytes, content_type: str = "application/json") -> Mxit:
    return Mxit("cid", "csecret", transport=httpx.MockTransport(answering(200, body, content_type)), max_retries=0)


@pytest.mark.parametrize("body", [b"<html>oops</html>", b"null", b"42", b"", b'"m123', b"{}"])
@pytest.mark.parametrize("lookup", ["get_user_id", "get_status", "get_display_name"])
def test_mxit_string_lookups_accept_only_a_json_string(lookup: str, body: bytes) -> None:
    with pytest.raises(MxitResponseParseException) as caught:
        getattr(mxit(body).users, lookup)("someone")
    assert isinstance(caught.value, MxitAPIException)
    assert caught.value.body == body
    assert getattr(mxit(b'"m123"').users, lookup)("someone") == "m123"


def test_mxit_profile_must_be_a_profile() -> None:
    with pytest.raises(MxitResponseParseException, match="required key 'UserId' is missing"):
        mxit(b'{"unexpected": true}').users.get_basic_profile("u1")
    assert mxit(b'{"UserId": "u1"}').users.get_basic_profile("u1") == {"UserId": "u1"}

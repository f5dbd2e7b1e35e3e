"""The documented ways of calling SMS.CX, as the smscx_client documentation shows them (replayed).

The documentation builds a ``Configuration`` from credentials only (an application ID and secret, an API key or
an access token), wraps it in ``ApiClient`` for an API class from ``smscx_client.api``, builds requests from
``smscx_client.model`` classes, and handles failures by catching the exception classes on ``smscx_client``,
reading the error object from ``e.body`` and the status from ``e.status``. The host comes from ``SMSCX_HOST``,
and retries keep their default.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

import smscx_client
from smscx_client.api import account_api, oauth_api, sms_api
from smscx_client.model.oauth_token_response import OauthTokenResponse
from smscx_client.model.send_sms_message_request import SendSmsMessageRequest
from smscx_client.model.send_sms_message_response import SendSmsMessageResponse
from smscx_client.model.transliteration import Transliteration

from .conftest import API_KEY, APPLICATION, Sandbox, base_url

pytestmark = [pytest.mark.vcr, pytest.mark.sandbox_only]

DESTINATIONS = ["+31612345601", "+447400123456", "+4915123456789", "+436641234567", "+420601234567"]
IDEMPOTENCY_ID = "5d0c6a52-3f41-4b8e-9a7c-2e6f1b0d4c93"


@pytest.fixture(autouse=True)
def host(monkeypatch: pytest.MonkeyPatch, sandbox: Sandbox) -> None:
    monkeypatch.setenv("SMSCX_HOST", base_url())


def sms_with(configuration: smscx_client.Configuration, request: SendSmsMessageRequest) -> SendSmsMessageResponse:
    with smscx_client.ApiClient(configuration) as api_client:
        api_instance = sms_api.SmsApi(api_client)
        return api_instance.send_sms(request)


def test_an_access_token_from_the_application_id_and_secret_then_a_send_with_it() -> None:
    configuration = smscx_client.Configuration(username=APPLICATION[0], password=APPLICATION[1])
    with smscx_client.ApiClient(configuration) as api_client:
        api_instance = oauth_api.OauthApi(api_client)
        api_response = api_instance.get_access_token(scope="sms numbers")
    assert isinstance(api_response, OauthTokenResponse)
    assert (api_response.expires_in, api_response.scope) == (86400, "numbers sms")

    with_token = smscx_client.Configuration(access_token=api_response.access_token)
    sent = sms_with(with_token, SendSmsMessageRequest(to=DESTINATIONS[:1], _from="Switchboard", text="Token works"))
    assert [item.to for item in sent.data] == DESTINATIONS[:1]


def test_one_sms_with_an_api_key() -> None:
    configuration = smscx_client.Configuration(api_key=API_KEY)
    request = SendSmsMessageRequest(to=DESTINATIONS[:1], _from="Switchboard", text="Your code is 4242")
    api_response = sms_with(configuration, request)
    assert isinstance(api_response, SendSmsMessageResponse)
    assert api_response.info.total_cost == 0.05
    [item] = api_response.data
    assert item.msg_id
    assert item.status == "ACCEPTED"


def test_a_bulk_send_with_an_idempotency_id_is_billed_once() -> None:
    configuration = smscx_client.Configuration(api_key=API_KEY)
    request = SendSmsMessageRequest(
        to=DESTINATIONS,
        _from="Switchboard",
        text="Switchboard autumn offer: 20% off {{optoutLink}}",
        idempotency_id=IDEMPOTENCY_ID,
        transliteration=Transliteration(alphabet="NONE", remove_emojis=False),
    )
    first = sms_with(configuration, request)
    again = sms_with(configuration, request)
    assert (first.info.total_valid, first.info.total_cost) == (5, 0.25)
    assert sorted(item.to for item in first.data) == sorted(DESTINATIONS)
    assert again.info.campaign_id == first.info.campaign_id
    with smscx_client.ApiClient(configuration) as api_client:
        assert account_api.AccountApi(api_client).get_account_balance().balance == 99.75


def _failure(call: Callable[[], Any]) -> tuple[smscx_client.ApiException, dict[str, Any]]:
    """The exception ``call`` raised and the error object of its body, read as the documentation reads it."""
    with pytest.raises(smscx_client.ApiException) as caught:
        call()
    return caught.value, json.loads(caught.value.body)["error"]


def test_the_documented_exceptions_and_error_object(sandbox: Sandbox) -> None:
    key = smscx_client.Configuration(api_key=API_KEY)

    def send(*to: str, text: str = "Hello") -> Callable[[], Any]:
        return lambda: sms_with(key, SendSmsMessageRequest(to=list(to), _from="Switchboard", text=text))

    def token(secret: str, scope: str) -> Callable[[], Any]:
        configuration = smscx_client.Configuration(username=APPLICATION[0], password=secret)
        return lambda: oauth_api.OauthApi(smscx_client.ApiClient(configuration)).get_access_token(scope=scope)

    expected: list[tuple[Callable[[], Any], type[Exception], int, str]] = [
        (send("+31612345601", text=""), smscx_client.InvalidRequestException, 400, "invalid_param"),
        (send("+336123", "+3362599"), smscx_client.InvalidPhoneNumberException, 400, "invalid_param"),
        (send("+989121234567"), smscx_client.NoCoverageException, 403, "no_coverage"),
        (token("not-the-secret", "sms"), smscx_client.InvalidCredentialsException, 401, "invalid_client"),
        (token(APPLICATION[1], "sms everything"), smscx_client.InvalidScopeException, 400, "invalid_scope"),
    ]
    for call, cls, status, error_type in expected:
        error, body = _failure(call)
        assert type(error) is cls
        assert (error.status, body["type"]) == (status, error_type)
        assert body["message"]
        assert isinstance(body["code"], int)

    phone_error, phone_body = _failure(send("+336123", "+3362599"))
    assert isinstance(phone_error, smscx_client.InvalidPhoneNumberException)
    assert phone_body["invalid"] == ["+336123", "+3362599"]

    sandbox.control("balance", {"balance": 0})
    balance_error, balance_body = _failure(send("+31612345601"))
    assert isinstance(balance_error, smscx_client.InsufficientBalanceException)
    assert balance_body["type"] == "insufficient_credit"
    sandbox.control("balance", {"balance": 10})

    sandbox.control("rate_limit", {"times": 3, "reset_in": 0})  # more 429s than the default retries
    limited, limited_body = _failure(send("+31612345601"))
    assert isinstance(limited, smscx_client.RateLimitExcedeedException)
    assert limited.status == 429
    assert limited_body["type"] == "rate_limit"
    assert int(limited.headers["X-Rate-Limit-Reset"]) > 1_600_000_000

    sandbox.fail_next(503, retry_after=0)  # a send without an idempotency id is never re-sent
    with pytest.raises(smscx_client.ServerErrorException) as server:
        send("+31612345601")()
    assert server.value.status == 503

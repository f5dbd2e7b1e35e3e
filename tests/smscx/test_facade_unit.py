"""The facade on ``httpx.MockTransport``: error mapping, input validation, wire form, auth, retries, exports, pages."""

from __future__ import annotations

import base64
import io
import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import httpx
import pytest

import smscx_client
from smscx_client import exceptions as exc
from smscx_client.api import (
    groups_api,
    multichannel_api,
    numbers_api,
    oauth_api,
    optouts_api,
    otp_api,
    reports_api,
    sms_api,
)
from smscx_client.model.add_contacts_to_group_request import AddContactsToGroupRequest
from smscx_client.model.send_sms_message_request import SendSmsMessageRequest
from smscx_client.model.strategy import Strategy
from smscx_client.model.transliteration import Transliteration
from switchboard_core import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
)

Handler = Callable[[httpx.Request], httpx.Response]
IDEMPOTENCY_ID = "bf325375-e030-fccb-a009-17317c574773"
SEND_OK = {
    "info": {
        "campaignId": "c1",
        "totalPhoneNumbers": 1,
        "totalValid": 1,
        "totalInvalid": 0,
        "totalCost": 0.05,
        "totalParts": 1,
        "dlrCallbackUrl": None,
        "scheduled": False,
    },
    "data": [],
}


def _error(status: int, type_: str, code: int, **extra: Any) -> httpx.Response:
    body = {"error": {"type": type_, "code": code, "message": "m", "uri": "https://docs"}, **extra}
    return httpx.Response(status, json=body)


class Recorder:
    def __init__(self, *answers: httpx.Response | Handler) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        return answer(request) if callable(answer) else answer


def _client(recorder: Recorder, **config: Any) -> smscx_client.ApiClient:
    config.setdefault("api_key", "test-key")
    configuration = smscx_client.Configuration(host="https://api.sms.cx", **config)
    return smscx_client.ApiClient(configuration, transport=httpx.MockTransport(recorder))


def _send(api: sms_api.SmsApi, **extra: Any) -> Any:
    return api.send_sms(SendSmsMessageRequest(to=["+31612469000"], _from="InfoText", text="hi", **extra))


# -- the error map (reference §5.1, evaluated top to bottom) --------------------------------------------------------

MAP = [
    (400, "insufficient_credit", 1113, exc.InsufficientBalanceException, BadRequestError),
    (400, "duplicate_id", 1405, exc.DuplicateIdException, BadRequestError),
    (400, "duplicate_value", 1211, exc.DuplicateValueException, BadRequestError),
    (400, "otp_verified", 2023, exc.OtpAlreadyVerifiedException, BadRequestError),
    (400, "otp_cancelled", 2024, exc.OtpCancelledException, APIStatusError),
    (400, "otp_expired", 2025, exc.OtpExpiredException, BadRequestError),
    (400, "otp_failed", 2026, exc.OtpFailedException, BadRequestError),
    (400, "invalid_pin", 2029, exc.InvalidPinException, BadRequestError),
    (400, "invalid_param", 1207, exc.InvalidPhoneNumberException, BadRequestError),
    (400, "invalid_param", 1210, exc.InvalidPhoneNumberException, BadRequestError),
    (400, "invalid_scope", 1600, exc.InvalidScopeException, BadRequestError),
    (400, "invalid_param", 1104, exc.InvalidRequestException, BadRequestError),
    (400, "invalid_request", 1600, exc.InvalidRequestException, BadRequestError),
    (400, "unsupported_grant_type", 1600, exc.InvalidRequestException, BadRequestError),
    (401, "invalid_api_key", 1000, exc.InvalidCredentialsException, AuthenticationError),
    (401, "invalid_client", 1600, exc.InvalidCredentialsException, AuthenticationError),
    (403, "insufficient_scope", 1001, exc.InsufficientScopeException, PermissionDeniedError),
    (403, "no_coverage", 1119, exc.NoCoverageException, PermissionDeniedError),
    (403, "access_denied", 1132, exc.TemplateNotApprovedException, PermissionDeniedError),
    (403, "access_denied", 1133, exc.TemplateNotApprovedException, PermissionDeniedError),
    (403, "access_denied", 1606, exc.ChannelNotActiveException, PermissionDeniedError),
    (403, "access_denied", 1608, exc.ChannelNotActiveException, PermissionDeniedError),
    (403, "access_denied", 2030, exc.OtpCancelledException, APIStatusError),
    (403, "access_denied", 2031, exc.OtpActionNotAllowedException, PermissionDeniedError),
    (403, "access_denied", 1118, exc.AccessDeniedException, PermissionDeniedError),
    (403, "server_error", 1, exc.InsufficientScopeException, PermissionDeniedError),
    (404, "not_found", 1200, exc.ResourceNotFoundException, NotFoundError),
    (405, "invalid_method", 1, exc.ApiMethodNotAllowedException, APIStatusError),
    (429, "rate_limit", 1, exc.RateLimitExcedeedException, RateLimitError),
    (500, "server_error", 1, exc.ServerErrorException, InternalServerError),
    (503, "server_error", 1, exc.ServerErrorException, InternalServerError),
    (418, "teapot", 1, exc.ApiException, APIStatusError),
]


@pytest.mark.parametrize(("status", "type_", "code", "cls", "shared"), MAP)
def test_error_map(status: int, type_: str, code: int, cls: type[Exception], shared: type[Exception]) -> None:
    api = groups_api.GroupsApi(_client(Recorder(_error(status, type_, code)), max_retries=0))
    with pytest.raises(cls) as caught:
        api.get_groups_list()
    error = caught.value
    assert type(error) is cls
    assert isinstance(error, shared)
    assert isinstance(error, smscx_client.ApiException)
    assert error.status == status
    assert json.loads(error.body)["error"]["code"] == code
    assert error.error_type == type_
    assert error.error_code == code
    assert error.headers["content-type"] == "application/json"


@pytest.mark.parametrize("status", [400, 403, 404, 502])
def test_non_json_or_unexpected_error_bodies_fall_back_to_the_status(status: int) -> None:
    html = httpx.Response(status, text="<html>bad gateway</html>", headers={"Content-Type": "text/html"})
    api = groups_api.GroupsApi(_client(Recorder(html), max_retries=0))
    with pytest.raises(smscx_client.ApiException) as caught:
        api.get_groups_list()
    expected = {400: exc.InvalidRequestException, 403: exc.InsufficientScopeException}
    assert type(caught.value) is expected.get(status, exc.exception_class(status, None, None))
    assert caught.value.body == "<html>bad gateway</html>"
    for odd in ({"error": "text"}, [1, 2], {"message": "x"}):
        api = groups_api.GroupsApi(_client(Recorder(httpx.Response(status, json=odd)), max_retries=0))
        with pytest.raises(smscx_client.ApiException):
            api.get_groups_list()


def test_invalid_numbers_are_read_from_either_place() -> None:
    top = _error(400, "invalid_param", 1210, invalid=["+336123"])
    api = sms_api.SmsApi(_client(Recorder(top)))
    with pytest.raises(smscx_client.InvalidPhoneNumberException) as caught:
        _send(api)
    assert caught.value.invalid == ["+336123"]
    nested = httpx.Response(
        400, json={"error": {"type": "invalid_param", "code": 1207, "message": "m", "uri": "u", "invalid": ["+1"]}}
    )
    with pytest.raises(smscx_client.InvalidPhoneNumberException) as caught:
        _send(sms_api.SmsApi(_client(Recorder(nested))))
    assert caught.value.invalid == ["+1"]


def test_a_2xx_body_that_does_not_parse_is_a_typed_error() -> None:
    api = groups_api.GroupsApi(_client(Recorder(httpx.Response(200, text="not json"))))
    with pytest.raises(exc.ResponseParseException) as caught:
        api.get_groups_list()
    assert isinstance(caught.value, ResponseParseError)
    assert caught.value.status == 200
    api = groups_api.GroupsApi(_client(Recorder(httpx.Response(200, json={"data": [{"id": 1}]}))))
    with pytest.raises(exc.ResponseParseException):
        api.get_groups_list()


# -- request models and wire form -----------------------------------------------------------------------------------


def test_seed_keywords_wire_order_and_nested_models() -> None:
    recorder = Recorder(httpx.Response(200, json=SEND_OK, headers={"X-Idempotency-Id": IDEMPOTENCY_ID}))
    api = sms_api.SmsApi(_client(recorder))
    request = SendSmsMessageRequest(
        text="Hi {{optoutLink}}",
        idempotency_id=IDEMPOTENCY_ID,
        to=["+31612469000"],
        transliteration=Transliteration(alphabet="NONE", remove_emojis=False),
        _from="InfoText",
    )
    assert request._from == "InfoText"
    assert request["from"] == "InfoText"
    response = api.send_sms(request)
    assert response.info.total_cost == 0.05
    sent = recorder.requests[0]
    assert list(json.loads(sent.content)) == ["to", "from", "text", "idempotencyId", "transliteration"]
    assert json.loads(sent.content)["transliteration"] == {"alphabet": "NONE", "removeEmojis": False}
    assert sent.headers["x-api-key"] == "test-key"
    assert sent.headers["accept"] == "application/json"
    assert sent.headers["user-agent"].startswith("smscx-client/0.1.0/python")


def test_dicts_are_accepted_for_bodies_and_nested_models() -> None:
    recorder = Recorder(httpx.Response(200, json=SEND_OK))
    api = sms_api.SmsApi(_client(recorder))
    api.send_sms({"to": ["+31612469000"], "from": "InfoText", "text": "x", "transliteration": {"alphabet": "GREEK"}})
    assert json.loads(recorder.requests[0].content)["transliteration"] == {"alphabet": "GREEK"}


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"to": ["+1"], "_from": "ab", "text": "x"}, smscx_client.ApiValueError),
        ({"to": ["+1"], "_from": "x" * 16, "text": "x"}, smscx_client.ApiValueError),
        ({"to": "+1", "_from": "InfoText", "text": "x"}, smscx_client.ApiTypeError),
        ({"to": [1], "_from": "InfoText", "text": "x"}, smscx_client.ApiTypeError),
        ({"_from": "InfoText", "text": "x"}, smscx_client.ApiValueError),
        ({"to": ["+1"], "_from": "InfoText", "text": "x", "idempotency_id": "NOT-A-UUID"}, smscx_client.ApiValueError),
        ({"to": ["+1"], "_from": "InfoText", "text": "x", "allow_invalid": "yes"}, smscx_client.ApiTypeError),
        ({"to": ["+1"], "_from": "InfoText", "text": "x", "colour": "red"}, smscx_client.ApiTypeError),
        ({"to": ["+1"], "_from": "InfoText", "text": "x", "country_iso": "FRA"}, smscx_client.ApiValueError),
        ({"to": ["+1"], "_from": "InfoText", "text": "x", "scheduled_date": "tomorrow"}, smscx_client.ApiValueError),
        ({"to": ["+1"] * 25_001, "_from": "InfoText", "text": "x"}, smscx_client.ApiValueError),
        (
            {"to": ["+1"], "_from": "InfoText", "text": "x", "transliteration": {"alphabet": "MACEDONIAN_CYRILLIC"}},
            smscx_client.ApiValueError,
        ),
    ],
)
def test_bad_input_raises_before_sending(kwargs: dict[str, Any], error: type[Exception]) -> None:
    with pytest.raises(error) as caught:
        SendSmsMessageRequest(**kwargs)
    assert isinstance(caught.value, InvalidRequestError)


def test_bad_arguments_raise_before_sending() -> None:
    recorder = Recorder(httpx.Response(500))
    client = _client(recorder)
    with pytest.raises(smscx_client.ApiValueError):
        otp_api.OtpApi(client).get_otp_status("NOT-A-UUID")
    with pytest.raises(smscx_client.ApiTypeError):
        otp_api.OtpApi(client).verify_otp("a17fb13d-f4ac-4d93-9439-ef41ab8de390", 1544)  # type: ignore[arg-type]
    with pytest.raises(smscx_client.ApiTypeError):
        groups_api.GroupsApi(client).get_group_details("12")  # type: ignore[arg-type]
    with pytest.raises(smscx_client.ApiValueError):
        reports_api.ReportsApi(client).get_advanced_report("2022", "2022-01-01", "2022-01-31", channel="fax")
    with pytest.raises(smscx_client.ApiTypeError):
        sms_api.SmsApi(client).send_sms(AddContactsToGroupRequest(phone_numbers=["+1"]))  # type: ignore[arg-type]
    assert recorder.requests == []


def test_up_to_25000_destinations_in_one_send() -> None:
    recorder = Recorder(httpx.Response(200, json=SEND_OK))
    numbers = [f"+3161{n:07d}" for n in range(25_000)]
    sms_api.SmsApi(_client(recorder)).send_sms(SendSmsMessageRequest(to=numbers, _from="InfoText", text="x"))
    assert len(recorder.requests) == 1
    assert len(json.loads(recorder.requests[0].content)["to"]) == 25_000


def test_scheduled_dates_use_the_documented_format() -> None:
    tz = timezone(timedelta(hours=2))
    cases = [
        (datetime(2030, 1, 1, 12, 0, 5, 123, tzinfo=tz), "2030-01-01 10:00:05"),
        (datetime(2030, 1, 1, 10, 0), "2030-01-01 10:00:00"),
        ("2030-01-01T10:00:00+00:00", "2030-01-01 10:00:00"),
        ("2030-01-01 10:00:00", "2030-01-01 10:00:00"),
    ]
    for value, wire in cases:
        request = SendSmsMessageRequest(to=["+1"], _from="InfoText", text="x", scheduled_date=value)
        assert request.to_dict()["scheduledDate"] == wire


CAMPAIGNS = {"info": {"totalCampaigns": 0}, "data": [], "paging": {"next": None, "previous": None, "size": 0}}


def test_query_booleans_are_spelt_as_0_1_x_sent_them_and_only_given_parameters_are_sent() -> None:
    """0.1.x's ``urlencode`` sent ``str(True)``: ``short_response=True`` / ``delivery_reports=False``."""
    page = {"info": {"totalPhoneNumbers": 0, "totalCost": 0, "totalParts": 0}, "data": [], "paging": {}}
    page["paging"] = {"next": None, "previous": None, "size": 100}
    recorder = Recorder(httpx.Response(200, json=page), httpx.Response(200, json=CAMPAIGNS))
    api = reports_api.ReportsApi(_client(recorder))
    api.get_advanced_report("2022-09", "2022-09-01", "2022-09-30", channel="sms", short_response=True, limit=100)
    assert recorder.requests[0].url.query == (
        b"period=2022-09&start_date=2022-09-01&end_date=2022-09-30&channel=sms&short_response=True&limit=100"
    )
    api.get_campaigns_list(delivery_reports=False)
    assert recorder.requests[1].url.query == b"delivery_reports=False"


def test_limits_the_reference_does_not_state_are_left_to_the_server() -> None:
    """The reference gives ``limit`` only a server default (500): 1000 and 0 go out as given, as 0.1.x sent them,
    and so do an empty destination list and a one-channel strategy (the API answers 1104 / 1121 for those)."""
    page = {"info": {"totalPhoneNumbers": 0, "totalCost": 0, "totalParts": 0}, "data": [], "paging": {}}
    page["paging"] = {"next": None, "previous": None, "size": 0}
    recorder = Recorder(*(httpx.Response(200, json=page) for _ in range(2)))
    api = reports_api.ReportsApi(_client(recorder))
    for limit in (1000, 0):
        api.get_advanced_report("2022-09", "2022-09-01", "2022-09-30", limit=limit)
    assert [request.url.params["limit"] for request in recorder.requests] == ["1000", "0"]
    recorder = Recorder(_error(400, "invalid_param", 1104), _error(400, "invalid_param", 1121))
    with pytest.raises(exc.ApiException):
        sms_api.SmsApi(_client(recorder)).send_sms({"to": [], "from": "InfoText", "text": "hi"})
    one_channel = {"to": ["+33612345678"], "from": "InfoText", "strategy": [Strategy(channel="sms", text="x")]}
    with pytest.raises(exc.ApiException):
        multichannel_api.MultichannelApi(_client(recorder)).send_multichannel_message(one_channel)
    sent = [json.loads(request.content) for request in recorder.requests]
    assert (sent[0]["to"], sent[1]["strategy"]) == ([], [{"channel": "sms", "text": "x"}])


def test_path_parameters_are_percent_encoded() -> None:
    answer = {"data": {"phoneNumber": "+33612345678", "countryIso": "FR", "networkOperator": "x", "timezone": "y"}}
    recorder = Recorder(httpx.Response(200, json=answer))
    numbers_api.NumbersApi(_client(recorder)).validate_number("+33612345678")
    assert recorder.requests[0].url.raw_path == b"/numbers/validate/%2B33612345678"


def test_204_answers_return_none() -> None:
    recorder = Recorder(httpx.Response(204))
    api = groups_api.GroupsApi(_client(recorder))
    assert api.empty_group(5) is None
    assert api.update_contact_from_group(5, IDEMPOTENCY_ID, {"first_name": "Ann"}) is None
    assert json.loads(recorder.requests[1].content) == {"firstName": "Ann"}


def test_strategy_lists_validate_each_item() -> None:
    with pytest.raises(smscx_client.ApiValueError):
        Strategy(channel="fax")
    assert Strategy(channel="sms", text="hi").to_dict() == {"channel": "sms", "text": "hi"}


# -- auth --------------------------------------------------------------------------------------------------------


def _token(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"access_token": "tok-1", "expires_in": 3600, "token_type": "Bearer", "scope": ""})


def test_api_key_bearer_and_both() -> None:
    cases: list[tuple[dict[str, Any], dict[str, str]]] = [
        ({"api_key": "k"}, {"x-api-key": "k"}),
        ({"api_key": None, "access_token": "t"}, {"authorization": "Bearer t"}),
        ({"api_key": "k", "access_token": "t"}, {"x-api-key": "k", "authorization": "Bearer t"}),
        ({"api_key": {"ApiKeyAuth": "k2"}}, {"x-api-key": "k2"}),
    ]
    for config, headers in cases:
        recorder = Recorder(httpx.Response(200, json={"data": []}))
        groups_api.GroupsApi(_client(recorder, **config)).get_groups_list()
        sent = recorder.requests[0].headers
        assert {name: sent[name] for name in headers} == headers
        for absent in {"x-api-key", "authorization"} - set(headers):
            assert absent not in sent


def test_token_call_uses_basic_credentials_only() -> None:
    recorder = Recorder(_token)
    api = oauth_api.OauthApi(_client(recorder, api_key="k", username="APP", password="SECRET"))
    token = api.get_access_token(scope="sms groups")
    assert token.access_token == "tok-1"
    assert "tok-1" not in repr(token)
    sent = recorder.requests[0]
    assert sent.content == b"scope=sms+groups&grant_type=client_credentials"
    assert sent.headers["content-type"] == "application/x-www-form-urlencoded"
    assert sent.headers["authorization"] == "Basic " + base64.b64encode(b"APP:SECRET").decode()
    assert "x-api-key" not in sent.headers
    with pytest.raises(smscx_client.ApiValueError):
        api.get_access_token(grant_type="password")


def test_application_credentials_fetch_cache_and_refresh_tokens() -> None:
    tokens = iter(["tok-1", "tok-2"])
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            seen.append(request.content.decode())
            body = {"access_token": next(tokens), "expires_in": 3600, "token_type": "Bearer", "scope": "groups"}
            return httpx.Response(200, json=body)
        if request.headers["authorization"] == "Bearer tok-1" and len(seen) == 1 and request.url.path == "/otp":
            return _error(401, "invalid_api_key", 1000)
        return httpx.Response(200, json={"data": []})

    recorder = Recorder(handler)
    client = _client(recorder, api_key=None, username="APP", password="SECRET", scope="groups")
    api = groups_api.GroupsApi(client)
    api.get_groups_list()
    api.get_groups_list()
    assert seen == ["grant_type=client_credentials&scope=groups"]
    assert [r.headers["authorization"] for r in recorder.requests[1:]] == ["Bearer tok-1", "Bearer tok-1"]
    assert "SECRET" not in repr(client)
    assert "tok-1" not in repr(client)


def test_token_endpoint_errors_raise_this_clients_exceptions() -> None:
    recorder = Recorder(_error(400, "invalid_scope", 1600))
    api = groups_api.GroupsApi(_client(recorder, api_key=None, username="APP", password="SECRET", scope="nope"))
    with pytest.raises(smscx_client.InvalidScopeException):
        api.get_groups_list()
    recorder = Recorder(_error(401, "invalid_client", 1600))
    api = groups_api.GroupsApi(_client(recorder, api_key=None, username="APP", password="WRONG"))
    with pytest.raises(smscx_client.InvalidCredentialsException):
        api.get_groups_list()


@pytest.mark.parametrize("body", [b"<html>oops</html>", b"{}", b'{"access_token": "t", "expires_in": "soon"}'])
def test_a_token_answer_without_a_usable_token_is_this_clients_parse_error(body: bytes) -> None:
    recorder = Recorder(httpx.Response(200, content=body, headers={"Content-Type": "application/json"}))
    api = groups_api.GroupsApi(_client(recorder, api_key=None, username="APP", password="SECRET"))
    with pytest.raises(smscx_client.ResponseParseException) as caught:
        api.get_groups_list()
    assert isinstance(caught.value, smscx_client.ApiExceptionBase)  # not an error answer: no ApiException
    assert not isinstance(caught.value, smscx_client.ApiException)
    assert caught.value.status == 200
    assert caught.value.body == body.decode()
    assert [r.url.path for r in recorder.requests] == ["/oauth/token"]

    config = smscx_client.Configuration(api_key="KEY123", access_token="TOK456", username="APP", password="PW789")
    text = repr(config) + repr(smscx_client.ApiClient(config))
    for secret in ("KEY123", "TOK456", "PW789"):
        assert secret not in text


# -- retries and rate limits ----------------------------------------------------------------------------------------


def test_a_send_with_an_idempotency_id_is_retried() -> None:
    recorder = Recorder(httpx.Response(503), httpx.Response(200, json=SEND_OK))
    _send(sms_api.SmsApi(_client(recorder)), idempotency_id=IDEMPOTENCY_ID)
    assert len(recorder.requests) == 2
    assert recorder.requests[0].content == recorder.requests[1].content


def test_a_send_without_one_is_never_resent() -> None:
    recorder = Recorder(httpx.Response(503), httpx.Response(200, json=SEND_OK))
    with pytest.raises(smscx_client.ServerErrorException):
        _send(sms_api.SmsApi(_client(recorder)))
    assert len(recorder.requests) == 1

    def broken(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError("connection reset", request=request)

    recorder = Recorder(broken)
    with pytest.raises(smscx_client.APIConnectionError):
        _send(sms_api.SmsApi(_client(recorder)))
    assert len(recorder.requests) == 1


def test_429_waits_for_x_rate_limit_reset(caplog: pytest.LogCaptureFixture) -> None:
    reset = datetime.now(UTC).timestamp() + 0.4
    limited = _error(429, "rate_limit", 1)
    limited.headers.update(
        {"X-Rate-Limit-Limit": "10", "X-Rate-Limit-Remaining": "0", "X-Rate-Limit-Reset": str(reset)}
    )
    recorder = Recorder(limited, httpx.Response(200, json={"data": []}))
    with caplog.at_level(logging.INFO, logger="switchboard"):
        groups_api.GroupsApi(_client(recorder)).get_groups_list()
    assert len(recorder.requests) == 2
    [message] = [r.getMessage() for r in caplog.records if "retrying" in r.getMessage()]
    delay = float(message.split(" in ")[1].split("s ")[0])
    assert 0.1 < delay <= 0.4


def test_429_surfaces_with_its_headers_when_retries_are_off() -> None:
    limited = _error(429, "rate_limit", 1)
    limited.headers["X-Rate-Limit-Reset"] = "1664103086"
    api = groups_api.GroupsApi(_client(Recorder(limited), max_retries=0))
    with pytest.raises(smscx_client.RateLimitExcedeedException) as caught:
        api.get_groups_list()
    assert caught.value.headers["X-Rate-Limit-Reset"] == "1664103086"
    assert caught.value.reset_at == datetime.fromtimestamp(1664103086, UTC)


# -- exports and pages --------------------------------------------------------------------------------------------


def test_exports_answer_as_0_1_x_and_stream_to_a_target(tmp_path: Path) -> None:
    recorder = Recorder(httpx.Response(200, content=b"id,phone\n1,+1\n", headers={"Content-Type": "application/csv"}))
    api = groups_api.GroupsApi(_client(recorder))
    assert api.export_group_to_csv(5) == "id,phone\n1,+1\n"  # 0.1.x: a str, asked for as JSON (reference §6)
    assert recorder.requests[0].headers["accept"] == "application/json"
    target = tmp_path / "group.csv"
    assert api.export_group_to_csv(5, to=target) == target
    assert target.read_bytes() == b"id,phone\n1,+1\n"
    buffer = io.BytesIO()
    api.export_group_to_xlsx(5, to=buffer)
    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert recorder.requests[-1].headers["accept"] == xlsx
    recorder.answers = [_error(404, "not_found", 1200)]
    with pytest.raises(smscx_client.ResourceNotFoundException):
        api.export_group_to_csv(6, to=tmp_path / "missing.csv")
    assert not (tmp_path / "missing.csv").exists()


def _optouts_page(numbers: list[str], cursor: str | None) -> dict[str, Any]:
    return {
        "info": {"id": "o", "link": "l", "total": 3},
        "data": [
            {"id": i, "phoneNumber": n, "countryIso": "NL", "optoutFrom": "admin", "datetime": "2030-01-01"}
            for i, n in enumerate(numbers)
        ],
        "paging": {"next": cursor, "previous": None, "size": len(numbers)},
    }


@pytest.mark.parametrize(
    ("to", "error"),
    [
        (123, smscx_client.ApiTypeError),
        ("missing-folder/group.csv", smscx_client.ApiValueError),
        (".", smscx_client.ApiValueError),
    ],
)
async def test_a_bad_export_target_is_refused_before_sending(
    to: object, error: type[Exception], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    recorder = Recorder(httpx.Response(200, content=b"id\n"))
    with pytest.raises(error):
        groups_api.GroupsApi(_client(recorder)).export_group_to_csv(5, to=to)  # type: ignore[arg-type]
    configuration = smscx_client.Configuration(host="https://api.sms.cx", api_key="test-key")
    async with smscx_client.AsyncApiClient(configuration, async_transport=httpx.MockTransport(recorder)) as client:
        with pytest.raises(error):
            await groups_api.AsyncGroupsApi(client).export_group_to_xlsx(5, to=to)  # type: ignore[arg-type]
    assert recorder.requests == []


def test_a_bad_timeout_is_this_clients_value_error() -> None:
    with pytest.raises(smscx_client.ApiValueError):
        smscx_client.ApiClient(smscx_client.Configuration(timeout="soon"))  # type: ignore[arg-type]


def test_list_pages_iterate_lazily() -> None:
    page = _optouts_page

    recorder = Recorder(
        httpx.Response(200, json=page(["+1", "+2"], "abc==")), httpx.Response(200, json=page(["+3"], None))
    )

    items = optouts_api.OptoutsApi(_client(recorder)).iter_optouts_list(limit=2)
    assert next(items).phone_number == "+1"
    assert len(recorder.requests) == 1
    assert [i.phone_number for i in items] == ["+2", "+3"]
    assert recorder.requests[1].url.query == b"next=abc%3D%3D&limit=2"


def test_max_pages_bounds_the_pages_fetched() -> None:
    recorder = Recorder(
        httpx.Response(200, json=_optouts_page(["+1"], "p2")), httpx.Response(200, json=_optouts_page(["+2"], "p3"))
    )

    items = list(optouts_api.OptoutsApi(_client(recorder)).iter_optouts_list(max_pages=2))

    assert [i.phone_number for i in items] == ["+1", "+2"]
    assert len(recorder.requests) == 2


def test_a_repeated_cursor_raises_instead_of_looping() -> None:
    recorder = Recorder(httpx.Response(200, json=_optouts_page(["+1"], "same")))

    items = optouts_api.OptoutsApi(_client(recorder)).iter_optouts_list()

    with pytest.raises(smscx_client.PaginationLoopError) as caught:
        list(items)
    assert caught.value.cursor == "same"
    assert len(recorder.requests) == 2


async def test_async_pages_iterate_lazily_and_stop_on_a_repeated_cursor() -> None:
    recorder = Recorder(
        httpx.Response(200, json=_optouts_page(["+1"], "p2")),
        httpx.Response(200, json=_optouts_page(["+2"], "p2")),
    )
    configuration = smscx_client.Configuration(host="https://api.sms.cx", api_key="test-key")
    client = smscx_client.AsyncApiClient(configuration, async_transport=httpx.MockTransport(recorder))
    seen: list[str] = []

    async def consume() -> None:
        async for item in optouts_api.AsyncOptoutsApi(client).iter_optouts_list():
            seen.append(item.phone_number)

    async with client:
        with pytest.raises(smscx_client.PaginationLoopError):
            await consume()
    assert seen == ["+1", "+2"]
    assert [r.url.params.get("next") for r in recorder.requests] == [None, "p2"]


def test_the_api_client_lifecycle_is_the_runtimes_with_options_sharing_the_pool() -> None:
    recorder = Recorder(httpx.Response(200, json=SEND_OK))
    client = _client(recorder)
    faster = client.with_options(timeout=3.0, max_retries=0)
    assert isinstance(faster, smscx_client.ApiClient)
    assert faster.invoker.http is client.invoker.http  # one connection pool
    assert faster.configuration is client.configuration
    assert faster.base_url == client.base_url == "https://api.sms.cx"
    _send(sms_api.SmsApi(faster))
    assert recorder.requests[0].extensions["timeout"]["read"] == 3.0
    with client:
        pass
    assert client.invoker.http.is_closed
    assert faster.invoker.http.is_closed
    assert "test-key" not in repr(client)


def test_configuration_keeps_0_1_x_class_helpers() -> None:
    """openapi-generator's Configuration API: a process-wide default for ``ApiClient()``, and its helpers."""
    Configuration = smscx_client.Configuration
    default = Configuration(api_key="k1", api_key_prefix={"ApiKeyAuth": "Key"}, username="app", password="s3")
    Configuration.set_default(default)
    try:
        copied = Configuration.get_default_copy()
        assert copied is not default
        assert copied.api_key == "k1"
        with smscx_client.ApiClient() as client:
            assert client.configuration.api_key == "k1"
            assert client.configuration is not default
    finally:
        Configuration.set_default(None)
    assert Configuration.get_default_copy().api_key is None
    assert default.get_api_key_with_prefix("ApiKeyAuth") == "Key k1"
    assert default.get_api_key_with_prefix("other") is None
    assert default.get_basic_auth_token() == "Basic " + base64.b64encode(b"app:s3").decode()
    assert set(default.auth_settings()) == {"ApiKeyAuth", "BasicAuth"}
    assert default.auth_settings()["ApiKeyAuth"]["key"] == "X-API-KEY"
    assert default.get_host_settings() == [{"url": "https://api.sms.cx", "description": "API URL"}]
    assert default.get_host_from_settings(0) == "https://api.sms.cx"
    assert default.get_host_from_settings(None) == default.host
    with pytest.raises(ValueError, match="Invalid index 1"):
        default.get_host_from_settings(1)
    report = default.to_debug_report()
    assert report.startswith("Python SDK Debug Report:")
    assert "Version of the API: 1.0.2" in report
    assert "k1" not in repr(default)
    assert "s3" not in report

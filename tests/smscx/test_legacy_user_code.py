# mypy: disable-error-code="attr-defined,union-attr,no-any-return"
# (1.x-era user code is untyped: it assigns plain values to model fields the typed models annotate narrowly)
"""Code a team wrote against smscx 0.1.x, run unchanged on this package (replayed from the sandbox).

Each case is written the way such code reads: a ``Configuration`` with openapi-generator's settings, request
models built from keywords or filled in attribute by attribute, dicts where 0.1.x took them, exports read as
``str`` / an open file, errors read through ``e.status`` and ``json.loads(e.body)``. Each asserts what went on
the wire (from the cassette) and the type and content of what came back.
"""

from __future__ import annotations

import io
import json
import logging
import warnings
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

import smscx_client
from smscx_client.api import account_api, groups_api, numbers_api, optouts_api, otp_api, reports_api, sms_api
from smscx_client.model.add_contacts_to_group_request import AddContactsToGroupRequest
from smscx_client.model.new_group_request import NewGroupRequest
from smscx_client.model.send_sms_message_request import SendSmsMessageRequest
from smscx_client.model.transliteration import Transliteration

from .conftest import API_KEY, Sandbox, base_url

pytestmark = [pytest.mark.vcr, pytest.mark.sandbox_only]

NUMBER = "+31612469000"
OTHER = "+31612469001"


def settings(**extra: Any) -> smscx_client.Configuration:
    """What a 0.1.x user's settings module builds (the host is the sandbox's while recording)."""
    return smscx_client.Configuration(host=base_url(), api_key=API_KEY, **extra)


def sent(cassette: Any, method: str, path: str) -> Any:
    """The last request of ``method path`` in the cassette (what the client put on the wire)."""
    found = [r for r in cassette.requests if r.method == method and urlsplit(r.uri).path == path]
    assert found, f"no {method} {path} on the wire"
    return found[-1]


def body(request: Any) -> Any:
    return json.loads(request.body)


def query(request: Any) -> dict[str, list[str]]:
    return parse_qs(urlsplit(request.uri).query)


def header(request: Any, name: str) -> str:
    values = {key.lower(): value for key, value in request.headers.items()}[name.lower()]
    return values[0] if isinstance(values, list) else values


def test_send_with_a_model_built_from_keywords(vcr: Any, sandbox: Sandbox) -> None:
    with smscx_client.ApiClient(settings()) as api_client:
        request = SendSmsMessageRequest(to=[NUMBER], _from="InfoText", text="Hello")
        result = sms_api.SmsApi(api_client).send_sms(request)
    wire = sent(vcr, "POST", "/sms")
    assert body(wire) == {"to": [NUMBER], "from": "InfoText", "text": "Hello"}
    assert header(wire, "X-API-KEY") == "REDACTED"  # scrubbed in the cassette: the key went
    assert header(wire, "User-Agent") == "smscx-client/0.1.0/python"
    assert type(result).__name__ == "SendSmsMessageResponse"
    assert result.info.total_phone_numbers == 1
    assert result.data[0].status == "ACCEPTED"


def test_send_with_fields_assigned_one_by_one(vcr: Any, sandbox: Sandbox) -> None:
    request = SendSmsMessageRequest(to=[NUMBER], _from="InfoText", text="Hi ă")
    request.allow_invalid = True
    request.transliteration = {"alphabet": "NON_GSM", "remove_emojis": True}  # a dict for the nested model
    with smscx_client.ApiClient(settings()) as api_client:
        result = sms_api.SmsApi(api_client).send_sms(request)
    assert body(sent(vcr, "POST", "/sms")) == {
        "to": [NUMBER],
        "from": "InfoText",
        "text": "Hi ă",
        "allowInvalid": True,
        "transliteration": {"alphabet": "NON_GSM", "removeEmojis": True},
    }
    assert result.info.total_phone_numbers == 1


def test_transliteration_model_and_plain_string_enum(vcr: Any, sandbox: Sandbox) -> None:
    request = SendSmsMessageRequest(
        to=[NUMBER], _from="InfoText", text="Zażółć", transliteration=Transliteration(alphabet="POLISH")
    )
    with smscx_client.ApiClient(settings()) as api_client:
        result = sms_api.SmsApi(api_client).send_sms(request)
    assert body(sent(vcr, "POST", "/sms"))["transliteration"] == {"alphabet": "POLISH"}
    assert result.data[0].to == NUMBER


def test_send_with_a_plain_dict_body(vcr: Any, sandbox: Sandbox) -> None:
    with smscx_client.ApiClient(settings()) as api_client:
        result = sms_api.SmsApi(api_client).send_sms({"to": [NUMBER, OTHER], "from": "InfoText", "text": "Two"})
    assert body(sent(vcr, "POST", "/sms"))["to"] == [NUMBER, OTHER]
    assert [m.to for m in result.data] == [NUMBER, OTHER]
    assert result.data[0]._from == "InfoText"  # 0.1.x's attribute name for ``from``


def test_access_token_is_sent_as_bearer(vcr: Any, sandbox: Sandbox) -> None:
    configuration = smscx_client.Configuration(host=base_url(), access_token="YOUR_ACCESS_TOKEN")
    with smscx_client.ApiClient(configuration) as api_client:
        balance = account_api.AccountApi(api_client).get_account_balance()
    wire = sent(vcr, "GET", "/account/balance")
    assert header(wire, "Authorization") == "REDACTED"
    assert "x-api-key" not in {k.lower() for k in wire.headers}
    assert type(balance).__name__ == "AccountBalance"
    assert balance.balance == 100


def test_key_and_token_together_send_both(vcr: Any, sandbox: Sandbox) -> None:
    configuration = settings(access_token="YOUR_ACCESS_TOKEN")
    with smscx_client.ApiClient(configuration) as api_client:
        account_api.AccountApi(api_client).get_account_balance()
    wire = sent(vcr, "GET", "/account/balance")
    assert {"x-api-key", "authorization"} <= {k.lower() for k in wire.headers}


def test_create_group_from_a_model_and_add_contacts(vcr: Any, sandbox: Sandbox) -> None:
    with smscx_client.ApiClient(settings()) as api_client:
        groups = groups_api.GroupsApi(api_client)
        group = groups.create_group(NewGroupRequest(name="Customers"))
        contacts = AddContactsToGroupRequest(phone_numbers=[NUMBER])
        contacts.phone_numbers = [NUMBER, OTHER]  # a list assigned after construction
        added = groups.add_contacts_to_group(group.info.id, contacts)
    assert body(sent(vcr, "POST", "/groups")) == {"name": "Customers"}
    assert body(sent(vcr, "POST", f"/groups/{group.info.id}")) == {"phoneNumbers": [NUMBER, OTHER]}
    assert group.info.name == "Customers"
    assert added.info.total_valid == 2


def test_csv_export_is_a_str_asked_for_as_json(vcr: Any, sandbox: Sandbox) -> None:
    with smscx_client.ApiClient(settings()) as api_client:
        groups = groups_api.GroupsApi(api_client)
        group = groups.create_group({"name": "Export me"}).info.id
        groups.add_contacts_to_group(group, {"phoneNumbers": [NUMBER]})
        csv = groups.export_group_to_csv(group)
    wire = sent(vcr, "GET", f"/groups/{group}/csv")
    assert header(wire, "Accept") == "application/json"
    assert isinstance(csv, str)
    assert csv.splitlines()[1].startswith(NUMBER)


def test_xlsx_export_is_an_open_file_in_the_temp_directory(vcr: Any, sandbox: Sandbox) -> None:
    with smscx_client.ApiClient(settings()) as api_client:
        groups = groups_api.GroupsApi(api_client)
        group = groups.create_group({"name": "Sheet"}).info.id
        xlsx = groups.export_group_to_xlsx(group)
    assert header(sent(vcr, "GET", f"/groups/{group}/xlsx"), "Accept") == "application/json"
    assert isinstance(xlsx, io.BufferedReader)
    with xlsx:
        assert xlsx.read(2) == b"PK"  # a zip: the workbook


def test_xlsx_export_goes_to_the_configured_temp_folder(vcr: Any, sandbox: Sandbox, tmp_path: Path) -> None:
    configuration = settings()
    configuration.temp_folder_path = str(tmp_path)
    with smscx_client.ApiClient(configuration) as api_client:
        xlsx = optouts_api.OptoutsApi(api_client).export_optouts_to_xlsx()
    sent(vcr, "GET", "/optouts/xlsx")
    with xlsx:
        assert Path(xlsx.name).parent == tmp_path


def test_report_export_takes_a_limit_above_the_server_default(vcr: Any, sandbox: Sandbox) -> None:
    with smscx_client.ApiClient(settings()) as api_client:
        csv = reports_api.ReportsApi(api_client).export_advanced_report_to_csv(
            "2030", "2030-01-01", "2030-12-31", limit=1000
        )
    wire = sent(vcr, "GET", "/reports/csv")
    assert query(wire)["limit"] == ["1000"]
    assert query(wire)["period"] == ["2030"]
    assert isinstance(csv, str)
    assert csv.startswith("msgId,")


def test_list_limit_is_left_to_the_server(vcr: Any, sandbox: Sandbox) -> None:
    with smscx_client.ApiClient(settings()) as api_client:
        page = optouts_api.OptoutsApi(api_client).get_optouts_list(limit=1000)
    assert query(sent(vcr, "GET", "/optouts"))["limit"] == ["1000"]
    assert type(page).__name__ == "OptoutsListResponse"
    assert all(item.phone_number.startswith("+") for item in page.data)


def test_not_found_reads_the_error_from_a_str_body(vcr: Any, sandbox: Sandbox) -> None:
    with smscx_client.ApiClient(settings()) as api_client, pytest.raises(smscx_client.ApiException) as caught:
        groups_api.GroupsApi(api_client).get_group_details(999999)
    sent(vcr, "GET", "/groups/999999")
    error = caught.value
    assert isinstance(error, smscx_client.ResourceNotFoundException)
    assert error.status == 404
    assert isinstance(error.body, str)
    assert json.loads(error.body)["error"]["type"] == "not_found"


def test_invalid_numbers_are_listed_on_the_exception(vcr: Any, sandbox: Sandbox) -> None:
    with smscx_client.ApiClient(settings()) as api_client, pytest.raises(smscx_client.ApiException) as caught:
        sms_api.SmsApi(api_client).send_sms({"to": ["+336123"], "from": "InfoText", "text": "x"})
    assert body(sent(vcr, "POST", "/sms"))["to"] == ["+336123"]
    assert isinstance(caught.value, smscx_client.InvalidPhoneNumberException)
    assert caught.value.status == 400
    assert json.loads(caught.value.body)["error"]["code"] in (1207, 1210)


def test_bad_api_key_is_invalid_credentials(vcr: Any, sandbox: Sandbox) -> None:
    configuration = smscx_client.Configuration(host=base_url(), api_key="YOUR_API_KEY-wrong")
    with smscx_client.ApiClient(configuration) as api_client, pytest.raises(smscx_client.ApiException) as caught:
        account_api.AccountApi(api_client).get_account_balance()
    sent(vcr, "GET", "/account/balance")
    assert isinstance(caught.value, smscx_client.InvalidCredentialsException)
    assert caught.value.status == 401
    assert "error" in json.loads(caught.value.body)


def test_api_key_prefix_has_no_effect_as_in_0_1_x(vcr: Any, sandbox: Sandbox) -> None:
    configuration = settings(api_key_prefix={"ApiKeyAuth": "Key"})  # 0.1.x sent X-API-KEY bare (reference §3)
    with pytest.warns(DeprecationWarning, match="api_key_prefix"), smscx_client.ApiClient(configuration) as api_client:
        balance = account_api.AccountApi(api_client).get_account_balance()
    sent(vcr, "GET", "/account/balance")
    assert configuration.api_key_prefix == {"ApiKeyAuth": "Key"}
    assert balance.currency == "eur"  # the sandbox takes the bare key only: no prefix went


def test_third_positional_argument_is_api_key_prefix(vcr: Any, sandbox: Sandbox) -> None:
    configuration = smscx_client.Configuration(base_url(), API_KEY, {"ApiKeyAuth": "Key"})  # (host, key, prefix)
    with pytest.warns(DeprecationWarning, match="api_key_prefix"):
        api_client = smscx_client.ApiClient(configuration)
    with api_client:
        balance = account_api.AccountApi(api_client).get_account_balance()
    wire = sent(vcr, "GET", "/account/balance")
    assert configuration.access_token is None
    assert "authorization" not in {key.lower() for key in wire.headers}  # not taken for an access token
    assert isinstance(balance.balance, float)


def test_json_body_is_json_dumps_text(vcr: Any, sandbox: Sandbox) -> None:
    request = SendSmsMessageRequest(to=[NUMBER], _from="InfoText", text="Bună ziua")
    with smscx_client.ApiClient(settings()) as api_client:
        result = sms_api.SmsApi(api_client).send_sms(request)
    wire = sent(vcr, "POST", "/sms")
    text = wire.body.decode() if isinstance(wire.body, bytes) else wire.body
    assert text == '{"to": ["+31612469000"], "from": "InfoText", "text": "Bun\\u0103 ziua"}'  # reference §2
    assert header(wire, "Content-Type") == "application/json"
    assert result.data[0].to == NUMBER


def test_connection_headers_are_urllib3s(vcr: Any, sandbox: Sandbox) -> None:
    with smscx_client.ApiClient(settings()) as api_client:
        balance = account_api.AccountApi(api_client).get_account_balance()
    wire = sent(vcr, "GET", "/account/balance")
    assert header(wire, "Accept-Encoding") == "identity"  # urllib3's, not gzip (reference §2)
    assert header(wire, "Accept") == "application/json"
    assert "content-length" not in {key.lower() for key in wire.headers}  # a GET carries no body
    assert balance.currency == "eur"


def test_tls_and_pool_settings_are_accepted(vcr: Any, sandbox: Sandbox) -> None:
    configuration = settings()
    configuration.verify_ssl = False  # set as attributes, as openapi-generator's users do
    configuration.connection_pool_maxsize = 4
    configuration.retries = 0
    with smscx_client.ApiClient(configuration) as api_client:
        balance = account_api.AccountApi(api_client).get_account_balance()
    sent(vcr, "GET", "/account/balance")
    assert api_client.settings.retry.max_retries == 0
    assert balance.currency == "eur"


def test_settings_without_a_meaning_warn_and_the_call_goes_out(vcr: Any, sandbox: Sandbox) -> None:
    configuration = settings(discard_unknown_keys=True)
    configuration.client_side_validation = False
    with pytest.warns(DeprecationWarning, match="has no effect") as caught:
        api_client = smscx_client.ApiClient(configuration)
    assert {"discard_unknown_keys", "client_side_validation"} <= {str(w.message).split()[0][14:] for w in caught}
    with api_client:
        balance = account_api.AccountApi(api_client).get_account_balance()
    sent(vcr, "GET", "/account/balance")
    assert balance.balance == 100


def test_debug_and_logger_file_log_the_requests(vcr: Any, sandbox: Sandbox, tmp_path: Path) -> None:
    log = tmp_path / "smscx.log"
    logger = logging.getLogger("switchboard.smscx")
    level, handlers = logger.level, list(logger.handlers)
    try:
        with smscx_client.ApiClient(settings(debug=True, logger_file=str(log))) as api_client:
            account_api.AccountApi(api_client).get_account_balance()
    finally:
        for handler in logger.handlers[len(handlers) :]:
            handler.close()
        logger.handlers[:] = handlers
        logger.setLevel(level)
    sent(vcr, "GET", "/account/balance")
    assert "/account/balance" in log.read_text()
    assert API_KEY not in log.read_text()


def test_path_numbers_are_percent_encoded(vcr: Any, sandbox: Sandbox) -> None:
    with smscx_client.ApiClient(settings()) as api_client:
        result = numbers_api.NumbersApi(api_client).validate_number(NUMBER)
    wire = sent(vcr, "GET", "/numbers/validate/%2B31612469000")
    assert wire.method == "GET"
    assert result.data.phone_number == NUMBER


def test_otp_with_a_string_pin_type_then_verify(vcr: Any, sandbox: Sandbox) -> None:
    with smscx_client.ApiClient(settings()) as api_client:
        otp = otp_api.OtpApi(api_client)
        created = otp.new_otp({"phoneNumber": NUMBER, "pinType": "numbers", "ttl": 600})
        pin = sandbox.control("otp_pin", {"otpId": created.otp_id})["pin"]
        verified = otp.verify_otp(created.otp_id, pin)
    assert body(sent(vcr, "POST", "/otp")) == {"phoneNumber": NUMBER, "pinType": "numbers", "ttl": 600}
    assert body(sent(vcr, "POST", f"/otp/{created.otp_id}")) == {"pin": pin}
    assert created.status == "PENDING"
    assert verified.status == "VERIFIED"


def test_wrong_pin_raises_the_seed_exception(vcr: Any, sandbox: Sandbox) -> None:
    with smscx_client.ApiClient(settings()) as api_client:
        otp = otp_api.OtpApi(api_client)
        created = otp.new_otp({"phoneNumber": NUMBER})
        pin = sandbox.control("otp_pin", {"otpId": created.otp_id})["pin"]
        with pytest.raises(smscx_client.InvalidPinException) as caught:
            otp.verify_otp(created.otp_id, "0000" if pin != "0000" else "1111")
    assert caught.value.status == 400
    assert json.loads(caught.value.body)["error"]["type"] == "invalid_pin"


def test_application_credentials_fetch_a_token(vcr: Any, sandbox: Sandbox) -> None:
    from smscx_client.api import oauth_api

    configuration = smscx_client.Configuration(
        host=base_url(), username="sandbox-app-id", password="sandbox-app-secret"
    )
    with smscx_client.ApiClient(configuration) as api_client:
        token = oauth_api.OauthApi(api_client).get_access_token(scope="sms")
    wire = sent(vcr, "POST", "/oauth/token")
    assert parse_qs(wire.body.decode()) == {"scope": ["sms"], "grant_type": ["client_credentials"]}
    assert type(token).__name__ == "OauthTokenResponse"
    assert token.token_type == "Bearer"


def test_period_only_report_sends_only_the_period(vcr: Any, sandbox: Sandbox) -> None:
    with smscx_client.ApiClient(settings()) as api_client:
        report = reports_api.ReportsApi(api_client).get_advanced_report("2030-01")
    assert query(sent(vcr, "GET", "/reports")) == {"period": ["2030-01"]}
    assert report.data == []


def test_more_than_25000_destinations_is_refused_before_sending() -> None:
    numbers = [f"+3161{n:07d}" for n in range(25_001)]
    with smscx_client.ApiClient(settings()) as api_client, pytest.raises(smscx_client.ApiValueError) as caught:
        sms_api.SmsApi(api_client).send_sms({"to": numbers, "from": "InfoText", "text": "x"})
    assert "to" in str(caught.value)


def test_a_sender_id_outside_3_to_15_characters_is_refused_before_sending() -> None:
    with pytest.raises(smscx_client.ApiValueError) as caught:
        SendSmsMessageRequest(to=[NUMBER], _from="ab", text="x")
    assert "from" in str(caught.value)


def test_a_malformed_idempotency_id_is_refused_before_sending() -> None:
    request = SendSmsMessageRequest(to=[NUMBER], _from="InfoText", text="x")
    with pytest.raises(smscx_client.ApiValueError) as caught:
        request.idempotency_id = "not-a-uuid"
    assert "idempotency" in str(caught.value).lower()


def test_configuration_refuses_an_unknown_keyword() -> None:
    with warnings.catch_warnings(), pytest.raises(TypeError, match="no_such_setting"):
        smscx_client.Configuration(api_key="k", no_such_setting=1)


def test_return_http_data_only_false_gives_data_status_and_headers(vcr: Any, sandbox: Sandbox) -> None:
    with smscx_client.ApiClient(settings()) as api_client:
        answer: Any = account_api.AccountApi(api_client).get_account_balance(_return_http_data_only=False)
    data, status, response_headers = answer
    sent(vcr, "GET", "/account/balance")
    assert status == 200
    assert response_headers["content-type"].startswith("application/json")
    assert data.balance == 100


def test_preload_content_false_gives_the_raw_answer(vcr: Any, sandbox: Sandbox) -> None:
    with smscx_client.ApiClient(settings()) as api_client:
        raw = account_api.AccountApi(api_client).get_account_balance(_preload_content=False)
    sent(vcr, "GET", "/account/balance")
    assert raw.status == 200
    assert json.loads(raw.data)["balance"] == 100
    assert raw.getheader("Content-Type", "").startswith("application/json")


def test_async_req_returns_a_result_to_get(vcr: Any, sandbox: Sandbox) -> None:
    with smscx_client.ApiClient(settings()) as api_client:
        thread = sms_api.SmsApi(api_client).send_sms(
            SendSmsMessageRequest(to=[NUMBER], _from="InfoText", text="Threaded"), async_req=True
        )
        result = thread.get()
    assert body(sent(vcr, "POST", "/sms"))["text"] == "Threaded"
    assert type(result).__name__ == "SendSmsMessageResponse"
    assert result.data[0].to == NUMBER


def test_host_index_zero_and_check_return_type_are_accepted(vcr: Any, sandbox: Sandbox) -> None:
    with smscx_client.ApiClient(settings()) as api_client:
        accounts = account_api.AccountApi(api_client)
        with pytest.warns(DeprecationWarning, match="_check_return_type"):
            balance = accounts.get_account_balance(_host_index=0, _check_return_type=False)
        with pytest.raises(smscx_client.ApiTypeError, match="_no_such_option"):
            accounts.get_account_balance(_no_such_option=True)
        with pytest.raises(smscx_client.ApiValueError, match="host index"):
            accounts.get_account_balance(_host_index=1)
    assert sum(1 for r in vcr.requests if urlsplit(r.uri).path == "/account/balance") == 1  # refused ones not sent
    assert balance.currency == "eur"

"""SMS.CX callbacks end to end against the sandbox (no cassette): send with a dlrCallbackUrl, an OTP with an
otpCallbackUrl, a bulk lookup with a lookupCallbackUrl, an SMS to a rented number, an opt-out and link hits, each
received on loopback, parsed into its typed event and de-duplicated; and the parse errors of bad input."""

from __future__ import annotations

import json
import runpy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import smscx_client
from smscx_client.api import numbers_api, otp_api, sms_api
from smscx_client.model.new_otp_request import NewOtpRequest
from smscx_client.model.numbers_lookup_request import NumbersLookupRequest
from smscx_client.model.rent_number_request import RentNumberRequest
from smscx_client.model.send_sms_message_request import SendSmsMessageRequest
from smscx_client.webhooks import (
    AttachmentHitEvent,
    DlrUpdateEvent,
    InboundSmsEvent,
    NumberLookupEvent,
    OptoutEvent,
    OtpUpdateEvent,
    ShortlinkHitEvent,
    SmscxEvent,
    WebhookParseException,
    parse_event,
    receiver,
)
from switchboard_core.webhooks import WebhookRequest
from switchboard_sandbox.pytest_plugin import RunningSandbox
from switchboard_sandbox.receiver import CallbackReceiver

LOOPBACK = pytest.mark.block_network(allowed_hosts=["127\\.0\\.0\\.1"])
API_KEY = "sandbox-api-key"

DLR_ITEM: dict[str, Any] = {
    "campaignId": "2b4d9a6e-1c3f-4e5a-8b7d-9f0e1a2b3c4d", "msgId": "6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b",
    "statusCode": 0, "status": "DELIVERED", "errorCode": None, "datetime": "2024-05-01 10:00:00",
}  # fmt: skip
NO_CAMPAIGN = {k: v for k, v in DLR_ITEM.items() if k != "campaignId"}


@pytest.fixture
def api(smscx_sandbox: RunningSandbox) -> Iterator[smscx_client.ApiClient]:
    with smscx_client.ApiClient(smscx_client.Configuration(host=smscx_sandbox.url, api_key=API_KEY)) as client:
        yield client


def parsed(callback: Any) -> SmscxEvent:
    return parse_event(callback.body, callback.headers)


# -- parsing ----------------------------------------------------------------------------------------------------


def test_parse_event_types_each_documented_callback() -> None:
    event = parse_event(json.dumps({"event": "dlr_update", "data": [DLR_ITEM, {**DLR_ITEM, "msgId": "m2"}]}))
    assert isinstance(event, DlrUpdateEvent)
    assert [(r.msg_id, r.status, r.error_code) for r in event.data.data] == [
        (DLR_ITEM["msgId"], "DELIVERED", None), ("m2", "DELIVERED", None)]  # fmt: skip
    again = parse_event(json.dumps({"event": "dlr_update", "data": [DLR_ITEM, {**DLR_ITEM, "msgId": "m2"}]}))
    assert again.key == event.key  # a redelivered batch has the same id
    single = parse_event(json.dumps({"event": "dlr_update", "data": [DLR_ITEM]}))
    assert single.id == f"{DLR_ITEM['msgId']}:DELIVERED"

    hit = {"hitId": 4, "shortlinkId": "Xy12", "url": "https://sms.cx/Xy12", "device": "mobile", "browser": "Safari",
           "browserVersion": "17", "os": "iOS", "osVersion": "17", "brand": "Apple", "model": "iPhone",
           "screenResolution": "1x1", "acceptLanguage": "en", "referrer": None, "ipAddress": "192.0.2.0",
           "countryIso": "NL", "city": "Utrecht", "datetime": "2024-05-01 10:00:00"}  # fmt: skip
    assert isinstance(parse_event(json.dumps({"event": "shortlink_hit_update", "data": [hit]})), ShortlinkHitEvent)
    assert isinstance(parse_event(json.dumps({"event": "attachment_hit", "data": [hit]})), AttachmentHitEvent)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"{", "not JSON"),
        (b'"dlr_update"', "JSON str"),
        (json.dumps({"data": [DLR_ITEM]}).encode(), "no 'event'"),
        (json.dumps({"event": "dlr_update", "data": []}).encode(), "non-empty list"),
        (json.dumps({"event": "dlr_update", "data": [DLR_ITEM] * 201}).encode(), "at most 200"),
        (json.dumps({"event": "dlr_update", "data": [DLR_ITEM, 5]}).encode(), "item 1 is not an object"),
        (json.dumps({"event": "dlr_update", "data": [{**DLR_ITEM, "msgId": None}]}).encode(), "'msgId' is missing"),
        (json.dumps({"event": "dlr_update", "data": [{**DLR_ITEM, "status": 3}]}).encode(), "'status' is int"),
        (json.dumps({"event": "dlr_update", "data": [NO_CAMPAIGN]}).encode(), "missing 'campaignId'"),
        (
            json.dumps({"event": "new_optout", "data": [{"optoutId": "Ab3dE", "hitId": True}]}).encode(),
            "'hitId' is bool",
        ),
        (json.dumps({"event": "mystery", "data": [{}]}).encode(), "unknown callback event 'mystery'"),
    ],
)
def test_malformed_callbacks_raise_the_typed_parse_error(body: bytes, reason: str) -> None:
    with pytest.raises(WebhookParseException, match=reason) as raised:
        parse_event(body)
    assert isinstance(raised.value, smscx_client.ApiExceptionBase)


def test_a_batch_with_one_bad_item_is_refused_whole_and_never_reaches_the_handler() -> None:
    handled: list[SmscxEvent] = []
    endpoint = receiver(handled.append, path_secret="k3y")
    bad = json.dumps({"event": "dlr_update", "data": [DLR_ITEM, {**DLR_ITEM, "statusCode": "zero"}]}).encode()
    assert endpoint.handle(WebhookRequest("POST", "/hooks/k3y", {}, bad)).status == 400
    good = json.dumps({"event": "dlr_update", "data": [DLR_ITEM]}).encode()
    assert endpoint.handle(WebhookRequest("POST", "/hooks/wrong", {}, good)).status == 404
    assert handled == []
    assert endpoint.handle(WebhookRequest("POST", "/hooks/k3y", {}, good)).status == 200
    assert endpoint.handle(WebhookRequest("POST", "/hooks/k3y", {}, good)).body["duplicate"] is True
    assert len(handled) == 1


# -- the full loop against the sandbox ----------------------------------------------------------------------------


@LOOPBACK
def test_send_sms_with_a_dlr_callback_url_then_receive_and_handle_the_reports_once(
    api: smscx_client.ApiClient, callback_receiver: CallbackReceiver
) -> None:
    url = callback_receiver.url_for("/hooks/smscx/k3y")
    request = SendSmsMessageRequest(to=["+31612345601", "+447400123456"], _from="Switchboard", text="Hi",
                                    dlr_callback_url=url)  # fmt: skip
    sent = sms_api.SmsApi(api).send_sms(request)
    [callback] = callback_receiver.wait_for(1)
    assert callback.path == "/hooks/smscx/k3y"

    handled: list[SmscxEvent] = []
    endpoint = receiver(handled.append, path_secret="k3y")
    request_seen = WebhookRequest("POST", callback.target, {k.lower(): v for k, v in callback.headers.items()},
                                  callback.body, "127.0.0.1")  # fmt: skip
    assert endpoint.handle(request_seen).status == 200
    assert endpoint.handle(request_seen).body["duplicate"] is True  # a redelivery
    [event] = handled
    assert isinstance(event, DlrUpdateEvent)
    assert {r.msg_id for r in event.data.data} == {m.msg_id for m in sent.data}
    assert {(r.status, r.campaign_id) for r in event.data.data} == {("DELIVERED", sent.info.campaign_id)}


@LOOPBACK
def test_otp_status_changes_reach_the_otp_callback_url(
    api: smscx_client.ApiClient, smscx_sandbox: RunningSandbox, callback_receiver: CallbackReceiver
) -> None:
    otp = otp_api.OtpApi(api)
    request = NewOtpRequest(phone_number="+31612345601", country_iso="NL", _from="Switchboard",
                            template="Code {{pin}}", otp_callback_url=callback_receiver.url_for("/otp"))  # fmt: skip
    created = otp.new_otp(request)
    pin = smscx_sandbox.control.post("/_sandbox/smscx/otp_pin", {"otpId": created.otp_id})["pin"]
    otp.verify_otp(created.otp_id, pin)
    [callback] = callback_receiver.wait_for(1)
    event = parsed(callback)
    assert isinstance(event, OtpUpdateEvent)
    [item] = event.data.data
    assert (item.otp_id, item.status, event.id) == (created.otp_id, "VERIFIED", f"{created.otp_id}:VERIFIED")


@LOOPBACK
def test_bulk_lookup_results_reach_the_lookup_callback_url(
    api: smscx_client.ApiClient, callback_receiver: CallbackReceiver
) -> None:
    request = NumbersLookupRequest(phone_numbers=["+31612345601", "+447400123456"],
                                   lookup_callback_url=callback_receiver.url_for("/lookup"))  # fmt: skip
    numbers_api.NumbersApi(api).lookup_numbers(request)
    event = parsed(callback_receiver.wait_for(1)[0])
    assert isinstance(event, NumberLookupEvent)
    assert [i.phone_number for i in event.data.data] == ["+31612345601", "+447400123456"]
    assert all(i.lookup_bulk_id and i.status == "ACTIVE" for i in event.data.data)


@LOOPBACK
def test_an_sms_to_a_rented_number_reaches_its_callback_url(
    api: smscx_client.ApiClient, smscx_sandbox: RunningSandbox, callback_receiver: CallbackReceiver
) -> None:
    numbers = numbers_api.NumbersApi(api)
    offer = numbers.get_available_numbers("NL").data[0]
    rent = numbers.rent_number(RentNumberRequest(number_id=offer.number_id, rent_period=1,
                                                 callback_url=callback_receiver.url_for("/inbound")))  # fmt: skip
    smscx_sandbox.control.post("/_sandbox/smscx/inbound",
                               {"rentId": rent.info.rent_id, "from": "+31612345601", "text": "Hello"})  # fmt: skip
    event = parsed(callback_receiver.wait_for(1)[0])
    assert isinstance(event, InboundSmsEvent)
    [sms] = event.data.data
    assert (sms.from_, sms.to, sms.text) == ("+31612345601", offer.phone_number, "Hello")


@LOOPBACK
def test_opt_outs_and_link_hits_reach_the_application_callbacks(
    smscx_sandbox: RunningSandbox, callback_receiver: CallbackReceiver
) -> None:
    control = smscx_sandbox.control
    control.post("/_sandbox/smscx/app_callbacks", {"optouts": callback_receiver.url_for("/optouts"),
                                                   "attachments": callback_receiver.url_for("/hits")})  # fmt: skip
    control.post("/_sandbox/smscx/optout", {"phoneNumber": "+31612345601"})
    control.post("/_sandbox/smscx/hits", {"attachmentId": "Ab12Cd"})
    callbacks = callback_receiver.wait_for(2)
    events = {c.path: parsed(c) for c in callbacks}
    optout, hit = events["/optouts"], events["/hits"]
    assert isinstance(optout, OptoutEvent)
    assert (optout.data.data[0].phone_number, optout.data.data[0].optout_type) == ("+31612345601", "link")
    assert isinstance(hit, AttachmentHitEvent)
    assert hit.data.data[0].shortlink_id == "Ab12Cd"


@LOOPBACK
def test_the_readme_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    runpy.run_path(str(Path(__file__).parents[2] / "examples" / "smscx_webhooks.py"), run_name="__main__")
    assert "handled 2 events" in capsys.readouterr().out

"""Every operation against the sandbox (replayed from cassettes), sync and async: its success, and its documented
errors raised as the seed's exception classes. test_cassette_coverage.py checks that nothing was left out."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import smscx_client as sx
from smscx_client.model.send_sms_message_request import SendSmsMessageRequest
from smscx_client.model.send_sms_request_estimate import SendSmsRequestEstimate
from smscx_client.model.strategy import Strategy

from .conftest import Apis, Sandbox, call, collect, configuration

pytestmark = [pytest.mark.vcr, pytest.mark.sandbox_only]

NL = "+31612469000"
NL2 = "+31612469001"
MISSING = "00000000-0000-4000-8000-000000000000"
LATER = "2099-01-01 10:00:00"
WINDOW = {"start_date": "2020-01-01", "end_date": "2099-12-31"}


def _xlsx(data: object) -> list[str]:
    """The parts of an XLSX export, returned as 0.1.x did: an open binary file in the temp directory."""
    assert isinstance(data, io.BufferedReader)
    with data:
        return zipfile.ZipFile(data).namelist()


async def test_account(apis: Apis, sandbox: Sandbox) -> None:
    balance = await call(apis.account.get_account_balance())
    assert (balance.balance, balance.currency, balance.billing) == (100.0, "eur", "prepaid")
    prices = await call(apis.account.get_channel_pricing("sms", "transactional"))
    assert prices["NL"]["KPN"] == 0.05
    viber = await call(apis.account.get_channel_pricing_by_country_iso("viber", "promotional", "NL"))
    assert viber["NL"]["TRANSACTIONAL"] == 0.04
    with pytest.raises(sx.NoCoverageException):
        await call(apis.account.get_channel_pricing_by_country_iso("sms", "transactional", "IR"))
    status = await call(apis.account.get_channels_status())
    assert status.sms is True


async def test_applications(apis: Apis, sandbox: Sandbox) -> None:
    apps = await call(apis.applications.get_applications_list())
    assert {a.application_id for a in apps.data} >= {"sandbox-app-id"}
    settings = await call(apis.applications.get_application_settings("sandbox-app-id"))
    assert settings.settings.otp.pin_length == 4
    with pytest.raises(sx.ResourceNotFoundException) as caught:
        await call(apis.applications.get_application_settings("no-such-app"))
    assert caught.value.error_code == 1500
    scopes = await call(apis.applications.get_scopes())
    assert "sms" in scopes


async def test_attachments(apis: Apis, sandbox: Sandbox, tmp_path: Path) -> None:
    [attachment] = (await call(apis.attachments.get_attachments_list())).data
    sandbox.control("hits", {"attachmentId": attachment.id})
    hits = await call(apis.attachments.get_attachment_hits(attachment.id, limit=10))
    assert [h.city for h in hits.data] == ["Amsterdam"]
    csv = await call(apis.attachments.export_attachment_hits_to_csv(attachment.id))
    assert csv.startswith("hitId,")
    target = tmp_path / "hits.xlsx"
    assert await call(apis.attachments.export_attachment_hits_to_xlsx(attachment.id, to=target)) == target
    assert "xl/workbook.xml" in zipfile.ZipFile(target).namelist()
    deleted = await call(apis.attachments.delete_attachment(attachment.id))
    assert deleted.info.id == attachment.id
    for operation in ("delete_attachment", "get_attachment_hits", "export_attachment_hits_to_csv",
                      "export_attachment_hits_to_xlsx"):  # fmt: skip
        with pytest.raises(sx.ResourceNotFoundException):
            await call(getattr(apis.attachments, operation)(attachment.id))


async def test_conversations(apis: Apis, sandbox: Sandbox) -> None:
    fresh = sandbox.control("conversations", {"phoneNumber": NL, "text": "Hi there"})["conversationId"]
    stale = sandbox.control("conversations", {"phoneNumber": NL2, "text": "Old", "hoursAgo": 30})["conversationId"]
    listed = await call(apis.conversations.get_converstions_list())
    assert {c.conversation_id for c in listed.data} == {fresh, stale}
    details = await call(apis.conversations.get_conversation(fresh))
    assert details.data[0].text == "Hi there"
    read = await call(apis.conversations.mark_conversation_as_read(fresh))
    assert read.info.id == fresh
    sms = await call(apis.conversations.send_conversation_reply_sms(fresh, {"text": "Hello back"}))
    assert sms.data.text == "Hello back"
    viber = await call(apis.conversations.send_conversation_reply_viber(fresh, {"text": "Hi", "rich_media": {}}))
    assert viber.data.status == "ACCEPTED"
    whatsapp = await call(apis.conversations.send_conversation_reply_whatsapp(fresh, {"text": "Hi", "rich_media": {}}))
    assert whatsapp.info.total_cost == 0.06
    with pytest.raises(sx.AccessDeniedException) as caught:
        await call(apis.conversations.send_conversation_reply_viber(stale, {"text": "Late", "rich_media": {}}))
    assert caught.value.error_code == 1181
    with pytest.raises(sx.AccessDeniedException):
        await call(apis.conversations.send_conversation_reply_whatsapp(stale, {"text": "Late", "rich_media": {}}))
    with pytest.raises(sx.InvalidRequestException):
        await call(apis.conversations.send_conversation_reply_sms(fresh, {"text": "  "}))
    for operation in ("get_conversation", "mark_conversation_as_read"):
        with pytest.raises(sx.ResourceNotFoundException):
            await call(getattr(apis.conversations, operation)(MISSING))


async def test_groups(apis: Apis, sandbox: Sandbox) -> None:
    group = (await call(apis.groups.create_group({"name": "Friends"}))).info.id
    with pytest.raises(sx.DuplicateValueException):
        await call(apis.groups.create_group({"name": "Friends"}))
    added = await call(
        apis.groups.add_contacts_to_group(group, {"phone_numbers": [NL, NL2, "+336123"], "allow_invalid": True})
    )
    assert (added.info.total_valid, added.info.invalid) == (2, ["+336123"])
    with pytest.raises(sx.InvalidPhoneNumberException) as caught:
        await call(apis.groups.add_contacts_to_group(group, {"phone_numbers": ["+336123", "+44158"]}))
    assert caught.value.invalid == ["+336123", "+44158"]
    assert [g.name for g in (await call(apis.groups.get_groups_list())).data] == ["Friends"]
    page = await call(apis.groups.get_group_details(group, limit=1))
    assert page.paging.next_ is not None
    contacts = await collect(apis.groups.iter_group_details(group, limit=1))
    assert [c.phone_number for c in contacts] == [NL, NL2]
    updated = await call(apis.groups.update_contact_from_group(group, contacts[0].id, {"first_name": "Ann"}))
    assert updated.info.id == contacts[0].id
    assert await call(apis.groups.update_contact_from_group(group, contacts[0].id, {"first_name": "Ann"})) is None
    with pytest.raises(sx.DuplicateValueException):
        await call(apis.groups.update_contact_from_group(group, contacts[0].id, {"phone_number": NL2}))
    assert (await call(apis.groups.export_group_to_csv(group))).splitlines()[1].startswith(NL)
    assert "xl/worksheets/sheet1.xml" in _xlsx(await call(apis.groups.export_group_to_xlsx(group)))
    deleted = await call(apis.groups.delete_contact_from_group(group, contacts[1].id))
    assert deleted.info.phone_number == NL2
    with pytest.raises(sx.ResourceNotFoundException):
        await call(apis.groups.delete_contact_from_group(group, contacts[1].id))
    assert (await call(apis.groups.empty_group(group))).info.id == group
    assert await call(apis.groups.empty_group(group)) is None
    assert (await call(apis.groups.delete_group(group))).info.name == "Friends"
    for operation in (
        "get_group_details",
        "delete_group",
        "empty_group",
        "export_group_to_csv",
        "export_group_to_xlsx",
    ):
        with pytest.raises(sx.ResourceNotFoundException):
            await call(getattr(apis.groups, operation)(group))
    with pytest.raises(sx.ResourceNotFoundException):
        await call(apis.groups.add_contacts_to_group(group, {"phone_numbers": [NL]}))
    with pytest.raises(sx.ResourceNotFoundException):
        await call(apis.groups.update_contact_from_group(group, contacts[0].id, {"first_name": "Bo"}))


async def _group_with(apis: Apis, name: str, numbers: list[str]) -> int:
    group = (await call(apis.groups.create_group({"name": name}))).info.id
    await call(apis.groups.add_contacts_to_group(group, {"phone_numbers": numbers}))
    return int(group)


async def test_sms(apis: Apis, sandbox: Sandbox) -> None:
    request = SendSmsRequestEstimate(to=[NL, NL2], _from="InfoText", text="Hi {{optoutLink}}")
    estimate = await call(apis.sms.estimate_sms(request))
    assert estimate.info.total_cost == 0.1
    sent = await call(apis.sms.send_sms(SendSmsMessageRequest(to=[NL], _from="InfoText", text="Now")))
    assert sent.data[0].status == "ACCEPTED"
    scheduled = await call(
        apis.sms.send_sms({"to": [NL], "from": "InfoText", "text": "Later", "scheduled_date": LATER})
    )
    [message] = scheduled.data
    assert message.status == "SCHEDULED"
    cancelled = await call(apis.sms.delete_scheduled_sms(message.msg_id))
    assert cancelled.info.credit_returned == 0.05
    with pytest.raises(sx.AccessDeniedException):
        await call(apis.sms.delete_scheduled_sms(sent.data[0].msg_id))
    with pytest.raises(sx.ResourceNotFoundException):
        await call(apis.sms.delete_scheduled_sms(MISSING))
    group = await _group_with(apis, "Team", [NL, NL2])
    campaign = {"groups": [group], "from": "InfoText", "text": "Team news", "scheduled_date": LATER}
    assert (await call(apis.sms.estimate_sms_campaign(campaign))).info.total_phone_numbers == 2
    sent_campaign = await call(apis.sms.send_sms_campaign(campaign))
    deleted = await call(apis.sms.delete_scheduled_sms_campaign(sent_campaign.info.campaign_id))
    assert deleted.info.phone_numbers_deleted == 2
    with pytest.raises(sx.ResourceNotFoundException):
        await call(apis.sms.delete_scheduled_sms_campaign(MISSING))
    with pytest.raises(sx.InvalidRequestException) as caught:
        await call(apis.sms.send_sms_campaign({"groups": [999], "from": "InfoText", "text": "x"}))
    assert caught.value.error_code == 1140
    with pytest.raises(sx.InvalidPhoneNumberException):
        await call(apis.sms.send_sms({"to": ["+336123"], "from": "InfoText", "text": "x"}))
    with pytest.raises(sx.InvalidPhoneNumberException):
        await call(apis.sms.estimate_sms({"to": ["+336123", "+1"], "from": "InfoText", "text": "x"}))
    with pytest.raises(sx.NoCoverageException):
        await call(apis.sms.send_sms({"to": ["+989121234567"], "from": "InfoText", "text": "x"}))
    with pytest.raises(sx.InvalidRequestException) as caught:
        await call(
            apis.sms.send_sms({"to": [NL], "from": "InfoText", "text": "x", "scheduled_date": "2001-01-01 00:00:00"})
        )
    assert caught.value.error_code == 1116
    sandbox.control("balance", {"balance": 0})
    broke = (("send_sms", {"to": [NL], "from": "InfoText", "text": "x"}),
             ("estimate_sms_campaign", {"groups": [group], "from": "InfoText", "text": "x"}))  # fmt: skip
    for operation, body in broke:
        with pytest.raises(sx.InsufficientBalanceException):
            await call(getattr(apis.sms, operation)(body))


async def test_bulk_send_of_25000_destinations(apis: Apis, sandbox: Sandbox) -> None:
    sandbox.control("balance", {"balance": 5000})
    numbers = [f"+316{n:08d}" for n in range(25_000)]
    sent = await call(apis.sms.send_sms({"to": numbers, "from": "InfoText", "text": "Bulk", "short_response": True}))
    assert (sent.info.total_valid, sent.info.total_cost, sent.data) == (25_000, 1250.0, [])
    assert sent.info.total_parts == 25_000
    with pytest.raises(sx.ApiValueError):
        await call(apis.sms.send_sms({"to": [*numbers, "+31612469000"], "from": "InfoText", "text": "Too many"}))


async def _approved(apis: Apis, sandbox: Sandbox, channel: str) -> int:
    created = await call(apis.templates.create_template({"text": f"{channel} offer", "channel": channel}))
    sandbox.control("templates", {"templateId": created.info.id})
    return int(created.info.id)


async def test_viber(apis: Apis, sandbox: Sandbox) -> None:
    template = await _approved(apis, sandbox, "viber")
    body = {"to": [NL], "from": "InfoText", "template_id": template}
    assert (await call(apis.viber.estimate_viber_message(body))).info.total_cost == 0.04
    sent = await call(apis.viber.send_viber_message({**body, "scheduled_date": LATER}))
    assert (await call(apis.viber.delete_scheduled_viber_message(sent.data[0].msg_id))).info.channel == "viber"
    group = await _group_with(apis, "Viber fans", [NL, NL2])
    campaign = {"groups": [group], "from": "InfoText", "template_id": template, "scheduled_date": LATER}
    assert (await call(apis.viber.estimate_viber_campaign(campaign))).info.total_valid == 2
    sent_campaign = await call(apis.viber.send_viber_campaign(campaign))
    assert (
        await call(apis.viber.delete_scheduled_viber_campaign(sent_campaign.info.campaign_id))
    ).info.channel == "viber"
    with pytest.raises(sx.ResourceNotFoundException):
        await call(apis.viber.delete_scheduled_viber_message(MISSING))
    with pytest.raises(sx.ResourceNotFoundException):
        await call(apis.viber.delete_scheduled_viber_campaign(MISSING))
    unapproved = (await call(apis.templates.create_template({"text": "Draft", "channel": "viber"}))).info.id
    with pytest.raises(sx.TemplateNotApprovedException):
        await call(apis.viber.send_viber_message({**body, "template_id": unapproved}))
    with pytest.raises(sx.TemplateNotApprovedException):
        await call(apis.viber.estimate_viber_campaign({**campaign, "template_id": unapproved}))
    sandbox.control("channels", {"viber": False})
    with pytest.raises(sx.ChannelNotActiveException) as caught:
        await call(apis.viber.send_viber_campaign(campaign))
    assert caught.value.error_code == 1606
    with pytest.raises(sx.ChannelNotActiveException):
        await call(apis.viber.estimate_viber_message(body))


async def test_whatsapp(apis: Apis, sandbox: Sandbox) -> None:
    template = await _approved(apis, sandbox, "whatsapp")
    body = {"to": [NL], "from": "InfoText", "template_id": template}
    assert (await call(apis.whatsapp.estimate_whatsapp_message(body))).info.total_cost == 0.06
    sent = await call(apis.whatsapp.send_whatsapp_message({**body, "scheduled_date": LATER}))
    deleted = await call(apis.whatsapp.delete_scheduled_whatsapp_message(sent.data[0].msg_id))
    assert deleted.info.credit_returned == 0.06
    with pytest.raises(sx.ResourceNotFoundException):
        await call(apis.whatsapp.delete_scheduled_whatsapp_message(MISSING))
    sandbox.control("channels", {"whatsapp": False})
    with pytest.raises(sx.ChannelNotActiveException) as caught:
        await call(apis.whatsapp.send_whatsapp_message(body))
    assert caught.value.error_code == 1608
    with pytest.raises(sx.ChannelNotActiveException):
        await call(apis.whatsapp.estimate_whatsapp_message(body))


async def test_multichannel(apis: Apis, sandbox: Sandbox) -> None:
    template = await _approved(apis, sandbox, "viber")
    strategy = [Strategy(channel="viber", template_id=template), Strategy(channel="sms", text="Fallback")]
    body = {"to": [NL], "from": "InfoText", "strategy": strategy}
    estimate = await call(apis.multichannel.estimate_multichannel_message(body))
    assert estimate.data[0].channel == "viber"
    sent = await call(apis.multichannel.send_multichannel_message({**body, "scheduled_date": LATER}))
    deleted = await call(apis.multichannel.delete_scheduled_multichannel_message(sent.data[0].msg_id))
    assert deleted.info.channel == "multichannel"
    group = await _group_with(apis, "Everyone", [NL, NL2])
    campaign = {"groups": [group], "from": "InfoText", "strategy": strategy, "scheduled_date": LATER}
    assert (await call(apis.multichannel.estimate_multichannel_campaign(campaign))).info.total_valid == 2
    sent_campaign = await call(apis.multichannel.send_multichannel_campaign(campaign))
    undone = await call(apis.multichannel.delete_scheduled_multichannel_campaign(sent_campaign.info.campaign_id))
    assert undone.info.phone_numbers_deleted == 2
    with pytest.raises(sx.ResourceNotFoundException):
        await call(apis.multichannel.delete_scheduled_multichannel_message(MISSING))
    with pytest.raises(sx.ResourceNotFoundException):
        await call(apis.multichannel.delete_scheduled_multichannel_campaign(MISSING))
    only_sms = {**body, "strategy": [{"channel": "sms", "text": "x"}]}
    reversed_strategy = {**campaign, "strategy": strategy[::-1]}
    wrong = (
        ("send_multichannel_message", only_sms),
        ("estimate_multichannel_message", only_sms),
        ("send_multichannel_campaign", reversed_strategy),
        ("estimate_multichannel_campaign", reversed_strategy),
    )
    for operation, payload in wrong:
        with pytest.raises(sx.InvalidRequestException):
            await call(getattr(apis.multichannel, operation)(payload))


async def test_numbers(apis: Apis, sandbox: Sandbox) -> None:
    valid = await call(apis.numbers.validate_number(NL))
    assert valid.data.network_operator == "KPN"
    with pytest.raises(sx.InvalidPhoneNumberException):
        await call(apis.numbers.validate_number("+336123"))
    bulk = await call(apis.numbers.validate_numbers({"phone_numbers": [NL, "+336123"]}))
    assert [d.invalid for d in bulk.data] == [False, True]
    with pytest.raises(sx.InvalidRequestException):
        await call(apis.numbers.validate_numbers({"phone_numbers": []}))
    lookup = await call(apis.numbers.lookup_number(NL))
    assert (await call(apis.numbers.get_single_lookup_status(lookup.data.lookup_id))).status == "ACTIVE"
    with pytest.raises(sx.NoCoverageException):
        await call(apis.numbers.lookup_number("+989121234567"))
    lookups = await call(apis.numbers.lookup_numbers({"phone_numbers": [NL, NL2]}))
    result = await call(apis.numbers.get_bulk_lookup_status(lookups.info.lookup_bulk_id))
    assert len(result.data) == 2
    with pytest.raises(sx.InvalidRequestException):
        await call(apis.numbers.lookup_numbers({"phone_numbers": ["+336123"]}))
    for operation in ("get_single_lookup_status", "get_bulk_lookup_status"):
        with pytest.raises(sx.ResourceNotFoundException):
            await call(getattr(apis.numbers, operation)(MISSING))
    offers = await call(apis.numbers.get_available_numbers("NL"))
    with pytest.raises(sx.InvalidRequestException):
        await call(apis.numbers.get_available_numbers("ZZ"))
    rent = await call(apis.numbers.rent_number({"number_id": offers.data[0].number_id, "rent_period": 7}))
    rent_id = rent.info.rent_id
    assert (await call(apis.numbers.get_rent_status(rent_id))).info.phone_number == offers.data[0].phone_number
    with pytest.raises(sx.AccessDeniedException):
        await call(apis.numbers.rent_number({"number_id": offers.data[0].number_id, "rent_period": 7}))
    with pytest.raises(sx.ResourceNotFoundException):
        await call(apis.numbers.rent_number({"number_id": MISSING, "rent_period": 1}))
    renewed = await call(apis.numbers.renew_rent(rent_id, {"rent_period": 30, "auto_renew": True}))
    assert renewed.info.auto_renew is True
    assert [r.rent_id for r in (await call(apis.numbers.get_rented_numbers())).data] == [rent_id]
    inbound = await call(apis.numbers.get_inbound_sms(rent_id))
    assert inbound.data == []
    assert (await call(apis.numbers.cancel_rent(rent_id))).info.credit_returned == 9.0
    with pytest.raises(sx.AccessDeniedException):
        await call(apis.numbers.renew_rent(rent_id, {"rent_period": 1}))
    for operation in ("get_rent_status", "cancel_rent", "get_inbound_sms"):
        with pytest.raises(sx.ResourceNotFoundException):
            await call(getattr(apis.numbers, operation)(MISSING))
    with pytest.raises(sx.ResourceNotFoundException):
        await call(apis.numbers.renew_rent(MISSING, {"rent_period": 1}))
    sandbox.control("balance", {"balance": 0})
    with pytest.raises(sx.InsufficientBalanceException):
        await call(apis.numbers.lookup_number(NL))


async def test_oauth(apis: Apis, sandbox: Sandbox) -> None:
    app = configuration(api_key=None, username="sandbox-app-id", password="sandbox-app-secret")
    token_api = type(apis.oauth)(type(apis.oauth.api_client)(app))
    token = await call(token_api.get_access_token(scope="sms groups"))
    assert (token.expires_in, token.scope) == (86400, "groups sms")
    assert "access_token=REDACTED" in repr(token)
    with pytest.raises(sx.InvalidScopeException):
        await call(token_api.get_access_token(scope="everything"))
    wrong = configuration(api_key=None, username="sandbox-app-id", password="wrong")
    with pytest.raises(sx.InvalidCredentialsException) as caught:
        await call(type(apis.oauth)(type(apis.oauth.api_client)(wrong)).get_access_token())
    assert caught.value.error_type == "invalid_client"


async def test_optouts(apis: Apis, sandbox: Sandbox, tmp_path: Path) -> None:
    added = await call(apis.optouts.add_contact_to_optouts_list({"phone_numbers": [NL, NL2]}))
    assert added.info.total_valid == 2
    with pytest.raises(sx.InvalidRequestException) as caught:
        await call(apis.optouts.add_contact_to_optouts_list({"phone_numbers": [NL]}))
    assert caught.value.error_code == 1441
    with pytest.raises(sx.InvalidPhoneNumberException):
        await call(apis.optouts.add_contact_to_optouts_list({"phone_numbers": ["+336123", "+1"]}))
    everyone = await collect(apis.optouts.iter_optouts_list(limit=2))
    assert [o.phone_number for o in everyone] == [NL2, NL, "+33612345600"]
    first = await call(apis.optouts.get_optouts_list(limit=1))
    assert first.info.total == 3
    by_link = next(o for o in everyone if o.optout_from == "link")
    with pytest.raises(sx.AccessDeniedException):
        await call(apis.optouts.delete_contact_from_optouts_list(by_link.id))
    assert (await call(apis.optouts.delete_contact_from_optouts_list(everyone[0].id))).info.phone_number == NL2
    with pytest.raises(sx.ResourceNotFoundException):
        await call(apis.optouts.delete_contact_from_optouts_list(everyone[0].id))
    assert (await call(apis.optouts.export_optouts_to_csv())).count("\n") == 3
    with (tmp_path / "optouts.xlsx").open("wb") as handle:
        await call(apis.optouts.export_optouts_to_xlsx(to=handle))
    assert zipfile.is_zipfile(tmp_path / "optouts.xlsx")


async def test_originators(apis: Apis, sandbox: Sandbox) -> None:
    created = await call(apis.originators.create_originator({"originator": "MyShop"}))
    with pytest.raises(sx.DuplicateValueException):
        await call(apis.originators.create_originator({"originator": "MyShop"}))
    with pytest.raises(sx.InvalidRequestException):
        await call(apis.originators.create_originator({"originator": "WayTooLongName"}))
    listed = await call(apis.originators.get_originators_list())
    assert [o.originator for o in listed.data] == ["InfoText", "MyShop"]
    assert (await call(apis.originators.delete_originator(created.info.id))).info.originator == "MyShop"
    with pytest.raises(sx.ResourceNotFoundException):
        await call(apis.originators.delete_originator(created.info.id))


async def test_otp(apis: Apis, sandbox: Sandbox) -> None:
    otp = await call(apis.otp.new_otp({"phone_number": NL, "ttl": 60, "max_attempts": 2}))
    assert otp.status == "PENDING"
    pin = sandbox.control("otp_pin", {"otpId": otp.otp_id})["pin"]
    with pytest.raises(sx.InvalidPinException):
        await call(apis.otp.verify_otp(otp.otp_id, "0000" if pin != "0000" else "1111"))
    assert (await call(apis.otp.verify_otp(otp.otp_id, pin))).status == "VERIFIED"
    with pytest.raises(sx.OtpAlreadyVerifiedException):
        await call(apis.otp.verify_otp(otp.otp_id, pin))
    with pytest.raises(sx.OtpActionNotAllowedException):
        await call(apis.otp.cancel_otp(otp.otp_id))
    assert (await call(apis.otp.get_otp_status(otp.otp_id))).attempts == 2
    failing = await call(apis.otp.new_otp({"phone_number": NL, "max_attempts": 1}))
    with pytest.raises(sx.OtpFailedException):
        await call(apis.otp.verify_otp(failing.otp_id, "zzzz"))
    cancelled = await call(apis.otp.new_otp({"phone_number": NL}))
    assert (await call(apis.otp.cancel_otp(cancelled.otp_id))).info.id == cancelled.otp_id
    with pytest.raises(sx.OtpCancelledException):
        await call(apis.otp.cancel_otp(cancelled.otp_id))
    with pytest.raises(sx.OtpCancelledException):
        await call(apis.otp.verify_otp(cancelled.otp_id, "1234"))
    expiring = await call(apis.otp.new_otp({"phone_number": NL, "ttl": 60}))
    sandbox.control("clock", {"advance": 61})
    with pytest.raises(sx.OtpExpiredException):
        await call(apis.otp.verify_otp(expiring.otp_id, "1234"))
    assert (await call(apis.otp.get_otp_status(expiring.otp_id))).status == "EXPIRED"
    with pytest.raises(sx.InvalidRequestException):
        await call(apis.otp.new_otp({"phone_number": "+336123"}))
    for operation in ("get_otp_status", "cancel_otp"):
        with pytest.raises(sx.ResourceNotFoundException):
            await call(getattr(apis.otp, operation)(MISSING))
    with pytest.raises(sx.ResourceNotFoundException):
        await call(apis.otp.verify_otp(MISSING, "1234"))


async def test_reports(apis: Apis, sandbox: Sandbox, tmp_path: Path) -> None:
    sent = await call(apis.sms.send_sms({"to": [NL, NL2], "from": "InfoText", "text": "Report me"}))
    campaign, msg_id = sent.info.campaign_id, sent.data[0].msg_id
    report = await call(apis.reports.get_advanced_report(**WINDOW, channel="sms", short_response=False, limit=1))
    assert report.info.total_phone_numbers == 2
    rows = await collect(apis.reports.iter_advanced_report(**WINDOW, limit=1))
    assert {r.msg_id for r in rows} == {m.msg_id for m in sent.data}
    with pytest.raises(sx.InvalidRequestException) as caught:
        await call(apis.reports.get_advanced_report("2030-13"))
    assert caught.value.error_code == 1820
    assert (await call(apis.reports.export_advanced_report_to_csv(**WINDOW))).startswith("msgId,")
    assert (
        await call(apis.reports.export_advanced_report_to_xlsx(**WINDOW, to=tmp_path / "r.xlsx")) == tmp_path / "r.xlsx"
    )
    for operation in ("export_advanced_report_to_csv", "export_advanced_report_to_xlsx"):
        with pytest.raises(sx.InvalidRequestException):
            await call(getattr(apis.reports, operation)(start_date="2030-02-01", end_date="2030-01-01"))
    details = await call(apis.reports.get_campaign_report(campaign, limit=10))
    assert details.info.total_phone_numbers == 2
    assert (await call(apis.reports.export_campaign_report_to_csv(campaign))).count("\n") == 3
    assert "[Content_Types].xml" in _xlsx(await call(apis.reports.export_campaign_report_to_xlsx(campaign)))
    campaigns = await call(apis.reports.get_campaigns_list(delivery_reports=True, source="api"))
    assert campaigns.data[0].status.delivered == 2
    assert [c.id for c in await collect(apis.reports.iter_campaigns_list(limit=1))] == [campaign]
    single = await call(apis.reports.get_single_report(msg_id))
    assert single.data.status == "DELIVERED"
    for operation in ("get_campaign_report", "export_campaign_report_to_csv", "export_campaign_report_to_xlsx",
                      "get_single_report"):  # fmt: skip
        with pytest.raises(sx.ResourceNotFoundException):
            await call(getattr(apis.reports, operation)(MISSING))
    summary = await call(apis.reports.get_summary_reports("country", **WINDOW))
    assert summary.data["NL"].phone_numbers == 2
    delivery = await call(apis.reports.get_summary_reports("delivery", **WINDOW))
    assert next(iter(delivery.data.additional_properties.values())).delivered.parts == 2
    with pytest.raises(sx.InvalidRequestException):
        await call(apis.reports.get_summary_reports("channel", start_date="bad", end_date="2030-01-01"))


async def test_shortlinks(apis: Apis, sandbox: Sandbox) -> None:
    link = (await call(apis.shortlinks.create_shortlink({"url": "https://example.com/sale", "name": "Sale"}))).info
    with pytest.raises(sx.DuplicateIdException):
        await call(apis.shortlinks.create_shortlink({"url": "https://example.com/other", "name": "Sale"}))
    with pytest.raises(sx.InvalidRequestException):
        await call(apis.shortlinks.create_shortlink({"url": "not a url"}))
    other = (await call(apis.shortlinks.create_shortlink({"url": "https://example.com/b", "name": "Other"}))).info
    sandbox.control("hits", {"shortId": link.id})
    assert [s.hits for s in (await call(apis.shortlinks.get_shortlinks_list())).data] == [0, 1]
    hits = await call(apis.shortlinks.get_shortlink_hits(link.id, short_response=False))
    assert hits.data[0].browser == "Safari"
    assert (await call(apis.shortlinks.export_shortlink_hits_to_csv(link.id))).count("\n") == 2
    assert "xl/workbook.xml" in _xlsx(await call(apis.shortlinks.export_shortlink_hits_to_xlsx(link.id)))
    updated = await call(
        apis.shortlinks.update_shortlink(link.id, {"name": "Sale 2", "url": "https://example.com/sale"})
    )
    assert updated.info.id == link.id
    assert (
        await call(apis.shortlinks.update_shortlink(link.id, {"name": "Sale 2", "url": "https://example.com/sale"}))
        is None
    )
    with pytest.raises(sx.DuplicateValueException):
        await call(apis.shortlinks.update_shortlink(link.id, {"name": "Other", "url": "https://example.com/sale"}))
    assert (await call(apis.shortlinks.delete_shortlink(other.id))).info.id == other.id
    for operation in ("delete_shortlink", "get_shortlink_hits", "export_shortlink_hits_to_csv",
                      "export_shortlink_hits_to_xlsx"):  # fmt: skip
        with pytest.raises(sx.ResourceNotFoundException):
            await call(getattr(apis.shortlinks, operation)(other.id))
    with pytest.raises(sx.ResourceNotFoundException):
        await call(apis.shortlinks.update_shortlink(other.id, {"name": "Gone", "url": "https://example.com/"}))


async def test_templates(apis: Apis, sandbox: Sandbox) -> None:
    created = await call(apis.templates.create_template({"text": "Hello {{firstName}}", "name": "Greeting"}))
    template = created.info.id
    with pytest.raises(sx.DuplicateValueException):
        await call(apis.templates.create_template({"text": "Again", "name": "Greeting"}))
    assert (await call(apis.templates.get_template(template))).data.approved is True
    assert [t.name for t in (await call(apis.templates.get_templates_list())).data] == ["Greeting"]
    assert (await call(apis.templates.update_template(template, {"text": "Hi {{firstName}}"}))).info.id == template
    assert await call(apis.templates.update_template(template, {"text": "Hi {{firstName}}"})) is None
    viber = await _approved(apis, sandbox, "viber")
    with pytest.raises(sx.AccessDeniedException) as caught:
        await call(apis.templates.update_template(viber, {"text": "Changed"}))
    assert caught.value.error_code == 1812
    assert (await call(apis.templates.delete_template(template))).info.id == template
    for operation in ("get_template", "delete_template"):
        with pytest.raises(sx.ResourceNotFoundException):
            await call(getattr(apis.templates, operation)(template))
    with pytest.raises(sx.ResourceNotFoundException):
        await call(apis.templates.update_template(template, {"text": "x"}))


async def test_every_operation_refuses_bad_credentials(apis: Apis, sandbox: Sandbox) -> None:
    """401 -> InvalidCredentialsException, for the operations whose other errors need no state."""
    bad = Apis(type(apis.sms.api_client)(configuration(api_key="wrong-key")))
    calls: list[Callable[[], Any]] = [
        lambda: bad.account.get_account_balance(), lambda: bad.account.get_channel_pricing("sms", "promotional"),
        lambda: bad.account.get_channels_status(), lambda: bad.applications.get_applications_list(),
        lambda: bad.applications.get_scopes(), lambda: bad.attachments.get_attachments_list(),
        lambda: bad.conversations.get_converstions_list(), lambda: bad.groups.get_groups_list(),
        lambda: bad.numbers.get_rented_numbers(), lambda: bad.optouts.get_optouts_list(),
        lambda: bad.optouts.export_optouts_to_csv(), lambda: bad.optouts.export_optouts_to_xlsx(),
        lambda: bad.originators.get_originators_list(), lambda: bad.reports.get_campaigns_list(),
        lambda: bad.shortlinks.get_shortlinks_list(), lambda: bad.templates.get_templates_list(),
    ]  # fmt: skip
    for pending in calls:
        with pytest.raises(sx.InvalidCredentialsException):
            await call(pending())


async def test_rate_limit_then_scope(apis: Apis, sandbox: Sandbox) -> None:
    sandbox.control("rate_limit", {"times": 1, "reset_in": 30})
    with pytest.raises(sx.RateLimitExcedeedException) as caught:
        await call(apis.account.get_account_balance())
    assert caught.value.headers["X-Rate-Limit-Remaining"] == "0"
    assert int(caught.value.headers["X-Rate-Limit-Reset"]) > 1_600_000_000
    scoped = Apis(type(apis.sms.api_client)(configuration(api_key=None, username="sandbox-app-id",
                                                          password="sandbox-app-secret", scope="sms")))  # fmt: skip
    assert (await call(scoped.sms.estimate_sms({"to": [NL], "from": "InfoText", "text": "x"}))).info.total_valid == 1
    with pytest.raises(sx.InsufficientScopeException):
        await call(scoped.groups.get_groups_list())

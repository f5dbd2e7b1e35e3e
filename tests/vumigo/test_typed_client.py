"""The generated ``vumigo_api`` client through ``client.typed`` (the facade's HTTP stack), sync and async:
every operation once, documented errors returned as values."""

from __future__ import annotations

import pytest

from go_http import AsyncContactsApiClient, ContactsApiClient, HttpApiSender
from vumigo_api.api.account import account_rpc
from vumigo_api.api.contacts import create_contact, delete_contact, get_contact, list_contacts, update_contact
from vumigo_api.api.conversation import fire_conversation_metrics, send_conversation_message
from vumigo_api.api.groups import create_group, delete_group, get_group, list_group_contacts, update_group
from vumigo_api.api.metrics import fire_metrics, get_metric
from vumigo_api.api.optouts import count_optouts, delete_optout, get_optout, set_optout
from vumigo_api.models import (
    CampaignsCall,
    Contact,
    ContactInput,
    ContactPage,
    ConversationResult,
    CreateGroupBody,
    FiredMetric,
    Group,
    GroupInput,
    JsonRpcResponse,
    MetricSeries,
    MetricValues,
    OptOutCountResponse,
    OptOutError,
    OptOutResponse,
    OutboundMessage,
    RoutingTableCall,
    SendMessageRequest,
    ServiceError,
    SessionEvent,
)

from .conftest import ACCOUNT, CONVERSATION

pytestmark = pytest.mark.vcr


def test_contacts_and_groups(contacts_api: ContactsApiClient) -> None:
    client = contacts_api.typed
    created = create_contact.sync(client=client, body=ContactInput(msisdn="+27830000501", name="Typed"))
    assert isinstance(created, Contact)
    assert created.version == 2
    assert created["msisdn"] == "+27830000501"
    fetched = get_contact.sync(created.key, client=client)
    assert isinstance(fetched, Contact)
    assert fetched.name == "Typed"
    page = list_contacts.sync(client=client, query="msisdn=+27830000501")
    assert isinstance(page, ContactPage)
    assert [c.key for c in page.data] == [created.key]
    updated = update_contact.sync(created.key, client=client, body=ContactInput(surname="Client"))
    assert isinstance(updated, Contact)
    assert updated.surname == "Client"
    group = create_group.sync(client=client, body=CreateGroupBody(name="typed"))
    assert isinstance(group, Group)
    assert isinstance(get_group.sync(group.key, client=client), Group)
    assert isinstance(update_group.sync(group.key, client=client, body=GroupInput(name="renamed")), Group)
    members = list_group_contacts.sync(group.key, client=client)
    assert isinstance(members, ContactPage)
    assert members.data == []
    assert isinstance(delete_group.sync(group.key, client=client), Group)
    assert isinstance(delete_contact.sync(created.key, client=client), Contact)
    missing = get_contact.sync_detailed(created.key, client=client)
    assert missing.status_code == 404
    assert isinstance(missing.parsed, ServiceError)
    assert missing.parsed.status_code == 404


def test_optouts_metrics_and_account(contacts_api: ContactsApiClient) -> None:
    client = contacts_api.typed
    created = set_optout.sync("msisdn", "+27830000502", client=client)
    assert isinstance(created, OptOutResponse)
    assert created.opt_out.user_account == ACCOUNT
    assert isinstance(get_optout.sync("msisdn", "+27830000502", client=client), OptOutResponse)
    count = count_optouts.sync(client=client)
    assert isinstance(count, OptOutCountResponse)
    assert count.opt_out_count >= 1
    assert isinstance(delete_optout.sync("msisdn", "+27830000502", client=client), OptOutResponse)
    gone = get_optout.sync_detailed("msisdn", "+27830000502", client=client)
    assert gone.status_code == 404
    assert isinstance(gone.parsed, OptOutError)
    fired = fire_metrics.sync(client=client, body=MetricValues.from_dict({"typed.metric.sum": 2.0}))
    assert isinstance(fired, list)
    assert isinstance(fired[0], FiredMetric)
    series = get_metric.sync(client=client, m="typed.metric.sum", from_="-1d", interval="1d", nulls="omit")
    assert isinstance(series, MetricSeries)
    assert series["typed.metric.sum"][-1].y == 2.0
    call = RoutingTableCall.from_dict({"jsonrpc": "2.0", "id": 0, "method": "routing_table", "params": [ACCOUNT]})
    answer = account_rpc.sync(client=client, body=call)
    assert isinstance(answer, JsonRpcResponse)
    assert isinstance(answer.result, dict)
    assert set(answer.result) == {"channels", "conversations", "routers", "routing_entries"}
    campaigns = CampaignsCall.from_dict({"jsonrpc": "2.0", "id": 1, "method": "campaigns", "params": []})
    listed = account_rpc.sync(client=client, body=campaigns)
    assert isinstance(listed, JsonRpcResponse)
    assert listed.result == [{"key": ACCOUNT, "name": "Your Campaign"}]


def test_conversation_api(sender: HttpApiSender) -> None:
    client = sender.typed
    body = SendMessageRequest(to_addr="+27830000503", content="typed", session_event=SessionEvent.NEW)
    sent = send_conversation_message.sync(CONVERSATION, client=client, body=body)
    assert isinstance(sent, OutboundMessage)
    assert sent.session_event == "new"
    result = fire_conversation_metrics.sync(CONVERSATION, client=client, body=[["typed", 1.0, "last"]])
    assert isinstance(result, ConversationResult)
    assert result.success is True
    unknown = send_conversation_message.sync_detailed("nope", client=client, body=body)
    assert unknown.status_code == 404
    assert isinstance(unknown.parsed, ConversationResult)
    assert unknown.parsed.success is False


async def test_async_typed(async_contacts_api: AsyncContactsApiClient) -> None:
    client = async_contacts_api.typed
    created = await create_contact.asyncio(client=client, body=ContactInput(name="async typed"))
    assert isinstance(created, Contact)
    page = await list_contacts.asyncio(client=client)
    assert isinstance(page, ContactPage)
    missing = await get_group.asyncio_detailed("f" * 32, client=client)
    assert missing.status_code == 404
    assert isinstance(missing.parsed, ServiceError)

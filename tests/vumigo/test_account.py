"""The JSON-RPC account API through go_http, sync and async: every method, legacy and JSON-RPC 2.0 answers."""

from __future__ import annotations

import copy

import pytest

from go_http import AccountApiClient, AsyncAccountApiClient
from go_http.exceptions import JsonRpcException, PermissionDeniedException

from .conftest import ACCOUNT, CONVERSATION, Sandbox, api_url

pytestmark = pytest.mark.vcr


def test_campaigns(account_api: AccountApiClient) -> None:
    assert account_api.campaigns() == [{"key": ACCOUNT, "name": "Your Campaign"}]


def test_conversations_channels_routers(account_api: AccountApiClient) -> None:
    [conversation] = account_api.conversations(ACCOUNT)
    assert conversation["uuid"] == CONVERSATION
    assert conversation["type"] == "http_api"
    assert conversation["endpoints"][0]["name"] == "default"
    [channel] = account_api.channels(ACCOUNT)
    assert channel["tag"] == ["sandbox-pool", "default"]
    [router] = account_api.routers(ACCOUNT)
    assert router["type"] == "keyword"
    entries = account_api.routing_entries(ACCOUNT)
    assert all(set(e) == {"source", "target"} for e in entries)
    table = account_api.routing_table(ACCOUNT)
    assert set(table) == {"channels", "conversations", "routers", "routing_entries"}
    assert table["routing_entries"] == entries


@pytest.mark.sandbox_only
def test_update_routing_table(account_api: AccountApiClient, sandbox: Sandbox) -> None:
    table = account_api.routing_table(ACCOUNT)
    smaller = copy.deepcopy(table)
    smaller["routing_entries"] = table["routing_entries"][:1]
    account_api.update_routing_table(ACCOUNT, smaller)  # returns None, as go-http did
    assert account_api.routing_entries(ACCOUNT) == table["routing_entries"][:1]


def test_legacy_fault(account_api: AccountApiClient) -> None:
    with pytest.raises(JsonRpcException) as caught:
        account_api.conversations("campaign-that-is-not-ours")
    error = caught.value
    assert (error.fault, error.fault_code, error.code) == ("Fault", 8002, 8002)
    assert error.fault_string == "Campaign or account 'campaign-that-is-not-ours' not found"
    assert error.status_code == 200


def test_update_with_unknown_endpoint_is_a_fault(account_api: AccountApiClient) -> None:
    table = account_api.routing_table(ACCOUNT)
    table["routing_entries"] = [{"source": {"uuid": "nowhere"}, "target": {"uuid": "nobody"}}]
    with pytest.raises(JsonRpcException) as caught:
        account_api.update_routing_table(ACCOUNT, table)
    assert caught.value.fault_string == "Unknown routing endpoint 'nowhere'"


@pytest.mark.sandbox_only
def test_standard_jsonrpc_answers(account_api: AccountApiClient, sandbox: Sandbox) -> None:
    sandbox.jsonrpc_style("standard")
    assert account_api.campaigns() == [{"key": ACCOUNT, "name": "Your Campaign"}]  # no "error" member at all
    with pytest.raises(JsonRpcException) as caught:
        account_api.routers("someone-else")
    assert caught.value.fault is None
    assert caught.value.code == caught.value.fault_code == -32000
    assert caught.value.fault_string == "Campaign or account 'someone-else' not found"


def test_wrong_token_is_403() -> None:
    with AccountApiClient("not-a-valid-token", api_url()) as api, pytest.raises(PermissionDeniedException):
        api.campaigns()


async def test_async_account(async_account_api: AsyncAccountApiClient) -> None:
    api = async_account_api
    assert await api.campaigns() == [{"key": ACCOUNT, "name": "Your Campaign"}]
    assert (await api.conversations(ACCOUNT))[0]["uuid"] == CONVERSATION
    assert len(await api.channels(ACCOUNT)) == 1
    assert len(await api.routers(ACCOUNT)) == 1
    entries = await api.routing_entries(ACCOUNT)
    table = await api.routing_table(ACCOUNT)
    assert table["routing_entries"] == entries
    await api.update_routing_table(ACCOUNT, table)
    with pytest.raises(JsonRpcException):
        await api.channels("not-ours")


CAMPAIGN_METHODS = ["conversations", "channels", "routers", "routing_entries", "routing_table"]


@pytest.mark.sandbox_only
@pytest.mark.parametrize("style", ["legacy", "standard"])
@pytest.mark.parametrize("method", [*CAMPAIGN_METHODS, "update_routing_table"])
def test_every_method_faults_for_a_campaign_that_is_not_ours(
    account_api: AccountApiClient, sandbox: Sandbox, method: str, style: str
) -> None:
    sandbox.jsonrpc_style(style)
    args: list[object] = ["not-our-campaign"]
    if method == "update_routing_table":
        args.append(account_api.routing_table(ACCOUNT))
    with pytest.raises(JsonRpcException) as caught:
        getattr(account_api, method)(*args)
    error = caught.value
    assert error.fault_string == "Campaign or account 'not-our-campaign' not found"
    assert error.status_code == 200
    assert error.fault == ("Fault" if style == "legacy" else None)
    assert error.code == (8002 if style == "legacy" else -32000)


@pytest.mark.sandbox_only
@pytest.mark.parametrize("style", ["legacy", "standard"])
@pytest.mark.parametrize("method", [*CAMPAIGN_METHODS, "update_routing_table"])
async def test_async_every_method_faults_for_a_campaign_that_is_not_ours(
    async_account_api: AsyncAccountApiClient, sandbox: Sandbox, method: str, style: str
) -> None:
    sandbox.jsonrpc_style(style)
    args: list[object] = ["not-our-campaign"]
    if method == "update_routing_table":
        args.append(await async_account_api.routing_table(ACCOUNT))
    with pytest.raises(JsonRpcException) as caught:
        await getattr(async_account_api, method)(*args)
    error = caught.value
    assert error.fault_string == "Campaign or account 'not-our-campaign' not found"
    assert error.fault == ("Fault" if style == "legacy" else None)
    assert error.code == (8002 if style == "legacy" else -32000)


@pytest.mark.sandbox_only
async def test_async_standard_jsonrpc_success(async_account_api: AsyncAccountApiClient, sandbox: Sandbox) -> None:
    sandbox.jsonrpc_style("standard")
    assert await async_account_api.campaigns() == [{"key": ACCOUNT, "name": "Your Campaign"}]
    table = await async_account_api.routing_table(ACCOUNT)
    await async_account_api.update_routing_table(ACCOUNT, table)  # a null result, read without an "error" member
    assert await async_account_api.routing_entries(ACCOUNT) == table["routing_entries"]


async def test_async_wrong_token_is_403() -> None:
    async with AsyncAccountApiClient("not-a-valid-token", api_url()) as api:
        with pytest.raises(PermissionDeniedException):
            await api.campaigns()

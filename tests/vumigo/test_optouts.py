"""Opt-outs through go_http, sync and async: None on 404 where go-http returned None, errors otherwise."""

from __future__ import annotations

import pytest

from go_http import AsyncOptOutsApiClient, OptOutsApiClient
from go_http.exceptions import ConflictException, PermissionDeniedException

from .conftest import ACCOUNT, Sandbox, api_url

pytestmark = pytest.mark.vcr


def test_set_get_delete(optouts_api: OptOutsApiClient) -> None:
    assert optouts_api.get_optout("msisdn", "+27830000201") is None
    record = optouts_api.set_optout("msisdn", "+27830000201")
    assert set(record) == {"created_at", "message", "user_account"}
    assert record["user_account"] == ACCOUNT
    assert record["message"] is None
    assert optouts_api.get_optout("msisdn", "+27830000201") == record
    assert optouts_api.delete_optout("msisdn", "+27830000201") == record
    assert optouts_api.get_optout("msisdn", "+27830000201") is None
    assert optouts_api.delete_optout("msisdn", "+27830000201") is None


def test_addresses_with_reserved_characters(optouts_api: OptOutsApiClient) -> None:
    address = "@foo bar?#&+"
    record = optouts_api.set_optout("twitter_handle", address)
    assert optouts_api.get_optout("twitter_handle", address) == record
    assert optouts_api.get_optout("msisdn", address) is None
    assert optouts_api.delete_optout("twitter_handle", address) == record


def test_set_twice_is_409(optouts_api: OptOutsApiClient) -> None:
    optouts_api.set_optout("msisdn", "+27830000202")
    with pytest.raises(ConflictException) as caught:
        optouts_api.set_optout("msisdn", "+27830000202")
    assert caught.value.json() == {"status": {"code": 409, "reason": "Opt out already exists."}}


@pytest.mark.sandbox_only
def test_count(optouts_api: OptOutsApiClient, sandbox: Sandbox) -> None:
    assert optouts_api.count() == 0
    optouts_api.set_optout("msisdn", "+27830000203")
    optouts_api.set_optout("msisdn", "+27830000204")
    assert optouts_api.count() == 2


def test_wrong_token_is_403_even_where_404_is_none() -> None:
    with OptOutsApiClient("not-a-valid-token", api_url()) as api:
        with pytest.raises(PermissionDeniedException):
            api.count()
        with pytest.raises(PermissionDeniedException):
            api.get_optout("msisdn", "+27830000205")


async def test_async_optouts(async_optouts_api: AsyncOptOutsApiClient) -> None:
    api = async_optouts_api
    assert await api.get_optout("msisdn", "+27830000206") is None
    record = await api.set_optout("msisdn", "+27830000206")
    assert await api.get_optout("msisdn", "+27830000206") == record
    assert await api.count() >= 1
    with pytest.raises(ConflictException):
        await api.set_optout("msisdn", "+27830000206")
    assert await api.delete_optout("msisdn", "+27830000206") == record
    assert await api.delete_optout("msisdn", "+27830000206") is None

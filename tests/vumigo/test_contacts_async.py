"""Contacts and groups through the async clients, replayed from cassettes."""

from __future__ import annotations

import pytest

from go_http import AsyncContactsApiClient
from go_http.exceptions import BadRequestException, ContactNotFoundException, NotFoundException, PagedException

from .conftest import PAGE_SIZE, TOKEN, Sandbox, api_url

pytestmark = pytest.mark.vcr


async def test_contact_lifecycle(async_contacts_api: AsyncContactsApiClient) -> None:
    api = async_contacts_api
    created = await api.create_contact({"msisdn": "+27830000101", "name": "Async"})
    assert await api.get_contact(created["key"]) == created
    assert await api.get_contact(msisdn="+27830000101") == created
    updated = await api.update_contact(created["key"], {"name": "Renamed"})
    assert updated["name"] == "Renamed"
    assert await api.delete_contact(created["key"]) == updated
    with pytest.raises(NotFoundException):
        await api.get_contact(created["key"])
    with pytest.raises(ContactNotFoundException):
        await api.get_contact(msisdn="+27830000101")
    with pytest.raises(BadRequestException):
        await api.create_contact({"unknown_field": 1})


async def test_group_lifecycle(async_contacts_api: AsyncContactsApiClient) -> None:
    api = async_contacts_api
    group = await api.create_group({"name": "async group"})
    assert await api.get_group(group["key"]) == group
    renamed = await api.update_group(group["key"], {"name": "renamed"})
    assert renamed["name"] == "renamed"
    assert await api.delete_group(group["key"]) == renamed
    with pytest.raises(NotFoundException):
        await api.get_group(group["key"])


@pytest.mark.sandbox_only
async def test_async_listing_crosses_pages_and_resumes(
    async_contacts_api: AsyncContactsApiClient, sandbox: Sandbox
) -> None:
    api = async_contacts_api
    group = await api.create_group({"name": "g"})
    names = [f"a{i}" for i in range(2 * PAGE_SIZE)]
    for name in names:
        await api.create_contact({"name": name, "groups": [group["key"]]})
    assert [c["name"] async for c in api.contacts()] == names
    assert [c["name"] async for c in api.group_contacts(group["key"])] == names
    listing = api.contacts()
    first = [(await anext(listing))["name"] for _ in range(PAGE_SIZE)]
    assert first == names[:PAGE_SIZE]
    assert [c["name"] async for c in api.contacts(start_cursor=listing.cursor)] == names[PAGE_SIZE:]


@pytest.mark.sandbox_only
async def test_async_paged_exception(sandbox: Sandbox) -> None:
    async with AsyncContactsApiClient(TOKEN, api_url(), max_retries=0) as api:
        for i in range(PAGE_SIZE + 1):
            await api.create_contact({"name": f"q{i}"})
        listing = api.contacts()
        for _ in range(PAGE_SIZE):
            await anext(listing)
        sandbox.fail_next(503)
        with pytest.raises(PagedException) as caught:
            await anext(listing)
        assert [c["name"] async for c in api.contacts(start_cursor=caught.value.cursor)] == ["q3"]

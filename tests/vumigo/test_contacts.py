"""Contacts and groups through go_http (sync), success and documented errors, replayed from cassettes."""

from __future__ import annotations

import pytest

from go_http.contacts import ContactsApiClient
from go_http.exceptions import (
    BadRequestException,
    ContactNotFoundException,
    NotFoundException,
    PagedException,
    PermissionDeniedException,
)
from switchboard_core import BadRequestError, NotFoundError

from .conftest import OTHER_TOKEN, PAGE_SIZE, TOKEN, Sandbox, api_url

pytestmark = pytest.mark.vcr


def test_contact_lifecycle(contacts_api: ContactsApiClient) -> None:
    created = contacts_api.create_contact({"msisdn": "+27830000001", "name": "Nomsa", "extra": {"lang": "zu"}})
    key = created["key"]
    assert len(key) == 32
    assert created["msisdn"] == "+27830000001"
    assert created["extra"] == {"lang": "zu"}
    assert created["$VERSION"] == 2
    assert contacts_api.get_contact(key) == created
    updated = contacts_api.update_contact(key, {"surname": "Dlamini", "extra": {"lang": "en"}})
    assert updated["surname"] == "Dlamini"
    assert updated["name"] == "Nomsa"
    assert updated["extra"] == {"lang": "en"}
    deleted = contacts_api.delete_contact(key)
    assert deleted == updated
    with pytest.raises(NotFoundException) as caught:
        contacts_api.get_contact(key)
    assert isinstance(caught.value, NotFoundError)
    assert caught.value.status_code == 404
    assert caught.value.json() == {"status_code": 404, "reason": f"Contact {key!r} not found"}


def test_create_contact_with_a_key_is_400(contacts_api: ContactsApiClient) -> None:
    with pytest.raises(BadRequestException) as caught:
        contacts_api.create_contact({"key": "chosen", "msisdn": "+27830000002"})
    assert isinstance(caught.value, BadRequestError)
    assert "key" in caught.value.json()["reason"]


def test_update_and_delete_unknown_contact_are_404(contacts_api: ContactsApiClient) -> None:
    with pytest.raises(NotFoundException):
        contacts_api.update_contact("0" * 32, {"name": "x"})
    with pytest.raises(NotFoundException):
        contacts_api.delete_contact("0" * 32)


def test_get_contact_by_address_field(contacts_api: ContactsApiClient) -> None:
    created = contacts_api.create_contact({"twitter_handle": "@vumi_sandbox+1", "name": "Tweety"})
    assert contacts_api.get_contact(twitter_handle="@vumi_sandbox+1") == created
    with pytest.raises(ContactNotFoundException) as caught:
        contacts_api.get_contact(twitter_handle="@nobody&else")
    assert caught.value.status_code == 404
    assert (caught.value.field, caught.value.value) == ("twitter_handle", "@nobody&else")
    assert isinstance(caught.value, NotFoundException)


def test_wrong_token_is_403() -> None:
    with ContactsApiClient("not-a-valid-token", api_url()) as api, pytest.raises(PermissionDeniedException) as caught:
        api.get_contact("0" * 32)
    assert caught.value.status_code == 403
    assert "not-a-valid-token" not in str(caught.value)


def test_group_lifecycle(contacts_api: ContactsApiClient) -> None:
    group = contacts_api.create_group({"name": "Clinic A"})
    assert group["query"] is None
    assert contacts_api.get_group(group["key"]) == group
    renamed = contacts_api.update_group(group["key"], {"name": "Clinic B"})
    assert renamed["name"] == "Clinic B"
    assert contacts_api.delete_group(group["key"]) == renamed
    with pytest.raises(NotFoundException):
        contacts_api.get_group(group["key"])
    with pytest.raises(NotFoundException):
        contacts_api.update_group(group["key"], {"name": "gone"})
    with pytest.raises(NotFoundException):
        contacts_api.delete_group(group["key"])


def test_create_group_without_name_is_400(contacts_api: ContactsApiClient) -> None:
    with pytest.raises(BadRequestException):
        contacts_api.create_group({"query": "msisdn:+2783*"})


@pytest.mark.sandbox_only
def test_contacts_iterates_every_page_with_encoded_cursors(contacts_api: ContactsApiClient, sandbox: Sandbox) -> None:
    names = [f"c{i}" for i in range(2 * PAGE_SIZE + 1)]
    for name in names:
        contacts_api.create_contact({"name": name})
    listing = contacts_api.contacts()
    assert listing.cursor is None  # nothing requested yet
    assert [c["name"] for c in listing] == names  # three pages; cursors like "c+3&o=/" only work encoded


@pytest.mark.sandbox_only
def test_contacts_resume_from_a_cursor(contacts_api: ContactsApiClient, sandbox: Sandbox) -> None:
    for i in range(PAGE_SIZE + 2):
        contacts_api.create_contact({"name": f"r{i}"})
    listing = contacts_api.contacts()
    first_page = [next(listing)["name"] for _ in range(PAGE_SIZE)]
    assert first_page == ["r0", "r1", "r2"]
    resume_at = listing.cursor
    assert resume_at is not None
    assert "+" in resume_at
    assert [c["name"] for c in contacts_api.contacts(start_cursor=resume_at)] == ["r3", "r4"]
    assert [c["name"] for c in contacts_api.contacts(start_cursor="")] == [f"r{i}" for i in range(PAGE_SIZE + 2)]


@pytest.mark.sandbox_only
def test_a_failing_later_page_raises_paged_exception(sandbox: Sandbox) -> None:
    with ContactsApiClient(TOKEN, api_url(), max_retries=0) as api:
        for i in range(PAGE_SIZE + 1):
            api.create_contact({"name": f"p{i}"})
        listing = api.contacts()
        got = [next(listing)["name"] for _ in range(PAGE_SIZE)]
        sandbox.fail_next(500)
        with pytest.raises(PagedException) as caught:
            next(listing)
        assert got == ["p0", "p1", "p2"]
        assert caught.value.error.status_code == 500  # type: ignore[attr-defined]
        assert caught.value.__cause__ is caught.value.error
        assert [c["name"] for c in api.contacts(start_cursor=caught.value.cursor)] == ["p3"]


def test_first_page_errors_are_not_wrapped(contacts_api: ContactsApiClient) -> None:
    with pytest.raises(NotFoundException):
        list(contacts_api.group_contacts("0" * 32))
    with pytest.raises(BadRequestException):
        list(contacts_api.contacts(start_cursor="not-a-sandbox-cursor"))


@pytest.mark.sandbox_only
def test_static_and_smart_group_contacts(contacts_api: ContactsApiClient, sandbox: Sandbox) -> None:
    static = contacts_api.create_group({"name": "static"})
    smart = contacts_api.create_group({"name": "smart", "query": "msisdn:+2782*"})
    members = []
    for i in range(PAGE_SIZE + 1):
        members.append(contacts_api.create_contact({"msisdn": f"+278200000{i}", "groups": [static["key"]]})["key"])
    contacts_api.create_contact({"msisdn": "+27830000009"})
    assert [c["key"] for c in contacts_api.group_contacts(static["key"])] == members
    assert [c["key"] for c in contacts_api.group_contacts(smart["key"])] == members
    assert len(list(contacts_api.contacts())) == PAGE_SIZE + 2


@pytest.mark.sandbox_only
def test_contacts_are_stored_per_account(contacts_api: ContactsApiClient, sandbox: Sandbox) -> None:
    contacts_api.create_contact({"name": "mine"})
    with ContactsApiClient(OTHER_TOKEN, api_url()) as other:
        assert list(other.contacts()) == []
        theirs = other.create_contact({"name": "theirs"})
        assert theirs["user_account"] == "sandbox-account-2"
    assert [c["name"] for c in contacts_api.contacts()] == ["mine"]
    with pytest.raises(NotFoundException):
        contacts_api.get_contact(theirs["key"])

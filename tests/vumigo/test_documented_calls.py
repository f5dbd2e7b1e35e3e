"""The go-http documentation's call forms, written as a go-http user writes them (replayed from the sandbox).

The documentation's examples look a contact up by key (``api.get_contact(key)``) and by an address field given as
a keyword (``api.get_contact(msisdn=...)``), and use an opt-out client's ``count``, ``set_optout``, ``get_optout``
and ``delete_optout`` with positional ``(address_type, address)``; ``get_optout`` and ``delete_optout`` return
``None`` for an address with no opt-out. The clients are built as documented: ``(auth_token, api_url=...)``.
"""

from __future__ import annotations

import pytest

from go_http.contacts import ContactsApiClient
from go_http.optouts import OptOutsApiClient

from .conftest import ACCOUNT, TOKEN, Sandbox, api_url

pytestmark = [pytest.mark.vcr, pytest.mark.sandbox_only]


def test_a_contact_by_key_and_by_address_field(sandbox: Sandbox) -> None:
    with ContactsApiClient(TOKEN, api_url=api_url()) as api:
        created = api.create_contact({"name": "Lindiwe", "msisdn": "+27831230001", "twitter_handle": "@lindiwe_sb"})
        contact = api.get_contact(created["key"])
        assert contact == created
        contact = api.get_contact(msisdn="+27831230001")
        assert contact == created
        contact = api.get_contact(twitter_handle="@lindiwe_sb")
        assert contact == created


def test_count_set_get_and_delete_an_opt_out(sandbox: Sandbox) -> None:
    with OptOutsApiClient(TOKEN, api_url=api_url()) as client:
        assert client.count() == 0
        assert client.get_optout("msisdn", "+27831230002") is None
        assert client.delete_optout("msisdn", "+27831230002") is None
        record = client.set_optout("msisdn", "+27831230002")
        assert set(record) == {"created_at", "message", "user_account"}
        assert (record["user_account"], record["message"]) == (ACCOUNT, None)
        assert client.count() == 1
        assert client.get_optout("msisdn", "+27831230002") == record
        assert client.delete_optout("msisdn", "+27831230002") == record
        assert client.count() == 0

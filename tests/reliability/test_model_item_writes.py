"""Generated models (issue 14): a dict-style write to a declared key sets that field (it used to land in
``additional_properties`` and be dropped from the field and from ``to_dict()``); an undeclared key stays an
additional property."""

from __future__ import annotations

from smscx_api.models import AccountBalance
from vumigo_api.models import Contact


def test_a_write_to_a_declared_key_sets_the_field() -> None:
    balance = AccountBalance.from_dict({"balance": 1.5, "currency": "EUR", "billing": "PREPAID"})
    balance["balance"] = 99
    assert balance.balance == 99
    assert balance["balance"] == 99
    assert balance.to_dict()["balance"] == 99
    assert balance.additional_properties == {}


def test_a_declared_key_under_its_json_name_sets_the_python_field() -> None:
    contact = Contact(key="c1")
    contact["twitter_handle"] = "@someone"
    contact["extra_key"] = "kept"
    assert contact.twitter_handle == "@someone"
    assert "twitter_handle" in contact
    assert contact.additional_properties == {"extra_key": "kept"}
    assert contact.to_dict()["twitter_handle"] == "@someone"

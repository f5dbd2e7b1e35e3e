from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.contact import Contact


T = TypeVar("T", bound="ContactList")
_DECLARED_KEYS = frozenset(
    (
        "Contacts",
        "TotalCount",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class ContactList:
    """
    Attributes:
        contacts (list[Contact]):
        total_count (int | Unset):
    """

    contacts: list[Contact]
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, contacts: list[Contact], total_count: int | Unset = UNSET) -> None:
        self.contacts = contacts
        self.total_count = total_count
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(contacts={self.contacts!r}, total_count={self.total_count!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.contacts == other.contacts
            and self.total_count == other.total_count
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        contacts = []
        for contacts_item_data in self.contacts:
            contacts_item = contacts_item_data.to_dict()
            contacts.append(contacts_item)

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Contacts": contacts,
            }
        )
        if total_count is not UNSET:
            field_dict["TotalCount"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        contacts = []
        _contacts = d["Contacts"]
        for contacts_item_data in _contacts:
            contacts_item = Contact.from_dict(contacts_item_data)

            contacts.append(contacts_item)

        total_count = d.get("TotalCount", UNSET)

        if cls.__init__ is ContactList.__init__:
            _made = _new_instance(cls)
            _made.contacts = contacts
            _made.total_count = total_count
            contact_list = _made
        else:
            contact_list = cls(
                contacts=contacts,
                total_count=total_count,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 1 + ("TotalCount" in d) else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        contact_list.additional_properties = d
        return contact_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "Contacts":
            if isinstance(self.contacts, Unset):
                raise KeyError(key)
            return self.contacts
        if key == "TotalCount":
            if isinstance(self.total_count, Unset):
                raise KeyError(key)
            return self.total_count
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "Contacts":
            self.contacts = value
            return
        if key == "TotalCount":
            self.total_count = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "Contacts":
            return not isinstance(self.contacts, Unset)
        if key == "TotalCount":
            return not isinstance(self.total_count, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.contact import Contact  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.contact import Contact


T = TypeVar("T", bound="ContactPage")
_DECLARED_KEYS = frozenset(
    (
        "cursor",
        "data",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class ContactPage:
    """
    Attributes:
        cursor (int | None | str): The next page's cursor, opaque; null on the last page. Usually a string (a Riak
            continuation token);
            smart-group listings may answer an integer offset, sent back in decimal.
        data (list[Contact]):
    """

    cursor: int | None | str
    data: list[Contact]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, cursor: int | None | str, data: list[Contact]) -> None:
        self.cursor = cursor
        self.data = data
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(cursor={self.cursor!r}, data={self.data!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.cursor == other.cursor
            and self.data == other.data
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        cursor: int | None | str
        cursor = self.cursor

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cursor": cursor,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        cursor = d["cursor"]

        data = []
        _data = d["data"]
        for data_item_data in _data:
            data_item = Contact.from_dict(data_item_data)

            data.append(data_item)

        if cls.__init__ is ContactPage.__init__:
            _made = _new_instance(cls)
            _made.cursor = cursor
            _made.data = data
            contact_page = _made
        else:
            contact_page = cls(
                cursor=cursor,
                data=data,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 2 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        contact_page.additional_properties = d
        return contact_page

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "cursor":
            if isinstance(self.cursor, Unset):
                raise KeyError(key)
            return self.cursor
        if key == "data":
            if isinstance(self.data, Unset):
                raise KeyError(key)
            return self.data
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "cursor":
            self.cursor = value
            return
        if key == "data":
            self.data = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "cursor":
            return not isinstance(self.cursor, Unset)
        if key == "data":
            return not isinstance(self.data, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.contact import Contact  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__

from typing import cast

T = TypeVar("T", bound="RuleError")
_DECLARED_KEYS = frozenset(
    (
        "title",
        "type",
        "value",
        "id",
        "details",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class RuleError:
    """
    Attributes:
        title (str):
        type_ (str | Unset):
        value (str | Unset):
        id (str | Unset):
        details (list[str] | Unset):
    """

    title: str
    type_: str | Unset = UNSET
    value: str | Unset = UNSET
    id: str | Unset = UNSET
    details: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        title: str,
        type_: str | Unset = UNSET,
        value: str | Unset = UNSET,
        id: str | Unset = UNSET,
        details: list[str] | Unset = UNSET,
    ) -> None:
        self.title = title
        self.type_ = type_
        self.value = value
        self.id = id
        self.details = details
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(title={self.title!r}, type_={self.type_!r}, value={self.value!r}, id={self.id!r}, details={self.details!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.title == other.title
            and self.type_ == other.type_
            and self.value == other.value
            and self.id == other.id
            and self.details == other.details
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        type_ = self.type_

        value = self.value

        id = self.id

        details: list[str] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value
        if id is not UNSET:
            field_dict["id"] = id
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        title = d["title"]

        type_ = d.get("type", UNSET)

        value = d.get("value", UNSET)

        id = d.get("id", UNSET)

        details = cast(list[str], d.get("details", UNSET))

        if cls.__init__ is RuleError.__init__:
            _made = _new_instance(cls)
            _made.title = title
            _made.type_ = type_
            _made.value = value
            _made.id = id
            _made.details = details
            rule_error = _made
        else:
            rule_error = cls(
                title=title,
                type_=type_,
                value=value,
                id=id,
                details=details,
            )

        # Undeclared keys, in their order; the common case (none) is one C-level subset test.
        d = {} if d.keys() <= _DECLARED_KEYS else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        rule_error.additional_properties = d
        return rule_error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "title":
            if isinstance(self.title, Unset):
                raise KeyError(key)
            return self.title
        if key == "type":
            if isinstance(self.type_, Unset):
                raise KeyError(key)
            return self.type_
        if key == "value":
            if isinstance(self.value, Unset):
                raise KeyError(key)
            return self.value
        if key == "id":
            if isinstance(self.id, Unset):
                raise KeyError(key)
            return self.id
        if key == "details":
            if isinstance(self.details, Unset):
                raise KeyError(key)
            return self.details
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "title":
            self.title = value
            return
        if key == "type":
            self.type_ = value
            return
        if key == "value":
            self.value = value
            return
        if key == "id":
            self.id = value
            return
        if key == "details":
            self.details = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "title":
            return not isinstance(self.title, Unset)
        if key == "type":
            return not isinstance(self.type_, Unset)
        if key == "value":
            return not isinstance(self.value, Unset)
        if key == "id":
            return not isinstance(self.id, Unset)
        if key == "details":
            return not isinstance(self.details, Unset)
        return key in self.additional_properties

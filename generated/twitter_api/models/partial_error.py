from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="PartialError")
_DECLARED_KEYS = frozenset(
    (
        "title",
        "detail",
        "type",
        "value",
        "parameter",
        "resource_type",
        "resource_id",
        "section",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class PartialError:
    """An error in a 200 answer, next to (or instead of) `data`.

    Attributes:
        title (str):
        detail (str):
        type_ (str):
        value (str | Unset):
        parameter (str | Unset):
        resource_type (str | Unset):
        resource_id (str | Unset):
        section (str | Unset):
    """

    title: str
    detail: str
    type_: str
    value: str | Unset = UNSET
    parameter: str | Unset = UNSET
    resource_type: str | Unset = UNSET
    resource_id: str | Unset = UNSET
    section: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        title: str,
        detail: str,
        type_: str,
        value: str | Unset = UNSET,
        parameter: str | Unset = UNSET,
        resource_type: str | Unset = UNSET,
        resource_id: str | Unset = UNSET,
        section: str | Unset = UNSET,
    ) -> None:
        self.title = title
        self.detail = detail
        self.type_ = type_
        self.value = value
        self.parameter = parameter
        self.resource_type = resource_type
        self.resource_id = resource_id
        self.section = section
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(title={self.title!r}, detail={self.detail!r}, type_={self.type_!r}, value={self.value!r}, parameter={self.parameter!r}, resource_type={self.resource_type!r}, resource_id={self.resource_id!r}, section={self.section!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.title == other.title
            and self.detail == other.detail
            and self.type_ == other.type_
            and self.value == other.value
            and self.parameter == other.parameter
            and self.resource_type == other.resource_type
            and self.resource_id == other.resource_id
            and self.section == other.section
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        detail = self.detail

        type_ = self.type_

        value = self.value

        parameter = self.parameter

        resource_type = self.resource_type

        resource_id = self.resource_id

        section = self.section

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "detail": detail,
                "type": type_,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if parameter is not UNSET:
            field_dict["parameter"] = parameter
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if section is not UNSET:
            field_dict["section"] = section

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        title = d["title"]

        detail = d["detail"]

        type_ = d["type"]

        value = d.get("value", UNSET)

        parameter = d.get("parameter", UNSET)

        resource_type = d.get("resource_type", UNSET)

        resource_id = d.get("resource_id", UNSET)

        section = d.get("section", UNSET)

        if cls.__init__ is PartialError.__init__:
            _made = _new_instance(cls)
            _made.title = title
            _made.detail = detail
            _made.type_ = type_
            _made.value = value
            _made.parameter = parameter
            _made.resource_type = resource_type
            _made.resource_id = resource_id
            _made.section = section
            partial_error = _made
        else:
            partial_error = cls(
                title=title,
                detail=detail,
                type_=type_,
                value=value,
                parameter=parameter,
                resource_type=resource_type,
                resource_id=resource_id,
                section=section,
            )

        # Undeclared keys, in their order; the common case (none) is one C-level subset test.
        d = {} if d.keys() <= _DECLARED_KEYS else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        partial_error.additional_properties = d
        return partial_error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "title":
            if isinstance(self.title, Unset):
                raise KeyError(key)
            return self.title
        if key == "detail":
            if isinstance(self.detail, Unset):
                raise KeyError(key)
            return self.detail
        if key == "type":
            if isinstance(self.type_, Unset):
                raise KeyError(key)
            return self.type_
        if key == "value":
            if isinstance(self.value, Unset):
                raise KeyError(key)
            return self.value
        if key == "parameter":
            if isinstance(self.parameter, Unset):
                raise KeyError(key)
            return self.parameter
        if key == "resource_type":
            if isinstance(self.resource_type, Unset):
                raise KeyError(key)
            return self.resource_type
        if key == "resource_id":
            if isinstance(self.resource_id, Unset):
                raise KeyError(key)
            return self.resource_id
        if key == "section":
            if isinstance(self.section, Unset):
                raise KeyError(key)
            return self.section
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "title":
            self.title = value
            return
        if key == "detail":
            self.detail = value
            return
        if key == "type":
            self.type_ = value
            return
        if key == "value":
            self.value = value
            return
        if key == "parameter":
            self.parameter = value
            return
        if key == "resource_type":
            self.resource_type = value
            return
        if key == "resource_id":
            self.resource_id = value
            return
        if key == "section":
            self.section = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "title":
            return not isinstance(self.title, Unset)
        if key == "detail":
            return not isinstance(self.detail, Unset)
        if key == "type":
            return not isinstance(self.type_, Unset)
        if key == "value":
            return not isinstance(self.value, Unset)
        if key == "parameter":
            return not isinstance(self.parameter, Unset)
        if key == "resource_type":
            return not isinstance(self.resource_type, Unset)
        if key == "resource_id":
            return not isinstance(self.resource_id, Unset)
        if key == "section":
            return not isinstance(self.section, Unset)
        return key in self.additional_properties

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.custom_fields_obj_custom_field_name import CustomFieldsObjCustomFieldName


T = TypeVar("T", bound="CustomFieldsObj")
_DECLARED_KEYS = frozenset(("customFieldName",))
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class CustomFieldsObj:
    """
    Attributes:
        custom_field_name (CustomFieldsObjCustomFieldName | Unset):
    """

    custom_field_name: CustomFieldsObjCustomFieldName | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, custom_field_name: CustomFieldsObjCustomFieldName | Unset = UNSET) -> None:
        self.custom_field_name = custom_field_name
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(custom_field_name={self.custom_field_name!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.custom_field_name == other.custom_field_name
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        custom_field_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_field_name, Unset):
            custom_field_name = self.custom_field_name.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_field_name is not UNSET:
            field_dict["customFieldName"] = custom_field_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _custom_field_name = d.get("customFieldName", UNSET)
        custom_field_name: CustomFieldsObjCustomFieldName | Unset
        if isinstance(_custom_field_name, Unset):
            custom_field_name = UNSET
        else:
            custom_field_name = CustomFieldsObjCustomFieldName.from_dict(_custom_field_name)

        if cls.__init__ is CustomFieldsObj.__init__:
            _made = _new_instance(cls)
            _made.custom_field_name = custom_field_name
            custom_fields_obj = _made
        else:
            custom_fields_obj = cls(
                custom_field_name=custom_field_name,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 0 + ("customFieldName" in d) else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        custom_fields_obj.additional_properties = d
        return custom_fields_obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "customFieldName":
            if isinstance(self.custom_field_name, Unset):
                raise KeyError(key)
            return self.custom_field_name
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "customFieldName":
            self.custom_field_name = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "customFieldName":
            return not isinstance(self.custom_field_name, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.custom_fields_obj_custom_field_name import CustomFieldsObjCustomFieldName  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.custom_fields_obj import CustomFieldsObj


T = TypeVar("T", bound="UpdateNumberRequest")
_DECLARED_KEYS = frozenset(
    (
        "phoneNumber",
        "firstName",
        "lastName",
        "email",
        "field1",
        "field2",
        "field3",
        "field4",
        "field5",
        "customFields",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class UpdateNumberRequest:
    """
    Attributes:
        phone_number (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        email (str | Unset):
        field1 (str | Unset):
        field2 (str | Unset):
        field3 (str | Unset):
        field4 (str | Unset):
        field5 (str | Unset):
        custom_fields (CustomFieldsObj | Unset):
    """

    phone_number: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    field1: str | Unset = UNSET
    field2: str | Unset = UNSET
    field3: str | Unset = UNSET
    field4: str | Unset = UNSET
    field5: str | Unset = UNSET
    custom_fields: CustomFieldsObj | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        phone_number: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        field1: str | Unset = UNSET,
        field2: str | Unset = UNSET,
        field3: str | Unset = UNSET,
        field4: str | Unset = UNSET,
        field5: str | Unset = UNSET,
        custom_fields: CustomFieldsObj | Unset = UNSET,
    ) -> None:
        self.phone_number = phone_number
        self.first_name = first_name
        self.last_name = last_name
        self.email = email
        self.field1 = field1
        self.field2 = field2
        self.field3 = field3
        self.field4 = field4
        self.field5 = field5
        self.custom_fields = custom_fields
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(phone_number={self.phone_number!r}, first_name={self.first_name!r}, last_name={self.last_name!r}, email={self.email!r}, field1={self.field1!r}, field2={self.field2!r}, field3={self.field3!r}, field4={self.field4!r}, field5={self.field5!r}, custom_fields={self.custom_fields!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.phone_number == other.phone_number
            and self.first_name == other.first_name
            and self.last_name == other.last_name
            and self.email == other.email
            and self.field1 == other.field1
            and self.field2 == other.field2
            and self.field3 == other.field3
            and self.field4 == other.field4
            and self.field5 == other.field5
            and self.custom_fields == other.custom_fields
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        field1 = self.field1

        field2 = self.field2

        field3 = self.field3

        field4 = self.field4

        field5 = self.field5

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if field1 is not UNSET:
            field_dict["field1"] = field1
        if field2 is not UNSET:
            field_dict["field2"] = field2
        if field3 is not UNSET:
            field_dict["field3"] = field3
        if field4 is not UNSET:
            field_dict["field4"] = field4
        if field5 is not UNSET:
            field_dict["field5"] = field5
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        phone_number = d.get("phoneNumber", UNSET)

        first_name = d.get("firstName", UNSET)

        last_name = d.get("lastName", UNSET)

        email = d.get("email", UNSET)

        field1 = d.get("field1", UNSET)

        field2 = d.get("field2", UNSET)

        field3 = d.get("field3", UNSET)

        field4 = d.get("field4", UNSET)

        field5 = d.get("field5", UNSET)

        _custom_fields = d.get("customFields", UNSET)
        custom_fields: CustomFieldsObj | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = CustomFieldsObj.from_dict(_custom_fields)

        if cls.__init__ is UpdateNumberRequest.__init__:
            _made = _new_instance(cls)
            _made.phone_number = phone_number
            _made.first_name = first_name
            _made.last_name = last_name
            _made.email = email
            _made.field1 = field1
            _made.field2 = field2
            _made.field3 = field3
            _made.field4 = field4
            _made.field5 = field5
            _made.custom_fields = custom_fields
            update_number_request = _made
        else:
            update_number_request = cls(
                phone_number=phone_number,
                first_name=first_name,
                last_name=last_name,
                email=email,
                field1=field1,
                field2=field2,
                field3=field3,
                field4=field4,
                field5=field5,
                custom_fields=custom_fields,
            )

        # Undeclared keys, in their order; the common case (none) is one C-level subset test.
        d = {} if d.keys() <= _DECLARED_KEYS else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        update_number_request.additional_properties = d
        return update_number_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "phoneNumber":
            if isinstance(self.phone_number, Unset):
                raise KeyError(key)
            return self.phone_number
        if key == "firstName":
            if isinstance(self.first_name, Unset):
                raise KeyError(key)
            return self.first_name
        if key == "lastName":
            if isinstance(self.last_name, Unset):
                raise KeyError(key)
            return self.last_name
        if key == "email":
            if isinstance(self.email, Unset):
                raise KeyError(key)
            return self.email
        if key == "field1":
            if isinstance(self.field1, Unset):
                raise KeyError(key)
            return self.field1
        if key == "field2":
            if isinstance(self.field2, Unset):
                raise KeyError(key)
            return self.field2
        if key == "field3":
            if isinstance(self.field3, Unset):
                raise KeyError(key)
            return self.field3
        if key == "field4":
            if isinstance(self.field4, Unset):
                raise KeyError(key)
            return self.field4
        if key == "field5":
            if isinstance(self.field5, Unset):
                raise KeyError(key)
            return self.field5
        if key == "customFields":
            if isinstance(self.custom_fields, Unset):
                raise KeyError(key)
            return self.custom_fields
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "phoneNumber":
            self.phone_number = value
            return
        if key == "firstName":
            self.first_name = value
            return
        if key == "lastName":
            self.last_name = value
            return
        if key == "email":
            self.email = value
            return
        if key == "field1":
            self.field1 = value
            return
        if key == "field2":
            self.field2 = value
            return
        if key == "field3":
            self.field3 = value
            return
        if key == "field4":
            self.field4 = value
            return
        if key == "field5":
            self.field5 = value
            return
        if key == "customFields":
            self.custom_fields = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "phoneNumber":
            return not isinstance(self.phone_number, Unset)
        if key == "firstName":
            return not isinstance(self.first_name, Unset)
        if key == "lastName":
            return not isinstance(self.last_name, Unset)
        if key == "email":
            return not isinstance(self.email, Unset)
        if key == "field1":
            return not isinstance(self.field1, Unset)
        if key == "field2":
            return not isinstance(self.field2, Unset)
        if key == "field3":
            return not isinstance(self.field3, Unset)
        if key == "field4":
            return not isinstance(self.field4, Unset)
        if key == "field5":
            return not isinstance(self.field5, Unset)
        if key == "customFields":
            return not isinstance(self.custom_fields, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.custom_fields_obj import CustomFieldsObj  # noqa: E402

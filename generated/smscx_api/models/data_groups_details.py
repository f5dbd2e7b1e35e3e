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


T = TypeVar("T", bound="DataGroupsDetails")
_DECLARED_KEYS = frozenset(
    (
        "id",
        "phoneNumber",
        "countryIso",
        "firstName",
        "lastName",
        "email",
        "field1",
        "field2",
        "field3",
        "field4",
        "field5",
        "groupId",
        "optout",
        "dateAdded",
        "customFields",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class DataGroupsDetails:
    """
    Attributes:
        id (str):
        phone_number (str):
        country_iso (str):
        first_name (None | str):
        last_name (None | str):
        email (None | str):
        field1 (None | str):
        field2 (None | str):
        field3 (None | str):
        field4 (None | str):
        field5 (None | str):
        group_id (int):
        optout (bool):
        date_added (str):
        custom_fields (CustomFieldsObj | Unset):
    """

    id: str
    phone_number: str
    country_iso: str
    first_name: None | str
    last_name: None | str
    email: None | str
    field1: None | str
    field2: None | str
    field3: None | str
    field4: None | str
    field5: None | str
    group_id: int
    optout: bool
    date_added: str
    custom_fields: CustomFieldsObj | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: str,
        phone_number: str,
        country_iso: str,
        first_name: None | str,
        last_name: None | str,
        email: None | str,
        field1: None | str,
        field2: None | str,
        field3: None | str,
        field4: None | str,
        field5: None | str,
        group_id: int,
        optout: bool,
        date_added: str,
        custom_fields: CustomFieldsObj | Unset = UNSET,
    ) -> None:
        self.id = id
        self.phone_number = phone_number
        self.country_iso = country_iso
        self.first_name = first_name
        self.last_name = last_name
        self.email = email
        self.field1 = field1
        self.field2 = field2
        self.field3 = field3
        self.field4 = field4
        self.field5 = field5
        self.group_id = group_id
        self.optout = optout
        self.date_added = date_added
        self.custom_fields = custom_fields
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(id={self.id!r}, phone_number={self.phone_number!r}, country_iso={self.country_iso!r}, first_name={self.first_name!r}, last_name={self.last_name!r}, email={self.email!r}, field1={self.field1!r}, field2={self.field2!r}, field3={self.field3!r}, field4={self.field4!r}, field5={self.field5!r}, group_id={self.group_id!r}, optout={self.optout!r}, date_added={self.date_added!r}, custom_fields={self.custom_fields!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id == other.id
            and self.phone_number == other.phone_number
            and self.country_iso == other.country_iso
            and self.first_name == other.first_name
            and self.last_name == other.last_name
            and self.email == other.email
            and self.field1 == other.field1
            and self.field2 == other.field2
            and self.field3 == other.field3
            and self.field4 == other.field4
            and self.field5 == other.field5
            and self.group_id == other.group_id
            and self.optout == other.optout
            and self.date_added == other.date_added
            and self.custom_fields == other.custom_fields
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        phone_number = self.phone_number

        country_iso = self.country_iso

        first_name: None | str
        first_name = self.first_name

        last_name: None | str
        last_name = self.last_name

        email: None | str
        email = self.email

        field1: None | str
        field1 = self.field1

        field2: None | str
        field2 = self.field2

        field3: None | str
        field3 = self.field3

        field4: None | str
        field4 = self.field4

        field5: None | str
        field5 = self.field5

        group_id = self.group_id

        optout = self.optout

        date_added = self.date_added

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "phoneNumber": phone_number,
                "countryIso": country_iso,
                "firstName": first_name,
                "lastName": last_name,
                "email": email,
                "field1": field1,
                "field2": field2,
                "field3": field3,
                "field4": field4,
                "field5": field5,
                "groupId": group_id,
                "optout": optout,
                "dateAdded": date_added,
            }
        )
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        phone_number = d["phoneNumber"]

        country_iso = d["countryIso"]

        first_name = d["firstName"]

        last_name = d["lastName"]

        email = d["email"]

        field1 = d["field1"]

        field2 = d["field2"]

        field3 = d["field3"]

        field4 = d["field4"]

        field5 = d["field5"]

        group_id = d["groupId"]

        optout = d["optout"]

        date_added = d["dateAdded"]

        _custom_fields = d.get("customFields", UNSET)
        custom_fields: CustomFieldsObj | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = CustomFieldsObj.from_dict(_custom_fields)

        if cls.__init__ is DataGroupsDetails.__init__:
            _made = _new_instance(cls)
            _made.id = id
            _made.phone_number = phone_number
            _made.country_iso = country_iso
            _made.first_name = first_name
            _made.last_name = last_name
            _made.email = email
            _made.field1 = field1
            _made.field2 = field2
            _made.field3 = field3
            _made.field4 = field4
            _made.field5 = field5
            _made.group_id = group_id
            _made.optout = optout
            _made.date_added = date_added
            _made.custom_fields = custom_fields
            data_groups_details = _made
        else:
            data_groups_details = cls(
                id=id,
                phone_number=phone_number,
                country_iso=country_iso,
                first_name=first_name,
                last_name=last_name,
                email=email,
                field1=field1,
                field2=field2,
                field3=field3,
                field4=field4,
                field5=field5,
                group_id=group_id,
                optout=optout,
                date_added=date_added,
                custom_fields=custom_fields,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 14 + ("customFields" in d) else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        data_groups_details.additional_properties = d
        return data_groups_details

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "id":
            if isinstance(self.id, Unset):
                raise KeyError(key)
            return self.id
        if key == "phoneNumber":
            if isinstance(self.phone_number, Unset):
                raise KeyError(key)
            return self.phone_number
        if key == "countryIso":
            if isinstance(self.country_iso, Unset):
                raise KeyError(key)
            return self.country_iso
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
        if key == "groupId":
            if isinstance(self.group_id, Unset):
                raise KeyError(key)
            return self.group_id
        if key == "optout":
            if isinstance(self.optout, Unset):
                raise KeyError(key)
            return self.optout
        if key == "dateAdded":
            if isinstance(self.date_added, Unset):
                raise KeyError(key)
            return self.date_added
        if key == "customFields":
            if isinstance(self.custom_fields, Unset):
                raise KeyError(key)
            return self.custom_fields
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "id":
            self.id = value
            return
        if key == "phoneNumber":
            self.phone_number = value
            return
        if key == "countryIso":
            self.country_iso = value
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
        if key == "groupId":
            self.group_id = value
            return
        if key == "optout":
            self.optout = value
            return
        if key == "dateAdded":
            self.date_added = value
            return
        if key == "customFields":
            self.custom_fields = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "id":
            return not isinstance(self.id, Unset)
        if key == "phoneNumber":
            return not isinstance(self.phone_number, Unset)
        if key == "countryIso":
            return not isinstance(self.country_iso, Unset)
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
        if key == "groupId":
            return not isinstance(self.group_id, Unset)
        if key == "optout":
            return not isinstance(self.optout, Unset)
        if key == "dateAdded":
            return not isinstance(self.date_added, Unset)
        if key == "customFields":
            return not isinstance(self.custom_fields, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.custom_fields_obj import CustomFieldsObj  # noqa: E402

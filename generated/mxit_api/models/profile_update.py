from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="ProfileUpdate")
_DECLARED_KEYS = frozenset(
    (
        "AboutMe",
        "DisplayName",
        "Email",
        "FirstName",
        "Gender",
        "LastName",
        "MobileNumber",
        "RelationshipStatus",
        "Title",
        "WhereAmI",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class ProfileUpdate:
    """Only the fields to change.

    Attributes:
        about_me (str | Unset):
        display_name (str | Unset):
        email (str | Unset):
        first_name (str | Unset):
        gender (int | Unset):
        last_name (str | Unset):
        mobile_number (str | Unset):
        relationship_status (int | Unset):
        title (str | Unset):
        where_am_i (str | Unset):
    """

    about_me: str | Unset = UNSET
    display_name: str | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    gender: int | Unset = UNSET
    last_name: str | Unset = UNSET
    mobile_number: str | Unset = UNSET
    relationship_status: int | Unset = UNSET
    title: str | Unset = UNSET
    where_am_i: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        about_me: str | Unset = UNSET,
        display_name: str | Unset = UNSET,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        gender: int | Unset = UNSET,
        last_name: str | Unset = UNSET,
        mobile_number: str | Unset = UNSET,
        relationship_status: int | Unset = UNSET,
        title: str | Unset = UNSET,
        where_am_i: str | Unset = UNSET,
    ) -> None:
        self.about_me = about_me
        self.display_name = display_name
        self.email = email
        self.first_name = first_name
        self.gender = gender
        self.last_name = last_name
        self.mobile_number = mobile_number
        self.relationship_status = relationship_status
        self.title = title
        self.where_am_i = where_am_i
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(about_me={self.about_me!r}, display_name={self.display_name!r}, email={self.email!r}, first_name={self.first_name!r}, gender={self.gender!r}, last_name={self.last_name!r}, mobile_number={self.mobile_number!r}, relationship_status={self.relationship_status!r}, title={self.title!r}, where_am_i={self.where_am_i!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.about_me == other.about_me
            and self.display_name == other.display_name
            and self.email == other.email
            and self.first_name == other.first_name
            and self.gender == other.gender
            and self.last_name == other.last_name
            and self.mobile_number == other.mobile_number
            and self.relationship_status == other.relationship_status
            and self.title == other.title
            and self.where_am_i == other.where_am_i
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        about_me = self.about_me

        display_name = self.display_name

        email = self.email

        first_name = self.first_name

        gender = self.gender

        last_name = self.last_name

        mobile_number = self.mobile_number

        relationship_status = self.relationship_status

        title = self.title

        where_am_i = self.where_am_i

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if about_me is not UNSET:
            field_dict["AboutMe"] = about_me
        if display_name is not UNSET:
            field_dict["DisplayName"] = display_name
        if email is not UNSET:
            field_dict["Email"] = email
        if first_name is not UNSET:
            field_dict["FirstName"] = first_name
        if gender is not UNSET:
            field_dict["Gender"] = gender
        if last_name is not UNSET:
            field_dict["LastName"] = last_name
        if mobile_number is not UNSET:
            field_dict["MobileNumber"] = mobile_number
        if relationship_status is not UNSET:
            field_dict["RelationshipStatus"] = relationship_status
        if title is not UNSET:
            field_dict["Title"] = title
        if where_am_i is not UNSET:
            field_dict["WhereAmI"] = where_am_i

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        about_me = d.get("AboutMe", UNSET)

        display_name = d.get("DisplayName", UNSET)

        email = d.get("Email", UNSET)

        first_name = d.get("FirstName", UNSET)

        gender = d.get("Gender", UNSET)

        last_name = d.get("LastName", UNSET)

        mobile_number = d.get("MobileNumber", UNSET)

        relationship_status = d.get("RelationshipStatus", UNSET)

        title = d.get("Title", UNSET)

        where_am_i = d.get("WhereAmI", UNSET)

        if cls.__init__ is ProfileUpdate.__init__:
            _made = _new_instance(cls)
            _made.about_me = about_me
            _made.display_name = display_name
            _made.email = email
            _made.first_name = first_name
            _made.gender = gender
            _made.last_name = last_name
            _made.mobile_number = mobile_number
            _made.relationship_status = relationship_status
            _made.title = title
            _made.where_am_i = where_am_i
            profile_update = _made
        else:
            profile_update = cls(
                about_me=about_me,
                display_name=display_name,
                email=email,
                first_name=first_name,
                gender=gender,
                last_name=last_name,
                mobile_number=mobile_number,
                relationship_status=relationship_status,
                title=title,
                where_am_i=where_am_i,
            )

        # Undeclared keys, in their order; the common case (none) is one C-level subset test.
        d = {} if d.keys() <= _DECLARED_KEYS else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        profile_update.additional_properties = d
        return profile_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "AboutMe":
            if isinstance(self.about_me, Unset):
                raise KeyError(key)
            return self.about_me
        if key == "DisplayName":
            if isinstance(self.display_name, Unset):
                raise KeyError(key)
            return self.display_name
        if key == "Email":
            if isinstance(self.email, Unset):
                raise KeyError(key)
            return self.email
        if key == "FirstName":
            if isinstance(self.first_name, Unset):
                raise KeyError(key)
            return self.first_name
        if key == "Gender":
            if isinstance(self.gender, Unset):
                raise KeyError(key)
            return self.gender
        if key == "LastName":
            if isinstance(self.last_name, Unset):
                raise KeyError(key)
            return self.last_name
        if key == "MobileNumber":
            if isinstance(self.mobile_number, Unset):
                raise KeyError(key)
            return self.mobile_number
        if key == "RelationshipStatus":
            if isinstance(self.relationship_status, Unset):
                raise KeyError(key)
            return self.relationship_status
        if key == "Title":
            if isinstance(self.title, Unset):
                raise KeyError(key)
            return self.title
        if key == "WhereAmI":
            if isinstance(self.where_am_i, Unset):
                raise KeyError(key)
            return self.where_am_i
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "AboutMe":
            self.about_me = value
            return
        if key == "DisplayName":
            self.display_name = value
            return
        if key == "Email":
            self.email = value
            return
        if key == "FirstName":
            self.first_name = value
            return
        if key == "Gender":
            self.gender = value
            return
        if key == "LastName":
            self.last_name = value
            return
        if key == "MobileNumber":
            self.mobile_number = value
            return
        if key == "RelationshipStatus":
            self.relationship_status = value
            return
        if key == "Title":
            self.title = value
            return
        if key == "WhereAmI":
            self.where_am_i = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "AboutMe":
            return not isinstance(self.about_me, Unset)
        if key == "DisplayName":
            return not isinstance(self.display_name, Unset)
        if key == "Email":
            return not isinstance(self.email, Unset)
        if key == "FirstName":
            return not isinstance(self.first_name, Unset)
        if key == "Gender":
            return not isinstance(self.gender, Unset)
        if key == "LastName":
            return not isinstance(self.last_name, Unset)
        if key == "MobileNumber":
            return not isinstance(self.mobile_number, Unset)
        if key == "RelationshipStatus":
            return not isinstance(self.relationship_status, Unset)
        if key == "Title":
            return not isinstance(self.title, Unset)
        if key == "WhereAmI":
            return not isinstance(self.where_am_i, Unset)
        return key in self.additional_properties

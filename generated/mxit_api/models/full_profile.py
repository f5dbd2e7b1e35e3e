from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="FullProfile")
_DECLARED_KEYS = frozenset(
    (
        "UserId",
        "DisplayName",
        "FirstName",
        "LastName",
        "Gender",
        "LanguageCode",
        "RegisteredCountry",
        "StatusMessage",
        "LastModified",
        "LastOnline",
        "AboutMe",
        "Email",
        "MobileNumber",
        "RelationshipStatus",
        "Title",
        "WhereAmI",
        "DateOfBirth",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class FullProfile:
    """
    Attributes:
        user_id (str):
        display_name (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        gender (int | Unset):
        language_code (str | Unset):
        registered_country (str | Unset):
        status_message (str | Unset):
        last_modified (str | Unset):
        last_online (str | Unset):
        about_me (str | Unset):
        email (str | Unset):
        mobile_number (str | Unset):
        relationship_status (int | Unset):
        title (str | Unset):
        where_am_i (str | Unset):
        date_of_birth (str | Unset):
    """

    user_id: str
    display_name: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    gender: int | Unset = UNSET
    language_code: str | Unset = UNSET
    registered_country: str | Unset = UNSET
    status_message: str | Unset = UNSET
    last_modified: str | Unset = UNSET
    last_online: str | Unset = UNSET
    about_me: str | Unset = UNSET
    email: str | Unset = UNSET
    mobile_number: str | Unset = UNSET
    relationship_status: int | Unset = UNSET
    title: str | Unset = UNSET
    where_am_i: str | Unset = UNSET
    date_of_birth: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        user_id: str,
        display_name: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        gender: int | Unset = UNSET,
        language_code: str | Unset = UNSET,
        registered_country: str | Unset = UNSET,
        status_message: str | Unset = UNSET,
        last_modified: str | Unset = UNSET,
        last_online: str | Unset = UNSET,
        about_me: str | Unset = UNSET,
        email: str | Unset = UNSET,
        mobile_number: str | Unset = UNSET,
        relationship_status: int | Unset = UNSET,
        title: str | Unset = UNSET,
        where_am_i: str | Unset = UNSET,
        date_of_birth: str | Unset = UNSET,
    ) -> None:
        self.user_id = user_id
        self.display_name = display_name
        self.first_name = first_name
        self.last_name = last_name
        self.gender = gender
        self.language_code = language_code
        self.registered_country = registered_country
        self.status_message = status_message
        self.last_modified = last_modified
        self.last_online = last_online
        self.about_me = about_me
        self.email = email
        self.mobile_number = mobile_number
        self.relationship_status = relationship_status
        self.title = title
        self.where_am_i = where_am_i
        self.date_of_birth = date_of_birth
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(user_id={self.user_id!r}, display_name={self.display_name!r}, first_name={self.first_name!r}, last_name={self.last_name!r}, gender={self.gender!r}, language_code={self.language_code!r}, registered_country={self.registered_country!r}, status_message={self.status_message!r}, last_modified={self.last_modified!r}, last_online={self.last_online!r}, about_me={self.about_me!r}, email={self.email!r}, mobile_number={self.mobile_number!r}, relationship_status={self.relationship_status!r}, title={self.title!r}, where_am_i={self.where_am_i!r}, date_of_birth={self.date_of_birth!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.user_id == other.user_id
            and self.display_name == other.display_name
            and self.first_name == other.first_name
            and self.last_name == other.last_name
            and self.gender == other.gender
            and self.language_code == other.language_code
            and self.registered_country == other.registered_country
            and self.status_message == other.status_message
            and self.last_modified == other.last_modified
            and self.last_online == other.last_online
            and self.about_me == other.about_me
            and self.email == other.email
            and self.mobile_number == other.mobile_number
            and self.relationship_status == other.relationship_status
            and self.title == other.title
            and self.where_am_i == other.where_am_i
            and self.date_of_birth == other.date_of_birth
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        display_name = self.display_name

        first_name = self.first_name

        last_name = self.last_name

        gender = self.gender

        language_code = self.language_code

        registered_country = self.registered_country

        status_message = self.status_message

        last_modified = self.last_modified

        last_online = self.last_online

        about_me = self.about_me

        email = self.email

        mobile_number = self.mobile_number

        relationship_status = self.relationship_status

        title = self.title

        where_am_i = self.where_am_i

        date_of_birth = self.date_of_birth

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "UserId": user_id,
            }
        )
        if display_name is not UNSET:
            field_dict["DisplayName"] = display_name
        if first_name is not UNSET:
            field_dict["FirstName"] = first_name
        if last_name is not UNSET:
            field_dict["LastName"] = last_name
        if gender is not UNSET:
            field_dict["Gender"] = gender
        if language_code is not UNSET:
            field_dict["LanguageCode"] = language_code
        if registered_country is not UNSET:
            field_dict["RegisteredCountry"] = registered_country
        if status_message is not UNSET:
            field_dict["StatusMessage"] = status_message
        if last_modified is not UNSET:
            field_dict["LastModified"] = last_modified
        if last_online is not UNSET:
            field_dict["LastOnline"] = last_online
        if about_me is not UNSET:
            field_dict["AboutMe"] = about_me
        if email is not UNSET:
            field_dict["Email"] = email
        if mobile_number is not UNSET:
            field_dict["MobileNumber"] = mobile_number
        if relationship_status is not UNSET:
            field_dict["RelationshipStatus"] = relationship_status
        if title is not UNSET:
            field_dict["Title"] = title
        if where_am_i is not UNSET:
            field_dict["WhereAmI"] = where_am_i
        if date_of_birth is not UNSET:
            field_dict["DateOfBirth"] = date_of_birth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        user_id = d["UserId"]

        display_name = d.get("DisplayName", UNSET)

        first_name = d.get("FirstName", UNSET)

        last_name = d.get("LastName", UNSET)

        gender = d.get("Gender", UNSET)

        language_code = d.get("LanguageCode", UNSET)

        registered_country = d.get("RegisteredCountry", UNSET)

        status_message = d.get("StatusMessage", UNSET)

        last_modified = d.get("LastModified", UNSET)

        last_online = d.get("LastOnline", UNSET)

        about_me = d.get("AboutMe", UNSET)

        email = d.get("Email", UNSET)

        mobile_number = d.get("MobileNumber", UNSET)

        relationship_status = d.get("RelationshipStatus", UNSET)

        title = d.get("Title", UNSET)

        where_am_i = d.get("WhereAmI", UNSET)

        date_of_birth = d.get("DateOfBirth", UNSET)

        if cls.__init__ is FullProfile.__init__:
            _made = _new_instance(cls)
            _made.user_id = user_id
            _made.display_name = display_name
            _made.first_name = first_name
            _made.last_name = last_name
            _made.gender = gender
            _made.language_code = language_code
            _made.registered_country = registered_country
            _made.status_message = status_message
            _made.last_modified = last_modified
            _made.last_online = last_online
            _made.about_me = about_me
            _made.email = email
            _made.mobile_number = mobile_number
            _made.relationship_status = relationship_status
            _made.title = title
            _made.where_am_i = where_am_i
            _made.date_of_birth = date_of_birth
            full_profile = _made
        else:
            full_profile = cls(
                user_id=user_id,
                display_name=display_name,
                first_name=first_name,
                last_name=last_name,
                gender=gender,
                language_code=language_code,
                registered_country=registered_country,
                status_message=status_message,
                last_modified=last_modified,
                last_online=last_online,
                about_me=about_me,
                email=email,
                mobile_number=mobile_number,
                relationship_status=relationship_status,
                title=title,
                where_am_i=where_am_i,
                date_of_birth=date_of_birth,
            )

        # Undeclared keys, in their order; the common case (none) is one C-level subset test.
        d = {} if d.keys() <= _DECLARED_KEYS else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        full_profile.additional_properties = d
        return full_profile

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "UserId":
            if isinstance(self.user_id, Unset):
                raise KeyError(key)
            return self.user_id
        if key == "DisplayName":
            if isinstance(self.display_name, Unset):
                raise KeyError(key)
            return self.display_name
        if key == "FirstName":
            if isinstance(self.first_name, Unset):
                raise KeyError(key)
            return self.first_name
        if key == "LastName":
            if isinstance(self.last_name, Unset):
                raise KeyError(key)
            return self.last_name
        if key == "Gender":
            if isinstance(self.gender, Unset):
                raise KeyError(key)
            return self.gender
        if key == "LanguageCode":
            if isinstance(self.language_code, Unset):
                raise KeyError(key)
            return self.language_code
        if key == "RegisteredCountry":
            if isinstance(self.registered_country, Unset):
                raise KeyError(key)
            return self.registered_country
        if key == "StatusMessage":
            if isinstance(self.status_message, Unset):
                raise KeyError(key)
            return self.status_message
        if key == "LastModified":
            if isinstance(self.last_modified, Unset):
                raise KeyError(key)
            return self.last_modified
        if key == "LastOnline":
            if isinstance(self.last_online, Unset):
                raise KeyError(key)
            return self.last_online
        if key == "AboutMe":
            if isinstance(self.about_me, Unset):
                raise KeyError(key)
            return self.about_me
        if key == "Email":
            if isinstance(self.email, Unset):
                raise KeyError(key)
            return self.email
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
        if key == "DateOfBirth":
            if isinstance(self.date_of_birth, Unset):
                raise KeyError(key)
            return self.date_of_birth
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "UserId":
            self.user_id = value
            return
        if key == "DisplayName":
            self.display_name = value
            return
        if key == "FirstName":
            self.first_name = value
            return
        if key == "LastName":
            self.last_name = value
            return
        if key == "Gender":
            self.gender = value
            return
        if key == "LanguageCode":
            self.language_code = value
            return
        if key == "RegisteredCountry":
            self.registered_country = value
            return
        if key == "StatusMessage":
            self.status_message = value
            return
        if key == "LastModified":
            self.last_modified = value
            return
        if key == "LastOnline":
            self.last_online = value
            return
        if key == "AboutMe":
            self.about_me = value
            return
        if key == "Email":
            self.email = value
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
        if key == "DateOfBirth":
            self.date_of_birth = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "UserId":
            return not isinstance(self.user_id, Unset)
        if key == "DisplayName":
            return not isinstance(self.display_name, Unset)
        if key == "FirstName":
            return not isinstance(self.first_name, Unset)
        if key == "LastName":
            return not isinstance(self.last_name, Unset)
        if key == "Gender":
            return not isinstance(self.gender, Unset)
        if key == "LanguageCode":
            return not isinstance(self.language_code, Unset)
        if key == "RegisteredCountry":
            return not isinstance(self.registered_country, Unset)
        if key == "StatusMessage":
            return not isinstance(self.status_message, Unset)
        if key == "LastModified":
            return not isinstance(self.last_modified, Unset)
        if key == "LastOnline":
            return not isinstance(self.last_online, Unset)
        if key == "AboutMe":
            return not isinstance(self.about_me, Unset)
        if key == "Email":
            return not isinstance(self.email, Unset)
        if key == "MobileNumber":
            return not isinstance(self.mobile_number, Unset)
        if key == "RelationshipStatus":
            return not isinstance(self.relationship_status, Unset)
        if key == "Title":
            return not isinstance(self.title, Unset)
        if key == "WhereAmI":
            return not isinstance(self.where_am_i, Unset)
        if key == "DateOfBirth":
            return not isinstance(self.date_of_birth, Unset)
        return key in self.additional_properties

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="BasicProfile")
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
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class BasicProfile:
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
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(user_id={self.user_id!r}, display_name={self.display_name!r}, first_name={self.first_name!r}, last_name={self.last_name!r}, gender={self.gender!r}, language_code={self.language_code!r}, registered_country={self.registered_country!r}, status_message={self.status_message!r}, last_modified={self.last_modified!r}, last_online={self.last_online!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
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

        if cls.__init__ is BasicProfile.__init__:
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
            basic_profile = _made
        else:
            basic_profile = cls(
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
            )

        # Undeclared keys, in their order; the common case (none) is one C-level subset test.
        d = {} if d.keys() <= _DECLARED_KEYS else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        basic_profile.additional_properties = d
        return basic_profile

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
        return key in self.additional_properties

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.custom_profile_response_custom_profile_avatar import CustomProfileResponseCustomProfileAvatar


T = TypeVar("T", bound="CustomProfileResponseCustomProfile")
_DECLARED_KEYS = frozenset(
    (
        "id",
        "created_timestamp",
        "name",
        "avatar",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class CustomProfileResponseCustomProfile:
    """
    Attributes:
        id (str): A 64-bit id as a decimal string.
        created_timestamp (str):
        name (str):
        avatar (CustomProfileResponseCustomProfileAvatar):
    """

    id: str
    created_timestamp: str
    name: str
    avatar: CustomProfileResponseCustomProfileAvatar
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self, id: str, created_timestamp: str, name: str, avatar: CustomProfileResponseCustomProfileAvatar
    ) -> None:
        self.id = id
        self.created_timestamp = created_timestamp
        self.name = name
        self.avatar = avatar
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(id={self.id!r}, created_timestamp={self.created_timestamp!r}, name={self.name!r}, avatar={self.avatar!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id == other.id
            and self.created_timestamp == other.created_timestamp
            and self.name == other.name
            and self.avatar == other.avatar
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_timestamp = self.created_timestamp

        name = self.name

        avatar = self.avatar.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_timestamp": created_timestamp,
                "name": name,
                "avatar": avatar,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        created_timestamp = d["created_timestamp"]

        name = d["name"]

        avatar = CustomProfileResponseCustomProfileAvatar.from_dict(d["avatar"])

        if cls.__init__ is CustomProfileResponseCustomProfile.__init__:
            _made = _new_instance(cls)
            _made.id = id
            _made.created_timestamp = created_timestamp
            _made.name = name
            _made.avatar = avatar
            custom_profile_response_custom_profile = _made
        else:
            custom_profile_response_custom_profile = cls(
                id=id,
                created_timestamp=created_timestamp,
                name=name,
                avatar=avatar,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 4 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        custom_profile_response_custom_profile.additional_properties = d
        return custom_profile_response_custom_profile

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "id":
            if isinstance(self.id, Unset):
                raise KeyError(key)
            return self.id
        if key == "created_timestamp":
            if isinstance(self.created_timestamp, Unset):
                raise KeyError(key)
            return self.created_timestamp
        if key == "name":
            if isinstance(self.name, Unset):
                raise KeyError(key)
            return self.name
        if key == "avatar":
            if isinstance(self.avatar, Unset):
                raise KeyError(key)
            return self.avatar
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "id":
            self.id = value
            return
        if key == "created_timestamp":
            self.created_timestamp = value
            return
        if key == "name":
            self.name = value
            return
        if key == "avatar":
            self.avatar = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "id":
            return not isinstance(self.id, Unset)
        if key == "created_timestamp":
            return not isinstance(self.created_timestamp, Unset)
        if key == "name":
            return not isinstance(self.name, Unset)
        if key == "avatar":
            return not isinstance(self.avatar, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.custom_profile_response_custom_profile_avatar import CustomProfileResponseCustomProfileAvatar  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__

from typing import cast

T = TypeVar("T", bound="V1MentionEntity")
_DECLARED_KEYS = frozenset(
    (
        "screen_name",
        "id_str",
        "indices",
        "name",
        "id",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class V1MentionEntity:
    """
    Attributes:
        screen_name (str):
        id_str (str):
        indices (list[int]):
        name (str | Unset):
        id (int | Unset):
    """

    screen_name: str
    id_str: str
    indices: list[int]
    name: str | Unset = UNSET
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self, screen_name: str, id_str: str, indices: list[int], name: str | Unset = UNSET, id: int | Unset = UNSET
    ) -> None:
        self.screen_name = screen_name
        self.id_str = id_str
        self.indices = indices
        self.name = name
        self.id = id
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(screen_name={self.screen_name!r}, id_str={self.id_str!r}, indices={self.indices!r}, name={self.name!r}, id={self.id!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.screen_name == other.screen_name
            and self.id_str == other.id_str
            and self.indices == other.indices
            and self.name == other.name
            and self.id == other.id
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        screen_name = self.screen_name

        id_str = self.id_str

        indices = self.indices

        name = self.name

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "screen_name": screen_name,
                "id_str": id_str,
                "indices": indices,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        screen_name = d["screen_name"]

        id_str = d["id_str"]

        indices = cast(list[int], d["indices"])

        name = d.get("name", UNSET)

        id = d.get("id", UNSET)

        if cls.__init__ is V1MentionEntity.__init__:
            _made = _new_instance(cls)
            _made.screen_name = screen_name
            _made.id_str = id_str
            _made.indices = indices
            _made.name = name
            _made.id = id
            v1_mention_entity = _made
        else:
            v1_mention_entity = cls(
                screen_name=screen_name,
                id_str=id_str,
                indices=indices,
                name=name,
                id=id,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 3 + ("name" in d) + ("id" in d) else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        v1_mention_entity.additional_properties = d
        return v1_mention_entity

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "screen_name":
            if isinstance(self.screen_name, Unset):
                raise KeyError(key)
            return self.screen_name
        if key == "id_str":
            if isinstance(self.id_str, Unset):
                raise KeyError(key)
            return self.id_str
        if key == "indices":
            if isinstance(self.indices, Unset):
                raise KeyError(key)
            return self.indices
        if key == "name":
            if isinstance(self.name, Unset):
                raise KeyError(key)
            return self.name
        if key == "id":
            if isinstance(self.id, Unset):
                raise KeyError(key)
            return self.id
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "screen_name":
            self.screen_name = value
            return
        if key == "id_str":
            self.id_str = value
            return
        if key == "indices":
            self.indices = value
            return
        if key == "name":
            self.name = value
            return
        if key == "id":
            self.id = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "screen_name":
            return not isinstance(self.screen_name, Unset)
        if key == "id_str":
            return not isinstance(self.id_str, Unset)
        if key == "indices":
            return not isinstance(self.indices, Unset)
        if key == "name":
            return not isinstance(self.name, Unset)
        if key == "id":
            return not isinstance(self.id, Unset)
        return key in self.additional_properties

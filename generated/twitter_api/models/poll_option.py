from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="PollOption")
_DECLARED_KEYS = frozenset(
    (
        "position",
        "label",
        "votes",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class PollOption:
    """
    Attributes:
        position (int):
        label (str):
        votes (int):
    """

    position: int
    label: str
    votes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, position: int, label: str, votes: int) -> None:
        self.position = position
        self.label = label
        self.votes = votes
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(position={self.position!r}, label={self.label!r}, votes={self.votes!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.position == other.position
            and self.label == other.label
            and self.votes == other.votes
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        position = self.position

        label = self.label

        votes = self.votes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "position": position,
                "label": label,
                "votes": votes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        position = d["position"]

        label = d["label"]

        votes = d["votes"]

        if cls.__init__ is PollOption.__init__:
            _made = _new_instance(cls)
            _made.position = position
            _made.label = label
            _made.votes = votes
            poll_option = _made
        else:
            poll_option = cls(
                position=position,
                label=label,
                votes=votes,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 3 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        poll_option.additional_properties = d
        return poll_option

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "position":
            if isinstance(self.position, Unset):
                raise KeyError(key)
            return self.position
        if key == "label":
            if isinstance(self.label, Unset):
                raise KeyError(key)
            return self.label
        if key == "votes":
            if isinstance(self.votes, Unset):
                raise KeyError(key)
            return self.votes
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "position":
            self.position = value
            return
        if key == "label":
            self.label = value
            return
        if key == "votes":
            self.votes = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "position":
            return not isinstance(self.position, Unset)
        if key == "label":
            return not isinstance(self.label, Unset)
        if key == "votes":
            return not isinstance(self.votes, Unset)
        return key in self.additional_properties

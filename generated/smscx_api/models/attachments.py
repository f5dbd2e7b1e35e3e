from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="Attachments")
_DECLARED_KEYS = frozenset(("attachmentsCallback",))
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class Attachments:
    """
    Attributes:
        attachments_callback (None | str):
    """

    attachments_callback: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, attachments_callback: None | str) -> None:
        self.attachments_callback = attachments_callback
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(attachments_callback={self.attachments_callback!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.attachments_callback == other.attachments_callback
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        attachments_callback: None | str
        attachments_callback = self.attachments_callback

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attachmentsCallback": attachments_callback,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        attachments_callback = d["attachmentsCallback"]

        if cls.__init__ is Attachments.__init__:
            _made = _new_instance(cls)
            _made.attachments_callback = attachments_callback
            attachments = _made
        else:
            attachments = cls(
                attachments_callback=attachments_callback,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 1 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        attachments.additional_properties = d
        return attachments

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "attachmentsCallback":
            if isinstance(self.attachments_callback, Unset):
                raise KeyError(key)
            return self.attachments_callback
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "attachmentsCallback":
            self.attachments_callback = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "attachmentsCallback":
            return not isinstance(self.attachments_callback, Unset)
        return key in self.additional_properties

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="QuickReplyOption")


@_attrs_define
class QuickReplyOption:
    """
    Attributes:
        label (str):
        description (None | str | Unset):
        metadata (None | str | Unset):
    """

    label: str
    description: None | str | Unset = UNSET
    metadata: None | str | Unset = UNSET

    def __init__(
        self, label: str, description: None | str | Unset = UNSET, metadata: None | str | Unset = UNSET
    ) -> None:
        self.label = label
        self.description = description
        self.metadata = metadata

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(label={self.label!r}, description={self.description!r}, metadata={self.metadata!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.label == other.label
            and self.description == other.description
            and self.metadata == other.metadata
            and True
        )

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        metadata: None | str | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "label": label,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        label = d["label"]

        description = d.get("description", UNSET)

        metadata = d.get("metadata", UNSET)

        if cls.__init__ is QuickReplyOption.__init__:
            _made = _new_instance(cls)
            _made.label = label
            _made.description = description
            _made.metadata = metadata
            quick_reply_option = _made
        else:
            quick_reply_option = cls(
                label=label,
                description=description,
                metadata=metadata,
            )

        return quick_reply_option

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="NewRule")


@_attrs_define
class NewRule:
    """
    Attributes:
        value (str):
        tag (str | Unset):
    """

    value: str
    tag: str | Unset = UNSET

    def __init__(self, value: str, tag: str | Unset = UNSET) -> None:
        self.value = value
        self.tag = tag

    def __repr__(self) -> str:
        return guarded_repr(
            self, lambda: f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(value={self.value!r}, tag={self.tag!r})"
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.value == other.value and self.tag == other.tag and True

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        tag = self.tag

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "value": value,
            }
        )
        if tag is not UNSET:
            field_dict["tag"] = tag

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        value = d["value"]

        tag = d.get("tag", UNSET)

        if cls.__init__ is NewRule.__init__:
            _made = _new_instance(cls)
            _made.value = value
            _made.tag = tag
            new_rule = _made
        else:
            new_rule = cls(
                value=value,
                tag=tag,
            )

        return new_rule

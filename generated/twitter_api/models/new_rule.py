from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

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

        new_rule = cls(
            value=value,
            tag=tag,
        )

        return new_rule

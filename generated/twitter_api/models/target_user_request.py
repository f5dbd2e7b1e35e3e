from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TargetUserRequest")


@_attrs_define
class TargetUserRequest:
    """
    Attributes:
        target_user_id (str): A 64-bit id as a decimal string.
    """

    target_user_id: str

    def to_dict(self) -> dict[str, Any]:
        target_user_id = self.target_user_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "target_user_id": target_user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        target_user_id = d["target_user_id"]

        target_user_request = cls(
            target_user_id=target_user_id,
        )

        return target_user_request

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="TargetUserRequest")


@_attrs_define
class TargetUserRequest:
    """
    Attributes:
        target_user_id (str): A 64-bit id as a decimal string.
    """

    target_user_id: str

    def __init__(self, target_user_id: str) -> None:
        self.target_user_id = target_user_id

    def __repr__(self) -> str:
        return guarded_repr(
            self, lambda: f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(target_user_id={self.target_user_id!r})"
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.target_user_id == other.target_user_id and True

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

        if cls.__init__ is TargetUserRequest.__init__:
            _made = _new_instance(cls)
            _made.target_user_id = target_user_id
            target_user_request = _made
        else:
            target_user_request = cls(
                target_user_id=target_user_id,
            )

        return target_user_request

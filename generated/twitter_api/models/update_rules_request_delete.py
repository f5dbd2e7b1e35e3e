from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import guarded_repr

_new_instance = object.__new__

from typing import cast

T = TypeVar("T", bound="UpdateRulesRequestDelete")


@_attrs_define
class UpdateRulesRequestDelete:
    """
    Attributes:
        ids (list[str]):
    """

    ids: list[str]

    def __init__(self, ids: list[str]) -> None:
        self.ids = ids

    def __repr__(self) -> str:
        return guarded_repr(self, lambda: f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(ids={self.ids!r})")

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.ids == other.ids and True

    def to_dict(self) -> dict[str, Any]:
        ids = self.ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ids": ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        ids = cast(list[str], d["ids"])

        if cls.__init__ is UpdateRulesRequestDelete.__init__:
            _made = _new_instance(cls)
            _made.ids = ids
            update_rules_request_delete = _made
        else:
            update_rules_request_delete = cls(
                ids=ids,
            )

        return update_rules_request_delete

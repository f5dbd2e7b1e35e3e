from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.new_rule import NewRule
    from ..models.update_rules_request_delete import UpdateRulesRequestDelete


T = TypeVar("T", bound="UpdateRulesRequest")


@_attrs_define
class UpdateRulesRequest:
    """Exactly one of `add` or `delete`.

    Attributes:
        add (list[NewRule] | Unset):
        delete (UpdateRulesRequestDelete | Unset):
    """

    add: list[NewRule] | Unset = UNSET
    delete: UpdateRulesRequestDelete | Unset = UNSET

    def __init__(self, add: list[NewRule] | Unset = UNSET, delete: UpdateRulesRequestDelete | Unset = UNSET) -> None:
        self.add = add
        self.delete = delete

    def __repr__(self) -> str:
        return guarded_repr(
            self, lambda: f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(add={self.add!r}, delete={self.delete!r})"
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.add == other.add and self.delete == other.delete and True

    def to_dict(self) -> dict[str, Any]:
        add: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.add, Unset):
            add = []
            for add_item_data in self.add:
                add_item = add_item_data.to_dict()
                add.append(add_item)

        delete: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delete, Unset):
            delete = self.delete.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if add is not UNSET:
            field_dict["add"] = add
        if delete is not UNSET:
            field_dict["delete"] = delete

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _add = d.get("add", UNSET)
        add: list[NewRule] | Unset = UNSET
        if _add is not UNSET:
            add = []
            for add_item_data in _add:
                add_item = NewRule.from_dict(add_item_data)

                add.append(add_item)

        _delete = d.get("delete", UNSET)
        delete: UpdateRulesRequestDelete | Unset
        if isinstance(_delete, Unset):
            delete = UNSET
        else:
            delete = UpdateRulesRequestDelete.from_dict(_delete)

        if cls.__init__ is UpdateRulesRequest.__init__:
            _made = _new_instance(cls)
            _made.add = add
            _made.delete = delete
            update_rules_request = _made
        else:
            update_rules_request = cls(
                add=add,
                delete=delete,
            )

        return update_rules_request


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.new_rule import NewRule  # noqa: E402
from ..models.update_rules_request_delete import UpdateRulesRequestDelete  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="RulesSummary")
_DECLARED_KEYS = frozenset(
    (
        "created",
        "not_created",
        "valid",
        "invalid",
        "deleted",
        "not_deleted",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class RulesSummary:
    """
    Attributes:
        created (int | Unset):
        not_created (int | Unset):
        valid (int | Unset):
        invalid (int | Unset):
        deleted (int | Unset):
        not_deleted (int | Unset):
    """

    created: int | Unset = UNSET
    not_created: int | Unset = UNSET
    valid: int | Unset = UNSET
    invalid: int | Unset = UNSET
    deleted: int | Unset = UNSET
    not_deleted: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        created: int | Unset = UNSET,
        not_created: int | Unset = UNSET,
        valid: int | Unset = UNSET,
        invalid: int | Unset = UNSET,
        deleted: int | Unset = UNSET,
        not_deleted: int | Unset = UNSET,
    ) -> None:
        self.created = created
        self.not_created = not_created
        self.valid = valid
        self.invalid = invalid
        self.deleted = deleted
        self.not_deleted = not_deleted
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(created={self.created!r}, not_created={self.not_created!r}, valid={self.valid!r}, invalid={self.invalid!r}, deleted={self.deleted!r}, not_deleted={self.not_deleted!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.created == other.created
            and self.not_created == other.not_created
            and self.valid == other.valid
            and self.invalid == other.invalid
            and self.deleted == other.deleted
            and self.not_deleted == other.not_deleted
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        created = self.created

        not_created = self.not_created

        valid = self.valid

        invalid = self.invalid

        deleted = self.deleted

        not_deleted = self.not_deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created is not UNSET:
            field_dict["created"] = created
        if not_created is not UNSET:
            field_dict["not_created"] = not_created
        if valid is not UNSET:
            field_dict["valid"] = valid
        if invalid is not UNSET:
            field_dict["invalid"] = invalid
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if not_deleted is not UNSET:
            field_dict["not_deleted"] = not_deleted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created = d.get("created", UNSET)

        not_created = d.get("not_created", UNSET)

        valid = d.get("valid", UNSET)

        invalid = d.get("invalid", UNSET)

        deleted = d.get("deleted", UNSET)

        not_deleted = d.get("not_deleted", UNSET)

        if cls.__init__ is RulesSummary.__init__:
            _made = _new_instance(cls)
            _made.created = created
            _made.not_created = not_created
            _made.valid = valid
            _made.invalid = invalid
            _made.deleted = deleted
            _made.not_deleted = not_deleted
            rules_summary = _made
        else:
            rules_summary = cls(
                created=created,
                not_created=not_created,
                valid=valid,
                invalid=invalid,
                deleted=deleted,
                not_deleted=not_deleted,
            )

        # Undeclared keys, in their order; the common case (none) is one C-level subset test.
        d = {} if d.keys() <= _DECLARED_KEYS else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        rules_summary.additional_properties = d
        return rules_summary

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "created":
            if isinstance(self.created, Unset):
                raise KeyError(key)
            return self.created
        if key == "not_created":
            if isinstance(self.not_created, Unset):
                raise KeyError(key)
            return self.not_created
        if key == "valid":
            if isinstance(self.valid, Unset):
                raise KeyError(key)
            return self.valid
        if key == "invalid":
            if isinstance(self.invalid, Unset):
                raise KeyError(key)
            return self.invalid
        if key == "deleted":
            if isinstance(self.deleted, Unset):
                raise KeyError(key)
            return self.deleted
        if key == "not_deleted":
            if isinstance(self.not_deleted, Unset):
                raise KeyError(key)
            return self.not_deleted
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "created":
            self.created = value
            return
        if key == "not_created":
            self.not_created = value
            return
        if key == "valid":
            self.valid = value
            return
        if key == "invalid":
            self.invalid = value
            return
        if key == "deleted":
            self.deleted = value
            return
        if key == "not_deleted":
            self.not_deleted = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "created":
            return not isinstance(self.created, Unset)
        if key == "not_created":
            return not isinstance(self.not_created, Unset)
        if key == "valid":
            return not isinstance(self.valid, Unset)
        if key == "invalid":
            return not isinstance(self.invalid, Unset)
        if key == "deleted":
            return not isinstance(self.deleted, Unset)
        if key == "not_deleted":
            return not isinstance(self.not_deleted, Unset)
        return key in self.additional_properties

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__

import datetime

if TYPE_CHECKING:
    from ..models.rules_summary import RulesSummary


T = TypeVar("T", bound="RulesMeta")
_DECLARED_KEYS = frozenset(
    (
        "sent",
        "result_count",
        "summary",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class RulesMeta:
    """
    Attributes:
        sent (datetime.datetime):
        result_count (int | Unset):
        summary (RulesSummary | Unset):
    """

    sent: datetime.datetime
    result_count: int | Unset = UNSET
    summary: RulesSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self, sent: datetime.datetime, result_count: int | Unset = UNSET, summary: RulesSummary | Unset = UNSET
    ) -> None:
        self.sent = sent
        self.result_count = result_count
        self.summary = summary
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(sent={self.sent!r}, result_count={self.result_count!r}, summary={self.summary!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.sent == other.sent
            and self.result_count == other.result_count
            and self.summary == other.summary
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        sent = self.sent.isoformat()

        result_count = self.result_count

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sent": sent,
            }
        )
        if result_count is not UNSET:
            field_dict["result_count"] = result_count
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        sent = datetime.datetime.fromisoformat(d["sent"])

        result_count = d.get("result_count", UNSET)

        _summary = d.get("summary", UNSET)
        summary: RulesSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = RulesSummary.from_dict(_summary)

        if cls.__init__ is RulesMeta.__init__:
            _made = _new_instance(cls)
            _made.sent = sent
            _made.result_count = result_count
            _made.summary = summary
            rules_meta = _made
        else:
            rules_meta = cls(
                sent=sent,
                result_count=result_count,
                summary=summary,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = (
            {}
            if len(d) == 1 + ("result_count" in d) + ("summary" in d)
            else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        )

        rules_meta.additional_properties = d
        return rules_meta

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "sent":
            if isinstance(self.sent, Unset):
                raise KeyError(key)
            return self.sent
        if key == "result_count":
            if isinstance(self.result_count, Unset):
                raise KeyError(key)
            return self.result_count
        if key == "summary":
            if isinstance(self.summary, Unset):
                raise KeyError(key)
            return self.summary
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "sent":
            self.sent = value
            return
        if key == "result_count":
            self.result_count = value
            return
        if key == "summary":
            self.summary = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "sent":
            return not isinstance(self.sent, Unset)
        if key == "result_count":
            return not isinstance(self.result_count, Unset)
        if key == "summary":
            return not isinstance(self.summary, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.rules_summary import RulesSummary  # noqa: E402

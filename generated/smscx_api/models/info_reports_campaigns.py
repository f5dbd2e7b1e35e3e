from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="InfoReportsCampaigns")
_DECLARED_KEYS = frozenset(("totalCampaigns",))
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class InfoReportsCampaigns:
    """
    Attributes:
        total_campaigns (int):
    """

    total_campaigns: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, total_campaigns: int) -> None:
        self.total_campaigns = total_campaigns
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(total_campaigns={self.total_campaigns!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.total_campaigns == other.total_campaigns and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        total_campaigns = self.total_campaigns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalCampaigns": total_campaigns,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        total_campaigns = d["totalCampaigns"]

        if cls.__init__ is InfoReportsCampaigns.__init__:
            _made = _new_instance(cls)
            _made.total_campaigns = total_campaigns
            info_reports_campaigns = _made
        else:
            info_reports_campaigns = cls(
                total_campaigns=total_campaigns,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 1 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        info_reports_campaigns.additional_properties = d
        return info_reports_campaigns

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "totalCampaigns":
            if isinstance(self.total_campaigns, Unset):
                raise KeyError(key)
            return self.total_campaigns
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "totalCampaigns":
            self.total_campaigns = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "totalCampaigns":
            return not isinstance(self.total_campaigns, Unset)
        return key in self.additional_properties

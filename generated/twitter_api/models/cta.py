from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.cta_type import CtaType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Cta")


@_attrs_define
class Cta:
    """
    Attributes:
        type_ (CtaType):
        label (str):
        url (str):
        tco_url (str | Unset):
    """

    type_: CtaType
    label: str
    url: str
    tco_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        label = self.label

        url = self.url

        tco_url = self.tco_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "label": label,
                "url": url,
            }
        )
        if tco_url is not UNSET:
            field_dict["tco_url"] = tco_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = CtaType(d["type"])

        label = d["label"]

        url = d["url"]

        tco_url = d.get("tco_url", UNSET)

        cta = cls(
            type_=type_,
            label=label,
            url=url,
            tco_url=tco_url,
        )

        return cta

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__

from ..models.cta_type import CtaType

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

    def __init__(self, type_: CtaType, label: str, url: str, tco_url: str | Unset = UNSET) -> None:
        self.type_ = type_
        self.label = label
        self.url = url
        self.tco_url = tco_url

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(type_={self.type_!r}, label={self.label!r}, url={self.url!r}, tco_url={self.tco_url!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.type_ == other.type_
            and self.label == other.label
            and self.url == other.url
            and self.tco_url == other.tco_url
            and True
        )

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

        if cls.__init__ is Cta.__init__:
            _made = _new_instance(cls)
            _made.type_ = type_
            _made.label = label
            _made.url = url
            _made.tco_url = tco_url
            cta = _made
        else:
            cta = cls(
                type_=type_,
                label=label,
                url=url,
                tco_url=tco_url,
            )

        return cta

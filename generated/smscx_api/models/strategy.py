from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__

from ..models.strategy_channel import StrategyChannel

T = TypeVar("T", bound="Strategy")
_DECLARED_KEYS = frozenset(
    (
        "channel",
        "templateId",
        "text",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class Strategy:
    """
    Attributes:
        channel (StrategyChannel):
        template_id (int | Unset):
        text (str | Unset):
    """

    channel: StrategyChannel
    template_id: int | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, channel: StrategyChannel, template_id: int | Unset = UNSET, text: str | Unset = UNSET) -> None:
        self.channel = channel
        self.template_id = template_id
        self.text = text
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(channel={self.channel!r}, template_id={self.template_id!r}, text={self.text!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.channel == other.channel
            and self.template_id == other.template_id
            and self.text == other.text
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel.value

        template_id = self.template_id

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
            }
        )
        if template_id is not UNSET:
            field_dict["templateId"] = template_id
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        channel = StrategyChannel(d["channel"])

        template_id = d.get("templateId", UNSET)

        text = d.get("text", UNSET)

        if cls.__init__ is Strategy.__init__:
            _made = _new_instance(cls)
            _made.channel = channel
            _made.template_id = template_id
            _made.text = text
            strategy = _made
        else:
            strategy = cls(
                channel=channel,
                template_id=template_id,
                text=text,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = (
            {}
            if len(d) == 1 + ("templateId" in d) + ("text" in d)
            else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        )

        strategy.additional_properties = d
        return strategy

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "channel":
            if isinstance(self.channel, Unset):
                raise KeyError(key)
            return self.channel
        if key == "templateId":
            if isinstance(self.template_id, Unset):
                raise KeyError(key)
            return self.template_id
        if key == "text":
            if isinstance(self.text, Unset):
                raise KeyError(key)
            return self.text
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "channel":
            self.channel = value
            return
        if key == "templateId":
            self.template_id = value
            return
        if key == "text":
            self.text = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "channel":
            return not isinstance(self.channel, Unset)
        if key == "templateId":
            return not isinstance(self.template_id, Unset)
        if key == "text":
            return not isinstance(self.text, Unset)
        return key in self.additional_properties

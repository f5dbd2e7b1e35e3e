from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


from ..models.templates_new_request_channel import TemplatesNewRequestChannel

if TYPE_CHECKING:
    from ..models.rich_media import RichMedia


T = TypeVar("T", bound="TemplatesNewRequest")
_DECLARED_KEYS = frozenset(
    (
        "text",
        "name",
        "channel",
        "richMedia",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class TemplatesNewRequest:
    """
    Attributes:
        text (str):
        name (str | Unset):
        channel (TemplatesNewRequestChannel | Unset):
        rich_media (RichMedia | Unset):
    """

    text: str
    name: str | Unset = UNSET
    channel: TemplatesNewRequestChannel | Unset = UNSET
    rich_media: RichMedia | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        text: str,
        name: str | Unset = UNSET,
        channel: TemplatesNewRequestChannel | Unset = UNSET,
        rich_media: RichMedia | Unset = UNSET,
    ) -> None:
        self.text = text
        self.name = name
        self.channel = channel
        self.rich_media = rich_media
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(text={self.text!r}, name={self.name!r}, channel={self.channel!r}, rich_media={self.rich_media!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.text == other.text
            and self.name == other.name
            and self.channel == other.channel
            and self.rich_media == other.rich_media
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        name = self.name

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.value

        rich_media: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rich_media, Unset):
            rich_media = self.rich_media.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if channel is not UNSET:
            field_dict["channel"] = channel
        if rich_media is not UNSET:
            field_dict["richMedia"] = rich_media

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        text = d["text"]

        name = d.get("name", UNSET)

        _channel = d.get("channel", UNSET)
        channel: TemplatesNewRequestChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = TemplatesNewRequestChannel(_channel)

        _rich_media = d.get("richMedia", UNSET)
        rich_media: RichMedia | Unset
        if isinstance(_rich_media, Unset):
            rich_media = UNSET
        else:
            rich_media = RichMedia.from_dict(_rich_media)

        if cls.__init__ is TemplatesNewRequest.__init__:
            _made = _new_instance(cls)
            _made.text = text
            _made.name = name
            _made.channel = channel
            _made.rich_media = rich_media
            templates_new_request = _made
        else:
            templates_new_request = cls(
                text=text,
                name=name,
                channel=channel,
                rich_media=rich_media,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = (
            {}
            if len(d) == 1 + ("name" in d) + ("channel" in d) + ("richMedia" in d)
            else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        )

        templates_new_request.additional_properties = d
        return templates_new_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "text":
            if isinstance(self.text, Unset):
                raise KeyError(key)
            return self.text
        if key == "name":
            if isinstance(self.name, Unset):
                raise KeyError(key)
            return self.name
        if key == "channel":
            if isinstance(self.channel, Unset):
                raise KeyError(key)
            return self.channel
        if key == "richMedia":
            if isinstance(self.rich_media, Unset):
                raise KeyError(key)
            return self.rich_media
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "text":
            self.text = value
            return
        if key == "name":
            self.name = value
            return
        if key == "channel":
            self.channel = value
            return
        if key == "richMedia":
            self.rich_media = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "text":
            return not isinstance(self.text, Unset)
        if key == "name":
            return not isinstance(self.name, Unset)
        if key == "channel":
            return not isinstance(self.channel, Unset)
        if key == "richMedia":
            return not isinstance(self.rich_media, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.rich_media import RichMedia  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.rich_media import RichMedia


T = TypeVar("T", bound="DataTemplate")
_DECLARED_KEYS = frozenset(
    (
        "id",
        "name",
        "text",
        "channel",
        "type",
        "richMedia",
        "createdAt",
        "approved",
        "locked",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class DataTemplate:
    """
    Attributes:
        id (int):
        name (str):
        text (str):
        channel (str): One of: `sms`, `viber`, `whatsapp`.
        type_ (None | str):
        rich_media (RichMedia):
        created_at (str):
        approved (bool):
        locked (bool):
    """

    id: int
    name: str
    text: str
    channel: str
    type_: None | str
    rich_media: RichMedia
    created_at: str
    approved: bool
    locked: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: int,
        name: str,
        text: str,
        channel: str,
        type_: None | str,
        rich_media: RichMedia,
        created_at: str,
        approved: bool,
        locked: bool,
    ) -> None:
        self.id = id
        self.name = name
        self.text = text
        self.channel = channel
        self.type_ = type_
        self.rich_media = rich_media
        self.created_at = created_at
        self.approved = approved
        self.locked = locked
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(id={self.id!r}, name={self.name!r}, text={self.text!r}, channel={self.channel!r}, type_={self.type_!r}, rich_media={self.rich_media!r}, created_at={self.created_at!r}, approved={self.approved!r}, locked={self.locked!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id == other.id
            and self.name == other.name
            and self.text == other.text
            and self.channel == other.channel
            and self.type_ == other.type_
            and self.rich_media == other.rich_media
            and self.created_at == other.created_at
            and self.approved == other.approved
            and self.locked == other.locked
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        text = self.text

        channel = self.channel

        type_: None | str
        type_ = self.type_

        rich_media = self.rich_media.to_dict()

        created_at = self.created_at

        approved = self.approved

        locked = self.locked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "text": text,
                "channel": channel,
                "type": type_,
                "richMedia": rich_media,
                "createdAt": created_at,
                "approved": approved,
                "locked": locked,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        name = d["name"]

        text = d["text"]

        channel = d["channel"]

        type_ = d["type"]

        rich_media = RichMedia.from_dict(d["richMedia"])

        created_at = d["createdAt"]

        approved = d["approved"]

        locked = d["locked"]

        if cls.__init__ is DataTemplate.__init__:
            _made = _new_instance(cls)
            _made.id = id
            _made.name = name
            _made.text = text
            _made.channel = channel
            _made.type_ = type_
            _made.rich_media = rich_media
            _made.created_at = created_at
            _made.approved = approved
            _made.locked = locked
            data_template = _made
        else:
            data_template = cls(
                id=id,
                name=name,
                text=text,
                channel=channel,
                type_=type_,
                rich_media=rich_media,
                created_at=created_at,
                approved=approved,
                locked=locked,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 9 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        data_template.additional_properties = d
        return data_template

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "id":
            if isinstance(self.id, Unset):
                raise KeyError(key)
            return self.id
        if key == "name":
            if isinstance(self.name, Unset):
                raise KeyError(key)
            return self.name
        if key == "text":
            if isinstance(self.text, Unset):
                raise KeyError(key)
            return self.text
        if key == "channel":
            if isinstance(self.channel, Unset):
                raise KeyError(key)
            return self.channel
        if key == "type":
            if isinstance(self.type_, Unset):
                raise KeyError(key)
            return self.type_
        if key == "richMedia":
            if isinstance(self.rich_media, Unset):
                raise KeyError(key)
            return self.rich_media
        if key == "createdAt":
            if isinstance(self.created_at, Unset):
                raise KeyError(key)
            return self.created_at
        if key == "approved":
            if isinstance(self.approved, Unset):
                raise KeyError(key)
            return self.approved
        if key == "locked":
            if isinstance(self.locked, Unset):
                raise KeyError(key)
            return self.locked
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "id":
            self.id = value
            return
        if key == "name":
            self.name = value
            return
        if key == "text":
            self.text = value
            return
        if key == "channel":
            self.channel = value
            return
        if key == "type":
            self.type_ = value
            return
        if key == "richMedia":
            self.rich_media = value
            return
        if key == "createdAt":
            self.created_at = value
            return
        if key == "approved":
            self.approved = value
            return
        if key == "locked":
            self.locked = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "id":
            return not isinstance(self.id, Unset)
        if key == "name":
            return not isinstance(self.name, Unset)
        if key == "text":
            return not isinstance(self.text, Unset)
        if key == "channel":
            return not isinstance(self.channel, Unset)
        if key == "type":
            return not isinstance(self.type_, Unset)
        if key == "richMedia":
            return not isinstance(self.rich_media, Unset)
        if key == "createdAt":
            return not isinstance(self.created_at, Unset)
        if key == "approved":
            return not isinstance(self.approved, Unset)
        if key == "locked":
            return not isinstance(self.locked, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.rich_media import RichMedia  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__

from typing import cast

T = TypeVar("T", bound="TweetAttachments")
_DECLARED_KEYS = frozenset(
    (
        "media_keys",
        "poll_ids",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class TweetAttachments:
    """
    Attributes:
        media_keys (list[str] | Unset):
        poll_ids (list[str] | Unset):
    """

    media_keys: list[str] | Unset = UNSET
    poll_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, media_keys: list[str] | Unset = UNSET, poll_ids: list[str] | Unset = UNSET) -> None:
        self.media_keys = media_keys
        self.poll_ids = poll_ids
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(media_keys={self.media_keys!r}, poll_ids={self.poll_ids!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.media_keys == other.media_keys
            and self.poll_ids == other.poll_ids
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        media_keys: list[str] | Unset = UNSET
        if not isinstance(self.media_keys, Unset):
            media_keys = self.media_keys

        poll_ids: list[str] | Unset = UNSET
        if not isinstance(self.poll_ids, Unset):
            poll_ids = self.poll_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if media_keys is not UNSET:
            field_dict["media_keys"] = media_keys
        if poll_ids is not UNSET:
            field_dict["poll_ids"] = poll_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        media_keys = cast(list[str], d.get("media_keys", UNSET))

        poll_ids = cast(list[str], d.get("poll_ids", UNSET))

        if cls.__init__ is TweetAttachments.__init__:
            _made = _new_instance(cls)
            _made.media_keys = media_keys
            _made.poll_ids = poll_ids
            tweet_attachments = _made
        else:
            tweet_attachments = cls(
                media_keys=media_keys,
                poll_ids=poll_ids,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = (
            {}
            if len(d) == 0 + ("media_keys" in d) + ("poll_ids" in d)
            else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        )

        tweet_attachments.additional_properties = d
        return tweet_attachments

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "media_keys":
            if isinstance(self.media_keys, Unset):
                raise KeyError(key)
            return self.media_keys
        if key == "poll_ids":
            if isinstance(self.poll_ids, Unset):
                raise KeyError(key)
            return self.poll_ids
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "media_keys":
            self.media_keys = value
            return
        if key == "poll_ids":
            self.poll_ids = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "media_keys":
            return not isinstance(self.media_keys, Unset)
        if key == "poll_ids":
            return not isinstance(self.poll_ids, Unset)
        return key in self.additional_properties

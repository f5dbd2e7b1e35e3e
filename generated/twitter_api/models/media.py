from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.media_public_metrics import MediaPublicMetrics


T = TypeVar("T", bound="Media")
_DECLARED_KEYS = frozenset(
    (
        "media_key",
        "type",
        "url",
        "preview_image_url",
        "width",
        "height",
        "duration_ms",
        "public_metrics",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class Media:
    """
    Attributes:
        media_key (str):
        type_ (str): `photo`, `video` or `animated_gif`.
        url (str | Unset):
        preview_image_url (str | Unset):
        width (int | Unset):
        height (int | Unset):
        duration_ms (int | Unset):
        public_metrics (MediaPublicMetrics | Unset):
    """

    media_key: str
    type_: str
    url: str | Unset = UNSET
    preview_image_url: str | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    duration_ms: int | Unset = UNSET
    public_metrics: MediaPublicMetrics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        media_key: str,
        type_: str,
        url: str | Unset = UNSET,
        preview_image_url: str | Unset = UNSET,
        width: int | Unset = UNSET,
        height: int | Unset = UNSET,
        duration_ms: int | Unset = UNSET,
        public_metrics: MediaPublicMetrics | Unset = UNSET,
    ) -> None:
        self.media_key = media_key
        self.type_ = type_
        self.url = url
        self.preview_image_url = preview_image_url
        self.width = width
        self.height = height
        self.duration_ms = duration_ms
        self.public_metrics = public_metrics
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(media_key={self.media_key!r}, type_={self.type_!r}, url={self.url!r}, preview_image_url={self.preview_image_url!r}, width={self.width!r}, height={self.height!r}, duration_ms={self.duration_ms!r}, public_metrics={self.public_metrics!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.media_key == other.media_key
            and self.type_ == other.type_
            and self.url == other.url
            and self.preview_image_url == other.preview_image_url
            and self.width == other.width
            and self.height == other.height
            and self.duration_ms == other.duration_ms
            and self.public_metrics == other.public_metrics
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        media_key = self.media_key

        type_ = self.type_

        url = self.url

        preview_image_url = self.preview_image_url

        width = self.width

        height = self.height

        duration_ms = self.duration_ms

        public_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.public_metrics, Unset):
            public_metrics = self.public_metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "media_key": media_key,
                "type": type_,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if preview_image_url is not UNSET:
            field_dict["preview_image_url"] = preview_image_url
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms
        if public_metrics is not UNSET:
            field_dict["public_metrics"] = public_metrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        media_key = d["media_key"]

        type_ = d["type"]

        url = d.get("url", UNSET)

        preview_image_url = d.get("preview_image_url", UNSET)

        width = d.get("width", UNSET)

        height = d.get("height", UNSET)

        duration_ms = d.get("duration_ms", UNSET)

        _public_metrics = d.get("public_metrics", UNSET)
        public_metrics: MediaPublicMetrics | Unset
        if isinstance(_public_metrics, Unset):
            public_metrics = UNSET
        else:
            public_metrics = MediaPublicMetrics.from_dict(_public_metrics)

        if cls.__init__ is Media.__init__:
            _made = _new_instance(cls)
            _made.media_key = media_key
            _made.type_ = type_
            _made.url = url
            _made.preview_image_url = preview_image_url
            _made.width = width
            _made.height = height
            _made.duration_ms = duration_ms
            _made.public_metrics = public_metrics
            media = _made
        else:
            media = cls(
                media_key=media_key,
                type_=type_,
                url=url,
                preview_image_url=preview_image_url,
                width=width,
                height=height,
                duration_ms=duration_ms,
                public_metrics=public_metrics,
            )

        # Undeclared keys, in their order; the common case (none) is one C-level subset test.
        d = {} if d.keys() <= _DECLARED_KEYS else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        media.additional_properties = d
        return media

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "media_key":
            if isinstance(self.media_key, Unset):
                raise KeyError(key)
            return self.media_key
        if key == "type":
            if isinstance(self.type_, Unset):
                raise KeyError(key)
            return self.type_
        if key == "url":
            if isinstance(self.url, Unset):
                raise KeyError(key)
            return self.url
        if key == "preview_image_url":
            if isinstance(self.preview_image_url, Unset):
                raise KeyError(key)
            return self.preview_image_url
        if key == "width":
            if isinstance(self.width, Unset):
                raise KeyError(key)
            return self.width
        if key == "height":
            if isinstance(self.height, Unset):
                raise KeyError(key)
            return self.height
        if key == "duration_ms":
            if isinstance(self.duration_ms, Unset):
                raise KeyError(key)
            return self.duration_ms
        if key == "public_metrics":
            if isinstance(self.public_metrics, Unset):
                raise KeyError(key)
            return self.public_metrics
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "media_key":
            self.media_key = value
            return
        if key == "type":
            self.type_ = value
            return
        if key == "url":
            self.url = value
            return
        if key == "preview_image_url":
            self.preview_image_url = value
            return
        if key == "width":
            self.width = value
            return
        if key == "height":
            self.height = value
            return
        if key == "duration_ms":
            self.duration_ms = value
            return
        if key == "public_metrics":
            self.public_metrics = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "media_key":
            return not isinstance(self.media_key, Unset)
        if key == "type":
            return not isinstance(self.type_, Unset)
        if key == "url":
            return not isinstance(self.url, Unset)
        if key == "preview_image_url":
            return not isinstance(self.preview_image_url, Unset)
        if key == "width":
            return not isinstance(self.width, Unset)
        if key == "height":
            return not isinstance(self.height, Unset)
        if key == "duration_ms":
            return not isinstance(self.duration_ms, Unset)
        if key == "public_metrics":
            return not isinstance(self.public_metrics, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.media_public_metrics import MediaPublicMetrics  # noqa: E402

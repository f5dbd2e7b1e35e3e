from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.url_image import UrlImage


T = TypeVar("T", bound="UrlEntity")
_DECLARED_KEYS = frozenset(
    (
        "start",
        "end",
        "url",
        "expanded_url",
        "display_url",
        "unwound_url",
        "title",
        "description",
        "status",
        "images",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class UrlEntity:
    """
    Attributes:
        start (int):
        end (int):
        url (str):
        expanded_url (str | Unset):
        display_url (str | Unset):
        unwound_url (str | Unset):
        title (str | Unset):
        description (str | Unset):
        status (int | Unset):
        images (list[UrlImage] | Unset):
    """

    start: int
    end: int
    url: str
    expanded_url: str | Unset = UNSET
    display_url: str | Unset = UNSET
    unwound_url: str | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    status: int | Unset = UNSET
    images: list[UrlImage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        start: int,
        end: int,
        url: str,
        expanded_url: str | Unset = UNSET,
        display_url: str | Unset = UNSET,
        unwound_url: str | Unset = UNSET,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
        status: int | Unset = UNSET,
        images: list[UrlImage] | Unset = UNSET,
    ) -> None:
        self.start = start
        self.end = end
        self.url = url
        self.expanded_url = expanded_url
        self.display_url = display_url
        self.unwound_url = unwound_url
        self.title = title
        self.description = description
        self.status = status
        self.images = images
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(start={self.start!r}, end={self.end!r}, url={self.url!r}, expanded_url={self.expanded_url!r}, display_url={self.display_url!r}, unwound_url={self.unwound_url!r}, title={self.title!r}, description={self.description!r}, status={self.status!r}, images={self.images!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.start == other.start
            and self.end == other.end
            and self.url == other.url
            and self.expanded_url == other.expanded_url
            and self.display_url == other.display_url
            and self.unwound_url == other.unwound_url
            and self.title == other.title
            and self.description == other.description
            and self.status == other.status
            and self.images == other.images
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        url = self.url

        expanded_url = self.expanded_url

        display_url = self.display_url

        unwound_url = self.unwound_url

        title = self.title

        description = self.description

        status = self.status

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
                "end": end,
                "url": url,
            }
        )
        if expanded_url is not UNSET:
            field_dict["expanded_url"] = expanded_url
        if display_url is not UNSET:
            field_dict["display_url"] = display_url
        if unwound_url is not UNSET:
            field_dict["unwound_url"] = unwound_url
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if images is not UNSET:
            field_dict["images"] = images

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        start = d["start"]

        end = d["end"]

        url = d["url"]

        expanded_url = d.get("expanded_url", UNSET)

        display_url = d.get("display_url", UNSET)

        unwound_url = d.get("unwound_url", UNSET)

        title = d.get("title", UNSET)

        description = d.get("description", UNSET)

        status = d.get("status", UNSET)

        _images = d.get("images", UNSET)
        images: list[UrlImage] | Unset = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:
                images_item = UrlImage.from_dict(images_item_data)

                images.append(images_item)

        if cls.__init__ is UrlEntity.__init__:
            _made = _new_instance(cls)
            _made.start = start
            _made.end = end
            _made.url = url
            _made.expanded_url = expanded_url
            _made.display_url = display_url
            _made.unwound_url = unwound_url
            _made.title = title
            _made.description = description
            _made.status = status
            _made.images = images
            url_entity = _made
        else:
            url_entity = cls(
                start=start,
                end=end,
                url=url,
                expanded_url=expanded_url,
                display_url=display_url,
                unwound_url=unwound_url,
                title=title,
                description=description,
                status=status,
                images=images,
            )

        # Undeclared keys, in their order; the common case (none) is one C-level subset test.
        d = {} if d.keys() <= _DECLARED_KEYS else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        url_entity.additional_properties = d
        return url_entity

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "start":
            if isinstance(self.start, Unset):
                raise KeyError(key)
            return self.start
        if key == "end":
            if isinstance(self.end, Unset):
                raise KeyError(key)
            return self.end
        if key == "url":
            if isinstance(self.url, Unset):
                raise KeyError(key)
            return self.url
        if key == "expanded_url":
            if isinstance(self.expanded_url, Unset):
                raise KeyError(key)
            return self.expanded_url
        if key == "display_url":
            if isinstance(self.display_url, Unset):
                raise KeyError(key)
            return self.display_url
        if key == "unwound_url":
            if isinstance(self.unwound_url, Unset):
                raise KeyError(key)
            return self.unwound_url
        if key == "title":
            if isinstance(self.title, Unset):
                raise KeyError(key)
            return self.title
        if key == "description":
            if isinstance(self.description, Unset):
                raise KeyError(key)
            return self.description
        if key == "status":
            if isinstance(self.status, Unset):
                raise KeyError(key)
            return self.status
        if key == "images":
            if isinstance(self.images, Unset):
                raise KeyError(key)
            return self.images
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "start":
            self.start = value
            return
        if key == "end":
            self.end = value
            return
        if key == "url":
            self.url = value
            return
        if key == "expanded_url":
            self.expanded_url = value
            return
        if key == "display_url":
            self.display_url = value
            return
        if key == "unwound_url":
            self.unwound_url = value
            return
        if key == "title":
            self.title = value
            return
        if key == "description":
            self.description = value
            return
        if key == "status":
            self.status = value
            return
        if key == "images":
            self.images = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "start":
            return not isinstance(self.start, Unset)
        if key == "end":
            return not isinstance(self.end, Unset)
        if key == "url":
            return not isinstance(self.url, Unset)
        if key == "expanded_url":
            return not isinstance(self.expanded_url, Unset)
        if key == "display_url":
            return not isinstance(self.display_url, Unset)
        if key == "unwound_url":
            return not isinstance(self.unwound_url, Unset)
        if key == "title":
            return not isinstance(self.title, Unset)
        if key == "description":
            return not isinstance(self.description, Unset)
        if key == "status":
            return not isinstance(self.status, Unset)
        if key == "images":
            return not isinstance(self.images, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.url_image import UrlImage  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="InfoAttachment")
_DECLARED_KEYS = frozenset(
    (
        "id",
        "name",
        "shortUrl",
        "fileUrl",
        "fileType",
        "dateCreated",
        "hits",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class InfoAttachment:
    """
    Attributes:
        id (str):
        name (str):
        short_url (str):
        file_url (str):
        file_type (str):
        date_created (str):
        hits (int):
    """

    id: str
    name: str
    short_url: str
    file_url: str
    file_type: str
    date_created: str
    hits: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self, id: str, name: str, short_url: str, file_url: str, file_type: str, date_created: str, hits: int
    ) -> None:
        self.id = id
        self.name = name
        self.short_url = short_url
        self.file_url = file_url
        self.file_type = file_type
        self.date_created = date_created
        self.hits = hits
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(id={self.id!r}, name={self.name!r}, short_url={self.short_url!r}, file_url={self.file_url!r}, file_type={self.file_type!r}, date_created={self.date_created!r}, hits={self.hits!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id == other.id
            and self.name == other.name
            and self.short_url == other.short_url
            and self.file_url == other.file_url
            and self.file_type == other.file_type
            and self.date_created == other.date_created
            and self.hits == other.hits
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        short_url = self.short_url

        file_url = self.file_url

        file_type = self.file_type

        date_created = self.date_created

        hits = self.hits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "shortUrl": short_url,
                "fileUrl": file_url,
                "fileType": file_type,
                "dateCreated": date_created,
                "hits": hits,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        name = d["name"]

        short_url = d["shortUrl"]

        file_url = d["fileUrl"]

        file_type = d["fileType"]

        date_created = d["dateCreated"]

        hits = d["hits"]

        if cls.__init__ is InfoAttachment.__init__:
            _made = _new_instance(cls)
            _made.id = id
            _made.name = name
            _made.short_url = short_url
            _made.file_url = file_url
            _made.file_type = file_type
            _made.date_created = date_created
            _made.hits = hits
            info_attachment = _made
        else:
            info_attachment = cls(
                id=id,
                name=name,
                short_url=short_url,
                file_url=file_url,
                file_type=file_type,
                date_created=date_created,
                hits=hits,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 7 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        info_attachment.additional_properties = d
        return info_attachment

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
        if key == "shortUrl":
            if isinstance(self.short_url, Unset):
                raise KeyError(key)
            return self.short_url
        if key == "fileUrl":
            if isinstance(self.file_url, Unset):
                raise KeyError(key)
            return self.file_url
        if key == "fileType":
            if isinstance(self.file_type, Unset):
                raise KeyError(key)
            return self.file_type
        if key == "dateCreated":
            if isinstance(self.date_created, Unset):
                raise KeyError(key)
            return self.date_created
        if key == "hits":
            if isinstance(self.hits, Unset):
                raise KeyError(key)
            return self.hits
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "id":
            self.id = value
            return
        if key == "name":
            self.name = value
            return
        if key == "shortUrl":
            self.short_url = value
            return
        if key == "fileUrl":
            self.file_url = value
            return
        if key == "fileType":
            self.file_type = value
            return
        if key == "dateCreated":
            self.date_created = value
            return
        if key == "hits":
            self.hits = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "id":
            return not isinstance(self.id, Unset)
        if key == "name":
            return not isinstance(self.name, Unset)
        if key == "shortUrl":
            return not isinstance(self.short_url, Unset)
        if key == "fileUrl":
            return not isinstance(self.file_url, Unset)
        if key == "fileType":
            return not isinstance(self.file_type, Unset)
        if key == "dateCreated":
            return not isinstance(self.date_created, Unset)
        if key == "hits":
            return not isinstance(self.hits, Unset)
        return key in self.additional_properties

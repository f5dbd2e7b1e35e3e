from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.v1_mention_entity import V1MentionEntity
    from ..models.v1_tag_entity import V1TagEntity
    from ..models.v1_url_entity import V1UrlEntity


T = TypeVar("T", bound="V1Entities")
_DECLARED_KEYS = frozenset(
    (
        "hashtags",
        "symbols",
        "user_mentions",
        "urls",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class V1Entities:
    """
    Attributes:
        hashtags (list[V1TagEntity]):
        symbols (list[V1TagEntity]):
        user_mentions (list[V1MentionEntity]):
        urls (list[V1UrlEntity]):
    """

    hashtags: list[V1TagEntity]
    symbols: list[V1TagEntity]
    user_mentions: list[V1MentionEntity]
    urls: list[V1UrlEntity]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        hashtags: list[V1TagEntity],
        symbols: list[V1TagEntity],
        user_mentions: list[V1MentionEntity],
        urls: list[V1UrlEntity],
    ) -> None:
        self.hashtags = hashtags
        self.symbols = symbols
        self.user_mentions = user_mentions
        self.urls = urls
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(hashtags={self.hashtags!r}, symbols={self.symbols!r}, user_mentions={self.user_mentions!r}, urls={self.urls!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.hashtags == other.hashtags
            and self.symbols == other.symbols
            and self.user_mentions == other.user_mentions
            and self.urls == other.urls
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        hashtags = []
        for hashtags_item_data in self.hashtags:
            hashtags_item = hashtags_item_data.to_dict()
            hashtags.append(hashtags_item)

        symbols = []
        for symbols_item_data in self.symbols:
            symbols_item = symbols_item_data.to_dict()
            symbols.append(symbols_item)

        user_mentions = []
        for user_mentions_item_data in self.user_mentions:
            user_mentions_item = user_mentions_item_data.to_dict()
            user_mentions.append(user_mentions_item)

        urls = []
        for urls_item_data in self.urls:
            urls_item = urls_item_data.to_dict()
            urls.append(urls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hashtags": hashtags,
                "symbols": symbols,
                "user_mentions": user_mentions,
                "urls": urls,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        hashtags = []
        _hashtags = d["hashtags"]
        for hashtags_item_data in _hashtags:
            hashtags_item = V1TagEntity.from_dict(hashtags_item_data)

            hashtags.append(hashtags_item)

        symbols = []
        _symbols = d["symbols"]
        for symbols_item_data in _symbols:
            symbols_item = V1TagEntity.from_dict(symbols_item_data)

            symbols.append(symbols_item)

        user_mentions = []
        _user_mentions = d["user_mentions"]
        for user_mentions_item_data in _user_mentions:
            user_mentions_item = V1MentionEntity.from_dict(user_mentions_item_data)

            user_mentions.append(user_mentions_item)

        urls = []
        _urls = d["urls"]
        for urls_item_data in _urls:
            urls_item = V1UrlEntity.from_dict(urls_item_data)

            urls.append(urls_item)

        if cls.__init__ is V1Entities.__init__:
            _made = _new_instance(cls)
            _made.hashtags = hashtags
            _made.symbols = symbols
            _made.user_mentions = user_mentions
            _made.urls = urls
            v1_entities = _made
        else:
            v1_entities = cls(
                hashtags=hashtags,
                symbols=symbols,
                user_mentions=user_mentions,
                urls=urls,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 4 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        v1_entities.additional_properties = d
        return v1_entities

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "hashtags":
            if isinstance(self.hashtags, Unset):
                raise KeyError(key)
            return self.hashtags
        if key == "symbols":
            if isinstance(self.symbols, Unset):
                raise KeyError(key)
            return self.symbols
        if key == "user_mentions":
            if isinstance(self.user_mentions, Unset):
                raise KeyError(key)
            return self.user_mentions
        if key == "urls":
            if isinstance(self.urls, Unset):
                raise KeyError(key)
            return self.urls
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "hashtags":
            self.hashtags = value
            return
        if key == "symbols":
            self.symbols = value
            return
        if key == "user_mentions":
            self.user_mentions = value
            return
        if key == "urls":
            self.urls = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "hashtags":
            return not isinstance(self.hashtags, Unset)
        if key == "symbols":
            return not isinstance(self.symbols, Unset)
        if key == "user_mentions":
            return not isinstance(self.user_mentions, Unset)
        if key == "urls":
            return not isinstance(self.urls, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.v1_mention_entity import V1MentionEntity  # noqa: E402
from ..models.v1_tag_entity import V1TagEntity  # noqa: E402
from ..models.v1_url_entity import V1UrlEntity  # noqa: E402

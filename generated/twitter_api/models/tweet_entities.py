from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.mention_entity import MentionEntity
    from ..models.tag_entity import TagEntity
    from ..models.tweet_entities_annotations_item import TweetEntitiesAnnotationsItem
    from ..models.url_entity import UrlEntity


T = TypeVar("T", bound="TweetEntities")
_DECLARED_KEYS = frozenset(
    (
        "urls",
        "mentions",
        "hashtags",
        "cashtags",
        "annotations",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class TweetEntities:
    """
    Attributes:
        urls (list[UrlEntity] | Unset):
        mentions (list[MentionEntity] | Unset):
        hashtags (list[TagEntity] | Unset):
        cashtags (list[TagEntity] | Unset):
        annotations (list[TweetEntitiesAnnotationsItem] | Unset):
    """

    urls: list[UrlEntity] | Unset = UNSET
    mentions: list[MentionEntity] | Unset = UNSET
    hashtags: list[TagEntity] | Unset = UNSET
    cashtags: list[TagEntity] | Unset = UNSET
    annotations: list[TweetEntitiesAnnotationsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        urls: list[UrlEntity] | Unset = UNSET,
        mentions: list[MentionEntity] | Unset = UNSET,
        hashtags: list[TagEntity] | Unset = UNSET,
        cashtags: list[TagEntity] | Unset = UNSET,
        annotations: list[TweetEntitiesAnnotationsItem] | Unset = UNSET,
    ) -> None:
        self.urls = urls
        self.mentions = mentions
        self.hashtags = hashtags
        self.cashtags = cashtags
        self.annotations = annotations
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(urls={self.urls!r}, mentions={self.mentions!r}, hashtags={self.hashtags!r}, cashtags={self.cashtags!r}, annotations={self.annotations!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.urls == other.urls
            and self.mentions == other.mentions
            and self.hashtags == other.hashtags
            and self.cashtags == other.cashtags
            and self.annotations == other.annotations
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        urls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.urls, Unset):
            urls = []
            for urls_item_data in self.urls:
                urls_item = urls_item_data.to_dict()
                urls.append(urls_item)

        mentions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mentions, Unset):
            mentions = []
            for mentions_item_data in self.mentions:
                mentions_item = mentions_item_data.to_dict()
                mentions.append(mentions_item)

        hashtags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hashtags, Unset):
            hashtags = []
            for hashtags_item_data in self.hashtags:
                hashtags_item = hashtags_item_data.to_dict()
                hashtags.append(hashtags_item)

        cashtags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cashtags, Unset):
            cashtags = []
            for cashtags_item_data in self.cashtags:
                cashtags_item = cashtags_item_data.to_dict()
                cashtags.append(cashtags_item)

        annotations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item = annotations_item_data.to_dict()
                annotations.append(annotations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if urls is not UNSET:
            field_dict["urls"] = urls
        if mentions is not UNSET:
            field_dict["mentions"] = mentions
        if hashtags is not UNSET:
            field_dict["hashtags"] = hashtags
        if cashtags is not UNSET:
            field_dict["cashtags"] = cashtags
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _urls = d.get("urls", UNSET)
        urls: list[UrlEntity] | Unset = UNSET
        if _urls is not UNSET:
            urls = []
            for urls_item_data in _urls:
                urls_item = UrlEntity.from_dict(urls_item_data)

                urls.append(urls_item)

        _mentions = d.get("mentions", UNSET)
        mentions: list[MentionEntity] | Unset = UNSET
        if _mentions is not UNSET:
            mentions = []
            for mentions_item_data in _mentions:
                mentions_item = MentionEntity.from_dict(mentions_item_data)

                mentions.append(mentions_item)

        _hashtags = d.get("hashtags", UNSET)
        hashtags: list[TagEntity] | Unset = UNSET
        if _hashtags is not UNSET:
            hashtags = []
            for hashtags_item_data in _hashtags:
                hashtags_item = TagEntity.from_dict(hashtags_item_data)

                hashtags.append(hashtags_item)

        _cashtags = d.get("cashtags", UNSET)
        cashtags: list[TagEntity] | Unset = UNSET
        if _cashtags is not UNSET:
            cashtags = []
            for cashtags_item_data in _cashtags:
                cashtags_item = TagEntity.from_dict(cashtags_item_data)

                cashtags.append(cashtags_item)

        _annotations = d.get("annotations", UNSET)
        annotations: list[TweetEntitiesAnnotationsItem] | Unset = UNSET
        if _annotations is not UNSET:
            annotations = []
            for annotations_item_data in _annotations:
                annotations_item = TweetEntitiesAnnotationsItem.from_dict(annotations_item_data)

                annotations.append(annotations_item)

        if cls.__init__ is TweetEntities.__init__:
            _made = _new_instance(cls)
            _made.urls = urls
            _made.mentions = mentions
            _made.hashtags = hashtags
            _made.cashtags = cashtags
            _made.annotations = annotations
            tweet_entities = _made
        else:
            tweet_entities = cls(
                urls=urls,
                mentions=mentions,
                hashtags=hashtags,
                cashtags=cashtags,
                annotations=annotations,
            )

        # Undeclared keys, in their order; the common case (none) is one C-level subset test.
        d = {} if d.keys() <= _DECLARED_KEYS else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        tweet_entities.additional_properties = d
        return tweet_entities

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "urls":
            if isinstance(self.urls, Unset):
                raise KeyError(key)
            return self.urls
        if key == "mentions":
            if isinstance(self.mentions, Unset):
                raise KeyError(key)
            return self.mentions
        if key == "hashtags":
            if isinstance(self.hashtags, Unset):
                raise KeyError(key)
            return self.hashtags
        if key == "cashtags":
            if isinstance(self.cashtags, Unset):
                raise KeyError(key)
            return self.cashtags
        if key == "annotations":
            if isinstance(self.annotations, Unset):
                raise KeyError(key)
            return self.annotations
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "urls":
            self.urls = value
            return
        if key == "mentions":
            self.mentions = value
            return
        if key == "hashtags":
            self.hashtags = value
            return
        if key == "cashtags":
            self.cashtags = value
            return
        if key == "annotations":
            self.annotations = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "urls":
            return not isinstance(self.urls, Unset)
        if key == "mentions":
            return not isinstance(self.mentions, Unset)
        if key == "hashtags":
            return not isinstance(self.hashtags, Unset)
        if key == "cashtags":
            return not isinstance(self.cashtags, Unset)
        if key == "annotations":
            return not isinstance(self.annotations, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.mention_entity import MentionEntity  # noqa: E402
from ..models.tag_entity import TagEntity  # noqa: E402
from ..models.tweet_entities_annotations_item import TweetEntitiesAnnotationsItem  # noqa: E402
from ..models.url_entity import UrlEntity  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__

import datetime

from ..models.reply_settings import ReplySettings

if TYPE_CHECKING:
    from ..models.referenced_tweet import ReferencedTweet
    from ..models.tweet_attachments import TweetAttachments
    from ..models.tweet_context_annotations_item import TweetContextAnnotationsItem
    from ..models.tweet_entities import TweetEntities
    from ..models.tweet_geo import TweetGeo
    from ..models.tweet_public_metrics import TweetPublicMetrics
    from ..models.tweet_withheld import TweetWithheld


T = TypeVar("T", bound="Tweet")
_DECLARED_KEYS = frozenset(
    (
        "id",
        "text",
        "author_id",
        "created_at",
        "conversation_id",
        "in_reply_to_user_id",
        "lang",
        "source",
        "possibly_sensitive",
        "reply_settings",
        "public_metrics",
        "referenced_tweets",
        "attachments",
        "geo",
        "entities",
        "context_annotations",
        "withheld",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class Tweet:
    """
    Attributes:
        id (str): A 64-bit id as a decimal string.
        text (str):
        author_id (str | Unset): A 64-bit id as a decimal string.
        created_at (datetime.datetime | Unset):
        conversation_id (str | Unset): A 64-bit id as a decimal string.
        in_reply_to_user_id (str | Unset): A 64-bit id as a decimal string.
        lang (str | Unset):
        source (str | Unset):
        possibly_sensitive (bool | Unset):
        reply_settings (ReplySettings | Unset):
        public_metrics (TweetPublicMetrics | Unset):
        referenced_tweets (list[ReferencedTweet] | Unset):
        attachments (TweetAttachments | Unset):
        geo (TweetGeo | Unset):
        entities (TweetEntities | Unset):
        context_annotations (list[TweetContextAnnotationsItem] | Unset):
        withheld (TweetWithheld | Unset):
    """

    id: str
    text: str
    author_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    conversation_id: str | Unset = UNSET
    in_reply_to_user_id: str | Unset = UNSET
    lang: str | Unset = UNSET
    source: str | Unset = UNSET
    possibly_sensitive: bool | Unset = UNSET
    reply_settings: ReplySettings | Unset = UNSET
    public_metrics: TweetPublicMetrics | Unset = UNSET
    referenced_tweets: list[ReferencedTweet] | Unset = UNSET
    attachments: TweetAttachments | Unset = UNSET
    geo: TweetGeo | Unset = UNSET
    entities: TweetEntities | Unset = UNSET
    context_annotations: list[TweetContextAnnotationsItem] | Unset = UNSET
    withheld: TweetWithheld | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: str,
        text: str,
        author_id: str | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        conversation_id: str | Unset = UNSET,
        in_reply_to_user_id: str | Unset = UNSET,
        lang: str | Unset = UNSET,
        source: str | Unset = UNSET,
        possibly_sensitive: bool | Unset = UNSET,
        reply_settings: ReplySettings | Unset = UNSET,
        public_metrics: TweetPublicMetrics | Unset = UNSET,
        referenced_tweets: list[ReferencedTweet] | Unset = UNSET,
        attachments: TweetAttachments | Unset = UNSET,
        geo: TweetGeo | Unset = UNSET,
        entities: TweetEntities | Unset = UNSET,
        context_annotations: list[TweetContextAnnotationsItem] | Unset = UNSET,
        withheld: TweetWithheld | Unset = UNSET,
    ) -> None:
        self.id = id
        self.text = text
        self.author_id = author_id
        self.created_at = created_at
        self.conversation_id = conversation_id
        self.in_reply_to_user_id = in_reply_to_user_id
        self.lang = lang
        self.source = source
        self.possibly_sensitive = possibly_sensitive
        self.reply_settings = reply_settings
        self.public_metrics = public_metrics
        self.referenced_tweets = referenced_tweets
        self.attachments = attachments
        self.geo = geo
        self.entities = entities
        self.context_annotations = context_annotations
        self.withheld = withheld
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(id={self.id!r}, text={self.text!r}, author_id={self.author_id!r}, created_at={self.created_at!r}, conversation_id={self.conversation_id!r}, in_reply_to_user_id={self.in_reply_to_user_id!r}, lang={self.lang!r}, source={self.source!r}, possibly_sensitive={self.possibly_sensitive!r}, reply_settings={self.reply_settings!r}, public_metrics={self.public_metrics!r}, referenced_tweets={self.referenced_tweets!r}, attachments={self.attachments!r}, geo={self.geo!r}, entities={self.entities!r}, context_annotations={self.context_annotations!r}, withheld={self.withheld!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id == other.id
            and self.text == other.text
            and self.author_id == other.author_id
            and self.created_at == other.created_at
            and self.conversation_id == other.conversation_id
            and self.in_reply_to_user_id == other.in_reply_to_user_id
            and self.lang == other.lang
            and self.source == other.source
            and self.possibly_sensitive == other.possibly_sensitive
            and self.reply_settings == other.reply_settings
            and self.public_metrics == other.public_metrics
            and self.referenced_tweets == other.referenced_tweets
            and self.attachments == other.attachments
            and self.geo == other.geo
            and self.entities == other.entities
            and self.context_annotations == other.context_annotations
            and self.withheld == other.withheld
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        text = self.text

        author_id = self.author_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        conversation_id = self.conversation_id

        in_reply_to_user_id = self.in_reply_to_user_id

        lang = self.lang

        source = self.source

        possibly_sensitive = self.possibly_sensitive

        reply_settings: str | Unset = UNSET
        if not isinstance(self.reply_settings, Unset):
            reply_settings = self.reply_settings.value

        public_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.public_metrics, Unset):
            public_metrics = self.public_metrics.to_dict()

        referenced_tweets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.referenced_tweets, Unset):
            referenced_tweets = []
            for referenced_tweets_item_data in self.referenced_tweets:
                referenced_tweets_item = referenced_tweets_item_data.to_dict()
                referenced_tweets.append(referenced_tweets_item)

        attachments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = self.attachments.to_dict()

        geo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.geo, Unset):
            geo = self.geo.to_dict()

        entities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entities, Unset):
            entities = self.entities.to_dict()

        context_annotations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.context_annotations, Unset):
            context_annotations = []
            for context_annotations_item_data in self.context_annotations:
                context_annotations_item = context_annotations_item_data.to_dict()
                context_annotations.append(context_annotations_item)

        withheld: dict[str, Any] | Unset = UNSET
        if not isinstance(self.withheld, Unset):
            withheld = self.withheld.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "text": text,
            }
        )
        if author_id is not UNSET:
            field_dict["author_id"] = author_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if in_reply_to_user_id is not UNSET:
            field_dict["in_reply_to_user_id"] = in_reply_to_user_id
        if lang is not UNSET:
            field_dict["lang"] = lang
        if source is not UNSET:
            field_dict["source"] = source
        if possibly_sensitive is not UNSET:
            field_dict["possibly_sensitive"] = possibly_sensitive
        if reply_settings is not UNSET:
            field_dict["reply_settings"] = reply_settings
        if public_metrics is not UNSET:
            field_dict["public_metrics"] = public_metrics
        if referenced_tweets is not UNSET:
            field_dict["referenced_tweets"] = referenced_tweets
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if geo is not UNSET:
            field_dict["geo"] = geo
        if entities is not UNSET:
            field_dict["entities"] = entities
        if context_annotations is not UNSET:
            field_dict["context_annotations"] = context_annotations
        if withheld is not UNSET:
            field_dict["withheld"] = withheld

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        text = d["text"]

        author_id = d.get("author_id", UNSET)

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        conversation_id = d.get("conversation_id", UNSET)

        in_reply_to_user_id = d.get("in_reply_to_user_id", UNSET)

        lang = d.get("lang", UNSET)

        source = d.get("source", UNSET)

        possibly_sensitive = d.get("possibly_sensitive", UNSET)

        _reply_settings = d.get("reply_settings", UNSET)
        reply_settings: ReplySettings | Unset
        if isinstance(_reply_settings, Unset):
            reply_settings = UNSET
        else:
            reply_settings = ReplySettings(_reply_settings)

        _public_metrics = d.get("public_metrics", UNSET)
        public_metrics: TweetPublicMetrics | Unset
        if isinstance(_public_metrics, Unset):
            public_metrics = UNSET
        else:
            public_metrics = TweetPublicMetrics.from_dict(_public_metrics)

        _referenced_tweets = d.get("referenced_tweets", UNSET)
        referenced_tweets: list[ReferencedTweet] | Unset = UNSET
        if _referenced_tweets is not UNSET:
            referenced_tweets = []
            for referenced_tweets_item_data in _referenced_tweets:
                referenced_tweets_item = ReferencedTweet.from_dict(referenced_tweets_item_data)

                referenced_tweets.append(referenced_tweets_item)

        _attachments = d.get("attachments", UNSET)
        attachments: TweetAttachments | Unset
        if isinstance(_attachments, Unset):
            attachments = UNSET
        else:
            attachments = TweetAttachments.from_dict(_attachments)

        _geo = d.get("geo", UNSET)
        geo: TweetGeo | Unset
        if isinstance(_geo, Unset):
            geo = UNSET
        else:
            geo = TweetGeo.from_dict(_geo)

        _entities = d.get("entities", UNSET)
        entities: TweetEntities | Unset
        if isinstance(_entities, Unset):
            entities = UNSET
        else:
            entities = TweetEntities.from_dict(_entities)

        _context_annotations = d.get("context_annotations", UNSET)
        context_annotations: list[TweetContextAnnotationsItem] | Unset = UNSET
        if _context_annotations is not UNSET:
            context_annotations = []
            for context_annotations_item_data in _context_annotations:
                context_annotations_item = TweetContextAnnotationsItem.from_dict(context_annotations_item_data)

                context_annotations.append(context_annotations_item)

        _withheld = d.get("withheld", UNSET)
        withheld: TweetWithheld | Unset
        if isinstance(_withheld, Unset):
            withheld = UNSET
        else:
            withheld = TweetWithheld.from_dict(_withheld)

        if cls.__init__ is Tweet.__init__:
            _made = _new_instance(cls)
            _made.id = id
            _made.text = text
            _made.author_id = author_id
            _made.created_at = created_at
            _made.conversation_id = conversation_id
            _made.in_reply_to_user_id = in_reply_to_user_id
            _made.lang = lang
            _made.source = source
            _made.possibly_sensitive = possibly_sensitive
            _made.reply_settings = reply_settings
            _made.public_metrics = public_metrics
            _made.referenced_tweets = referenced_tweets
            _made.attachments = attachments
            _made.geo = geo
            _made.entities = entities
            _made.context_annotations = context_annotations
            _made.withheld = withheld
            tweet = _made
        else:
            tweet = cls(
                id=id,
                text=text,
                author_id=author_id,
                created_at=created_at,
                conversation_id=conversation_id,
                in_reply_to_user_id=in_reply_to_user_id,
                lang=lang,
                source=source,
                possibly_sensitive=possibly_sensitive,
                reply_settings=reply_settings,
                public_metrics=public_metrics,
                referenced_tweets=referenced_tweets,
                attachments=attachments,
                geo=geo,
                entities=entities,
                context_annotations=context_annotations,
                withheld=withheld,
            )

        # Undeclared keys, in their order; the common case (none) is one C-level subset test.
        d = {} if d.keys() <= _DECLARED_KEYS else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        tweet.additional_properties = d
        return tweet

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "id":
            if isinstance(self.id, Unset):
                raise KeyError(key)
            return self.id
        if key == "text":
            if isinstance(self.text, Unset):
                raise KeyError(key)
            return self.text
        if key == "author_id":
            if isinstance(self.author_id, Unset):
                raise KeyError(key)
            return self.author_id
        if key == "created_at":
            if isinstance(self.created_at, Unset):
                raise KeyError(key)
            return self.created_at
        if key == "conversation_id":
            if isinstance(self.conversation_id, Unset):
                raise KeyError(key)
            return self.conversation_id
        if key == "in_reply_to_user_id":
            if isinstance(self.in_reply_to_user_id, Unset):
                raise KeyError(key)
            return self.in_reply_to_user_id
        if key == "lang":
            if isinstance(self.lang, Unset):
                raise KeyError(key)
            return self.lang
        if key == "source":
            if isinstance(self.source, Unset):
                raise KeyError(key)
            return self.source
        if key == "possibly_sensitive":
            if isinstance(self.possibly_sensitive, Unset):
                raise KeyError(key)
            return self.possibly_sensitive
        if key == "reply_settings":
            if isinstance(self.reply_settings, Unset):
                raise KeyError(key)
            return self.reply_settings
        if key == "public_metrics":
            if isinstance(self.public_metrics, Unset):
                raise KeyError(key)
            return self.public_metrics
        if key == "referenced_tweets":
            if isinstance(self.referenced_tweets, Unset):
                raise KeyError(key)
            return self.referenced_tweets
        if key == "attachments":
            if isinstance(self.attachments, Unset):
                raise KeyError(key)
            return self.attachments
        if key == "geo":
            if isinstance(self.geo, Unset):
                raise KeyError(key)
            return self.geo
        if key == "entities":
            if isinstance(self.entities, Unset):
                raise KeyError(key)
            return self.entities
        if key == "context_annotations":
            if isinstance(self.context_annotations, Unset):
                raise KeyError(key)
            return self.context_annotations
        if key == "withheld":
            if isinstance(self.withheld, Unset):
                raise KeyError(key)
            return self.withheld
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "id":
            self.id = value
            return
        if key == "text":
            self.text = value
            return
        if key == "author_id":
            self.author_id = value
            return
        if key == "created_at":
            self.created_at = value
            return
        if key == "conversation_id":
            self.conversation_id = value
            return
        if key == "in_reply_to_user_id":
            self.in_reply_to_user_id = value
            return
        if key == "lang":
            self.lang = value
            return
        if key == "source":
            self.source = value
            return
        if key == "possibly_sensitive":
            self.possibly_sensitive = value
            return
        if key == "reply_settings":
            self.reply_settings = value
            return
        if key == "public_metrics":
            self.public_metrics = value
            return
        if key == "referenced_tweets":
            self.referenced_tweets = value
            return
        if key == "attachments":
            self.attachments = value
            return
        if key == "geo":
            self.geo = value
            return
        if key == "entities":
            self.entities = value
            return
        if key == "context_annotations":
            self.context_annotations = value
            return
        if key == "withheld":
            self.withheld = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "id":
            return not isinstance(self.id, Unset)
        if key == "text":
            return not isinstance(self.text, Unset)
        if key == "author_id":
            return not isinstance(self.author_id, Unset)
        if key == "created_at":
            return not isinstance(self.created_at, Unset)
        if key == "conversation_id":
            return not isinstance(self.conversation_id, Unset)
        if key == "in_reply_to_user_id":
            return not isinstance(self.in_reply_to_user_id, Unset)
        if key == "lang":
            return not isinstance(self.lang, Unset)
        if key == "source":
            return not isinstance(self.source, Unset)
        if key == "possibly_sensitive":
            return not isinstance(self.possibly_sensitive, Unset)
        if key == "reply_settings":
            return not isinstance(self.reply_settings, Unset)
        if key == "public_metrics":
            return not isinstance(self.public_metrics, Unset)
        if key == "referenced_tweets":
            return not isinstance(self.referenced_tweets, Unset)
        if key == "attachments":
            return not isinstance(self.attachments, Unset)
        if key == "geo":
            return not isinstance(self.geo, Unset)
        if key == "entities":
            return not isinstance(self.entities, Unset)
        if key == "context_annotations":
            return not isinstance(self.context_annotations, Unset)
        if key == "withheld":
            return not isinstance(self.withheld, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.referenced_tweet import ReferencedTweet  # noqa: E402
from ..models.tweet_attachments import TweetAttachments  # noqa: E402
from ..models.tweet_context_annotations_item import TweetContextAnnotationsItem  # noqa: E402
from ..models.tweet_entities import TweetEntities  # noqa: E402
from ..models.tweet_geo import TweetGeo  # noqa: E402
from ..models.tweet_public_metrics import TweetPublicMetrics  # noqa: E402
from ..models.tweet_withheld import TweetWithheld  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__

import datetime

if TYPE_CHECKING:
    from ..models.user_entities import UserEntities
    from ..models.user_public_metrics import UserPublicMetrics
    from ..models.user_withheld import UserWithheld


T = TypeVar("T", bound="User")
_DECLARED_KEYS = frozenset(
    (
        "id",
        "name",
        "username",
        "created_at",
        "description",
        "location",
        "pinned_tweet_id",
        "profile_image_url",
        "protected",
        "verified",
        "url",
        "public_metrics",
        "entities",
        "withheld",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class User:
    """
    Attributes:
        id (str): A 64-bit id as a decimal string.
        name (str):
        username (str):
        created_at (datetime.datetime | Unset):
        description (str | Unset):
        location (str | Unset):
        pinned_tweet_id (str | Unset): A 64-bit id as a decimal string.
        profile_image_url (str | Unset):
        protected (bool | Unset):
        verified (bool | Unset):
        url (str | Unset):
        public_metrics (UserPublicMetrics | Unset):
        entities (UserEntities | Unset):
        withheld (UserWithheld | Unset):
    """

    id: str
    name: str
    username: str
    created_at: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    location: str | Unset = UNSET
    pinned_tweet_id: str | Unset = UNSET
    profile_image_url: str | Unset = UNSET
    protected: bool | Unset = UNSET
    verified: bool | Unset = UNSET
    url: str | Unset = UNSET
    public_metrics: UserPublicMetrics | Unset = UNSET
    entities: UserEntities | Unset = UNSET
    withheld: UserWithheld | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: str,
        name: str,
        username: str,
        created_at: datetime.datetime | Unset = UNSET,
        description: str | Unset = UNSET,
        location: str | Unset = UNSET,
        pinned_tweet_id: str | Unset = UNSET,
        profile_image_url: str | Unset = UNSET,
        protected: bool | Unset = UNSET,
        verified: bool | Unset = UNSET,
        url: str | Unset = UNSET,
        public_metrics: UserPublicMetrics | Unset = UNSET,
        entities: UserEntities | Unset = UNSET,
        withheld: UserWithheld | Unset = UNSET,
    ) -> None:
        self.id = id
        self.name = name
        self.username = username
        self.created_at = created_at
        self.description = description
        self.location = location
        self.pinned_tweet_id = pinned_tweet_id
        self.profile_image_url = profile_image_url
        self.protected = protected
        self.verified = verified
        self.url = url
        self.public_metrics = public_metrics
        self.entities = entities
        self.withheld = withheld
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(id={self.id!r}, name={self.name!r}, username={self.username!r}, created_at={self.created_at!r}, description={self.description!r}, location={self.location!r}, pinned_tweet_id={self.pinned_tweet_id!r}, profile_image_url={self.profile_image_url!r}, protected={self.protected!r}, verified={self.verified!r}, url={self.url!r}, public_metrics={self.public_metrics!r}, entities={self.entities!r}, withheld={self.withheld!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id == other.id
            and self.name == other.name
            and self.username == other.username
            and self.created_at == other.created_at
            and self.description == other.description
            and self.location == other.location
            and self.pinned_tweet_id == other.pinned_tweet_id
            and self.profile_image_url == other.profile_image_url
            and self.protected == other.protected
            and self.verified == other.verified
            and self.url == other.url
            and self.public_metrics == other.public_metrics
            and self.entities == other.entities
            and self.withheld == other.withheld
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        username = self.username

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        description = self.description

        location = self.location

        pinned_tweet_id = self.pinned_tweet_id

        profile_image_url = self.profile_image_url

        protected = self.protected

        verified = self.verified

        url = self.url

        public_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.public_metrics, Unset):
            public_metrics = self.public_metrics.to_dict()

        entities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entities, Unset):
            entities = self.entities.to_dict()

        withheld: dict[str, Any] | Unset = UNSET
        if not isinstance(self.withheld, Unset):
            withheld = self.withheld.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "username": username,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if location is not UNSET:
            field_dict["location"] = location
        if pinned_tweet_id is not UNSET:
            field_dict["pinned_tweet_id"] = pinned_tweet_id
        if profile_image_url is not UNSET:
            field_dict["profile_image_url"] = profile_image_url
        if protected is not UNSET:
            field_dict["protected"] = protected
        if verified is not UNSET:
            field_dict["verified"] = verified
        if url is not UNSET:
            field_dict["url"] = url
        if public_metrics is not UNSET:
            field_dict["public_metrics"] = public_metrics
        if entities is not UNSET:
            field_dict["entities"] = entities
        if withheld is not UNSET:
            field_dict["withheld"] = withheld

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        name = d["name"]

        username = d["username"]

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        description = d.get("description", UNSET)

        location = d.get("location", UNSET)

        pinned_tweet_id = d.get("pinned_tweet_id", UNSET)

        profile_image_url = d.get("profile_image_url", UNSET)

        protected = d.get("protected", UNSET)

        verified = d.get("verified", UNSET)

        url = d.get("url", UNSET)

        _public_metrics = d.get("public_metrics", UNSET)
        public_metrics: UserPublicMetrics | Unset
        if isinstance(_public_metrics, Unset):
            public_metrics = UNSET
        else:
            public_metrics = UserPublicMetrics.from_dict(_public_metrics)

        _entities = d.get("entities", UNSET)
        entities: UserEntities | Unset
        if isinstance(_entities, Unset):
            entities = UNSET
        else:
            entities = UserEntities.from_dict(_entities)

        _withheld = d.get("withheld", UNSET)
        withheld: UserWithheld | Unset
        if isinstance(_withheld, Unset):
            withheld = UNSET
        else:
            withheld = UserWithheld.from_dict(_withheld)

        if cls.__init__ is User.__init__:
            _made = _new_instance(cls)
            _made.id = id
            _made.name = name
            _made.username = username
            _made.created_at = created_at
            _made.description = description
            _made.location = location
            _made.pinned_tweet_id = pinned_tweet_id
            _made.profile_image_url = profile_image_url
            _made.protected = protected
            _made.verified = verified
            _made.url = url
            _made.public_metrics = public_metrics
            _made.entities = entities
            _made.withheld = withheld
            user = _made
        else:
            user = cls(
                id=id,
                name=name,
                username=username,
                created_at=created_at,
                description=description,
                location=location,
                pinned_tweet_id=pinned_tweet_id,
                profile_image_url=profile_image_url,
                protected=protected,
                verified=verified,
                url=url,
                public_metrics=public_metrics,
                entities=entities,
                withheld=withheld,
            )

        # Undeclared keys, in their order; the common case (none) is one C-level subset test.
        d = {} if d.keys() <= _DECLARED_KEYS else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        user.additional_properties = d
        return user

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
        if key == "username":
            if isinstance(self.username, Unset):
                raise KeyError(key)
            return self.username
        if key == "created_at":
            if isinstance(self.created_at, Unset):
                raise KeyError(key)
            return self.created_at
        if key == "description":
            if isinstance(self.description, Unset):
                raise KeyError(key)
            return self.description
        if key == "location":
            if isinstance(self.location, Unset):
                raise KeyError(key)
            return self.location
        if key == "pinned_tweet_id":
            if isinstance(self.pinned_tweet_id, Unset):
                raise KeyError(key)
            return self.pinned_tweet_id
        if key == "profile_image_url":
            if isinstance(self.profile_image_url, Unset):
                raise KeyError(key)
            return self.profile_image_url
        if key == "protected":
            if isinstance(self.protected, Unset):
                raise KeyError(key)
            return self.protected
        if key == "verified":
            if isinstance(self.verified, Unset):
                raise KeyError(key)
            return self.verified
        if key == "url":
            if isinstance(self.url, Unset):
                raise KeyError(key)
            return self.url
        if key == "public_metrics":
            if isinstance(self.public_metrics, Unset):
                raise KeyError(key)
            return self.public_metrics
        if key == "entities":
            if isinstance(self.entities, Unset):
                raise KeyError(key)
            return self.entities
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
        if key == "name":
            self.name = value
            return
        if key == "username":
            self.username = value
            return
        if key == "created_at":
            self.created_at = value
            return
        if key == "description":
            self.description = value
            return
        if key == "location":
            self.location = value
            return
        if key == "pinned_tweet_id":
            self.pinned_tweet_id = value
            return
        if key == "profile_image_url":
            self.profile_image_url = value
            return
        if key == "protected":
            self.protected = value
            return
        if key == "verified":
            self.verified = value
            return
        if key == "url":
            self.url = value
            return
        if key == "public_metrics":
            self.public_metrics = value
            return
        if key == "entities":
            self.entities = value
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
        if key == "name":
            return not isinstance(self.name, Unset)
        if key == "username":
            return not isinstance(self.username, Unset)
        if key == "created_at":
            return not isinstance(self.created_at, Unset)
        if key == "description":
            return not isinstance(self.description, Unset)
        if key == "location":
            return not isinstance(self.location, Unset)
        if key == "pinned_tweet_id":
            return not isinstance(self.pinned_tweet_id, Unset)
        if key == "profile_image_url":
            return not isinstance(self.profile_image_url, Unset)
        if key == "protected":
            return not isinstance(self.protected, Unset)
        if key == "verified":
            return not isinstance(self.verified, Unset)
        if key == "url":
            return not isinstance(self.url, Unset)
        if key == "public_metrics":
            return not isinstance(self.public_metrics, Unset)
        if key == "entities":
            return not isinstance(self.entities, Unset)
        if key == "withheld":
            return not isinstance(self.withheld, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.user_entities import UserEntities  # noqa: E402
from ..models.user_public_metrics import UserPublicMetrics  # noqa: E402
from ..models.user_withheld import UserWithheld  # noqa: E402

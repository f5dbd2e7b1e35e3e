from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__

import datetime
from typing import cast

from ..models.space_state import SpaceState

T = TypeVar("T", bound="Space")
_DECLARED_KEYS = frozenset(
    (
        "id",
        "state",
        "title",
        "lang",
        "creator_id",
        "host_ids",
        "speaker_ids",
        "invited_user_ids",
        "participant_count",
        "is_ticketed",
        "created_at",
        "started_at",
        "updated_at",
        "scheduled_start",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class Space:
    """
    Attributes:
        id (str):
        state (SpaceState):
        title (str | Unset):
        lang (str | Unset):
        creator_id (str | Unset): A 64-bit id as a decimal string.
        host_ids (list[str] | Unset):
        speaker_ids (list[str] | Unset):
        invited_user_ids (list[str] | Unset):
        participant_count (int | Unset):
        is_ticketed (bool | Unset):
        created_at (datetime.datetime | Unset):
        started_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        scheduled_start (datetime.datetime | Unset):
    """

    id: str
    state: SpaceState
    title: str | Unset = UNSET
    lang: str | Unset = UNSET
    creator_id: str | Unset = UNSET
    host_ids: list[str] | Unset = UNSET
    speaker_ids: list[str] | Unset = UNSET
    invited_user_ids: list[str] | Unset = UNSET
    participant_count: int | Unset = UNSET
    is_ticketed: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    started_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    scheduled_start: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: str,
        state: SpaceState,
        title: str | Unset = UNSET,
        lang: str | Unset = UNSET,
        creator_id: str | Unset = UNSET,
        host_ids: list[str] | Unset = UNSET,
        speaker_ids: list[str] | Unset = UNSET,
        invited_user_ids: list[str] | Unset = UNSET,
        participant_count: int | Unset = UNSET,
        is_ticketed: bool | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        started_at: datetime.datetime | Unset = UNSET,
        updated_at: datetime.datetime | Unset = UNSET,
        scheduled_start: datetime.datetime | Unset = UNSET,
    ) -> None:
        self.id = id
        self.state = state
        self.title = title
        self.lang = lang
        self.creator_id = creator_id
        self.host_ids = host_ids
        self.speaker_ids = speaker_ids
        self.invited_user_ids = invited_user_ids
        self.participant_count = participant_count
        self.is_ticketed = is_ticketed
        self.created_at = created_at
        self.started_at = started_at
        self.updated_at = updated_at
        self.scheduled_start = scheduled_start
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(id={self.id!r}, state={self.state!r}, title={self.title!r}, lang={self.lang!r}, creator_id={self.creator_id!r}, host_ids={self.host_ids!r}, speaker_ids={self.speaker_ids!r}, invited_user_ids={self.invited_user_ids!r}, participant_count={self.participant_count!r}, is_ticketed={self.is_ticketed!r}, created_at={self.created_at!r}, started_at={self.started_at!r}, updated_at={self.updated_at!r}, scheduled_start={self.scheduled_start!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id == other.id
            and self.state == other.state
            and self.title == other.title
            and self.lang == other.lang
            and self.creator_id == other.creator_id
            and self.host_ids == other.host_ids
            and self.speaker_ids == other.speaker_ids
            and self.invited_user_ids == other.invited_user_ids
            and self.participant_count == other.participant_count
            and self.is_ticketed == other.is_ticketed
            and self.created_at == other.created_at
            and self.started_at == other.started_at
            and self.updated_at == other.updated_at
            and self.scheduled_start == other.scheduled_start
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        state = self.state.value

        title = self.title

        lang = self.lang

        creator_id = self.creator_id

        host_ids: list[str] | Unset = UNSET
        if not isinstance(self.host_ids, Unset):
            host_ids = self.host_ids

        speaker_ids: list[str] | Unset = UNSET
        if not isinstance(self.speaker_ids, Unset):
            speaker_ids = self.speaker_ids

        invited_user_ids: list[str] | Unset = UNSET
        if not isinstance(self.invited_user_ids, Unset):
            invited_user_ids = self.invited_user_ids

        participant_count = self.participant_count

        is_ticketed = self.is_ticketed

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        scheduled_start: str | Unset = UNSET
        if not isinstance(self.scheduled_start, Unset):
            scheduled_start = self.scheduled_start.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "state": state,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if lang is not UNSET:
            field_dict["lang"] = lang
        if creator_id is not UNSET:
            field_dict["creator_id"] = creator_id
        if host_ids is not UNSET:
            field_dict["host_ids"] = host_ids
        if speaker_ids is not UNSET:
            field_dict["speaker_ids"] = speaker_ids
        if invited_user_ids is not UNSET:
            field_dict["invited_user_ids"] = invited_user_ids
        if participant_count is not UNSET:
            field_dict["participant_count"] = participant_count
        if is_ticketed is not UNSET:
            field_dict["is_ticketed"] = is_ticketed
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if scheduled_start is not UNSET:
            field_dict["scheduled_start"] = scheduled_start

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        state = SpaceState(d["state"])

        title = d.get("title", UNSET)

        lang = d.get("lang", UNSET)

        creator_id = d.get("creator_id", UNSET)

        host_ids = cast(list[str], d.get("host_ids", UNSET))

        speaker_ids = cast(list[str], d.get("speaker_ids", UNSET))

        invited_user_ids = cast(list[str], d.get("invited_user_ids", UNSET))

        participant_count = d.get("participant_count", UNSET)

        is_ticketed = d.get("is_ticketed", UNSET)

        _created_at = d.get("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _started_at = d.get("started_at", UNSET)
        started_at: datetime.datetime | Unset
        if isinstance(_started_at, Unset):
            started_at = UNSET
        else:
            started_at = datetime.datetime.fromisoformat(_started_at)

        _updated_at = d.get("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _scheduled_start = d.get("scheduled_start", UNSET)
        scheduled_start: datetime.datetime | Unset
        if isinstance(_scheduled_start, Unset):
            scheduled_start = UNSET
        else:
            scheduled_start = datetime.datetime.fromisoformat(_scheduled_start)

        if cls.__init__ is Space.__init__:
            _made = _new_instance(cls)
            _made.id = id
            _made.state = state
            _made.title = title
            _made.lang = lang
            _made.creator_id = creator_id
            _made.host_ids = host_ids
            _made.speaker_ids = speaker_ids
            _made.invited_user_ids = invited_user_ids
            _made.participant_count = participant_count
            _made.is_ticketed = is_ticketed
            _made.created_at = created_at
            _made.started_at = started_at
            _made.updated_at = updated_at
            _made.scheduled_start = scheduled_start
            space = _made
        else:
            space = cls(
                id=id,
                state=state,
                title=title,
                lang=lang,
                creator_id=creator_id,
                host_ids=host_ids,
                speaker_ids=speaker_ids,
                invited_user_ids=invited_user_ids,
                participant_count=participant_count,
                is_ticketed=is_ticketed,
                created_at=created_at,
                started_at=started_at,
                updated_at=updated_at,
                scheduled_start=scheduled_start,
            )

        # Undeclared keys, in their order; the common case (none) is one C-level subset test.
        d = {} if d.keys() <= _DECLARED_KEYS else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        space.additional_properties = d
        return space

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "id":
            if isinstance(self.id, Unset):
                raise KeyError(key)
            return self.id
        if key == "state":
            if isinstance(self.state, Unset):
                raise KeyError(key)
            return self.state
        if key == "title":
            if isinstance(self.title, Unset):
                raise KeyError(key)
            return self.title
        if key == "lang":
            if isinstance(self.lang, Unset):
                raise KeyError(key)
            return self.lang
        if key == "creator_id":
            if isinstance(self.creator_id, Unset):
                raise KeyError(key)
            return self.creator_id
        if key == "host_ids":
            if isinstance(self.host_ids, Unset):
                raise KeyError(key)
            return self.host_ids
        if key == "speaker_ids":
            if isinstance(self.speaker_ids, Unset):
                raise KeyError(key)
            return self.speaker_ids
        if key == "invited_user_ids":
            if isinstance(self.invited_user_ids, Unset):
                raise KeyError(key)
            return self.invited_user_ids
        if key == "participant_count":
            if isinstance(self.participant_count, Unset):
                raise KeyError(key)
            return self.participant_count
        if key == "is_ticketed":
            if isinstance(self.is_ticketed, Unset):
                raise KeyError(key)
            return self.is_ticketed
        if key == "created_at":
            if isinstance(self.created_at, Unset):
                raise KeyError(key)
            return self.created_at
        if key == "started_at":
            if isinstance(self.started_at, Unset):
                raise KeyError(key)
            return self.started_at
        if key == "updated_at":
            if isinstance(self.updated_at, Unset):
                raise KeyError(key)
            return self.updated_at
        if key == "scheduled_start":
            if isinstance(self.scheduled_start, Unset):
                raise KeyError(key)
            return self.scheduled_start
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "id":
            self.id = value
            return
        if key == "state":
            self.state = value
            return
        if key == "title":
            self.title = value
            return
        if key == "lang":
            self.lang = value
            return
        if key == "creator_id":
            self.creator_id = value
            return
        if key == "host_ids":
            self.host_ids = value
            return
        if key == "speaker_ids":
            self.speaker_ids = value
            return
        if key == "invited_user_ids":
            self.invited_user_ids = value
            return
        if key == "participant_count":
            self.participant_count = value
            return
        if key == "is_ticketed":
            self.is_ticketed = value
            return
        if key == "created_at":
            self.created_at = value
            return
        if key == "started_at":
            self.started_at = value
            return
        if key == "updated_at":
            self.updated_at = value
            return
        if key == "scheduled_start":
            self.scheduled_start = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "id":
            return not isinstance(self.id, Unset)
        if key == "state":
            return not isinstance(self.state, Unset)
        if key == "title":
            return not isinstance(self.title, Unset)
        if key == "lang":
            return not isinstance(self.lang, Unset)
        if key == "creator_id":
            return not isinstance(self.creator_id, Unset)
        if key == "host_ids":
            return not isinstance(self.host_ids, Unset)
        if key == "speaker_ids":
            return not isinstance(self.speaker_ids, Unset)
        if key == "invited_user_ids":
            return not isinstance(self.invited_user_ids, Unset)
        if key == "participant_count":
            return not isinstance(self.participant_count, Unset)
        if key == "is_ticketed":
            return not isinstance(self.is_ticketed, Unset)
        if key == "created_at":
            return not isinstance(self.created_at, Unset)
        if key == "started_at":
            return not isinstance(self.started_at, Unset)
        if key == "updated_at":
            return not isinstance(self.updated_at, Unset)
        if key == "scheduled_start":
            return not isinstance(self.scheduled_start, Unset)
        return key in self.additional_properties

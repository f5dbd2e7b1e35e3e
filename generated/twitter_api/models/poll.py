from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__

import datetime

from ..models.poll_voting_status import PollVotingStatus

if TYPE_CHECKING:
    from ..models.poll_option import PollOption


T = TypeVar("T", bound="Poll")
_DECLARED_KEYS = frozenset(
    (
        "id",
        "options",
        "duration_minutes",
        "end_datetime",
        "voting_status",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class Poll:
    """
    Attributes:
        id (str): A 64-bit id as a decimal string.
        options (list[PollOption]):
        duration_minutes (int | Unset):
        end_datetime (datetime.datetime | Unset):
        voting_status (PollVotingStatus | Unset):
    """

    id: str
    options: list[PollOption]
    duration_minutes: int | Unset = UNSET
    end_datetime: datetime.datetime | Unset = UNSET
    voting_status: PollVotingStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: str,
        options: list[PollOption],
        duration_minutes: int | Unset = UNSET,
        end_datetime: datetime.datetime | Unset = UNSET,
        voting_status: PollVotingStatus | Unset = UNSET,
    ) -> None:
        self.id = id
        self.options = options
        self.duration_minutes = duration_minutes
        self.end_datetime = end_datetime
        self.voting_status = voting_status
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(id={self.id!r}, options={self.options!r}, duration_minutes={self.duration_minutes!r}, end_datetime={self.end_datetime!r}, voting_status={self.voting_status!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id == other.id
            and self.options == other.options
            and self.duration_minutes == other.duration_minutes
            and self.end_datetime == other.end_datetime
            and self.voting_status == other.voting_status
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)

        duration_minutes = self.duration_minutes

        end_datetime: str | Unset = UNSET
        if not isinstance(self.end_datetime, Unset):
            end_datetime = self.end_datetime.isoformat()

        voting_status: str | Unset = UNSET
        if not isinstance(self.voting_status, Unset):
            voting_status = self.voting_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "options": options,
            }
        )
        if duration_minutes is not UNSET:
            field_dict["duration_minutes"] = duration_minutes
        if end_datetime is not UNSET:
            field_dict["end_datetime"] = end_datetime
        if voting_status is not UNSET:
            field_dict["voting_status"] = voting_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        options = []
        _options = d["options"]
        for options_item_data in _options:
            options_item = PollOption.from_dict(options_item_data)

            options.append(options_item)

        duration_minutes = d.get("duration_minutes", UNSET)

        _end_datetime = d.get("end_datetime", UNSET)
        end_datetime: datetime.datetime | Unset
        if isinstance(_end_datetime, Unset):
            end_datetime = UNSET
        else:
            end_datetime = datetime.datetime.fromisoformat(_end_datetime)

        _voting_status = d.get("voting_status", UNSET)
        voting_status: PollVotingStatus | Unset
        if isinstance(_voting_status, Unset):
            voting_status = UNSET
        else:
            voting_status = PollVotingStatus(_voting_status)

        if cls.__init__ is Poll.__init__:
            _made = _new_instance(cls)
            _made.id = id
            _made.options = options
            _made.duration_minutes = duration_minutes
            _made.end_datetime = end_datetime
            _made.voting_status = voting_status
            poll = _made
        else:
            poll = cls(
                id=id,
                options=options,
                duration_minutes=duration_minutes,
                end_datetime=end_datetime,
                voting_status=voting_status,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = (
            {}
            if len(d) == 2 + ("duration_minutes" in d) + ("end_datetime" in d) + ("voting_status" in d)
            else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        )

        poll.additional_properties = d
        return poll

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "id":
            if isinstance(self.id, Unset):
                raise KeyError(key)
            return self.id
        if key == "options":
            if isinstance(self.options, Unset):
                raise KeyError(key)
            return self.options
        if key == "duration_minutes":
            if isinstance(self.duration_minutes, Unset):
                raise KeyError(key)
            return self.duration_minutes
        if key == "end_datetime":
            if isinstance(self.end_datetime, Unset):
                raise KeyError(key)
            return self.end_datetime
        if key == "voting_status":
            if isinstance(self.voting_status, Unset):
                raise KeyError(key)
            return self.voting_status
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "id":
            self.id = value
            return
        if key == "options":
            self.options = value
            return
        if key == "duration_minutes":
            self.duration_minutes = value
            return
        if key == "end_datetime":
            self.end_datetime = value
            return
        if key == "voting_status":
            self.voting_status = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "id":
            return not isinstance(self.id, Unset)
        if key == "options":
            return not isinstance(self.options, Unset)
        if key == "duration_minutes":
            return not isinstance(self.duration_minutes, Unset)
        if key == "end_datetime":
            return not isinstance(self.end_datetime, Unset)
        if key == "voting_status":
            return not isinstance(self.voting_status, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.poll_option import PollOption  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import guarded_repr

_new_instance = object.__new__

from typing import cast

T = TypeVar("T", bound="CreateTweetRequestPoll")


@_attrs_define
class CreateTweetRequestPoll:
    """
    Attributes:
        options (list[str]):
        duration_minutes (int):
    """

    options: list[str]
    duration_minutes: int

    def __init__(self, options: list[str], duration_minutes: int) -> None:
        self.options = options
        self.duration_minutes = duration_minutes

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(options={self.options!r}, duration_minutes={self.duration_minutes!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.options == other.options and self.duration_minutes == other.duration_minutes and True

    def to_dict(self) -> dict[str, Any]:
        options = self.options

        duration_minutes = self.duration_minutes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "options": options,
                "duration_minutes": duration_minutes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        options = cast(list[str], d["options"])

        duration_minutes = d["duration_minutes"]

        if cls.__init__ is CreateTweetRequestPoll.__init__:
            _made = _new_instance(cls)
            _made.options = options
            _made.duration_minutes = duration_minutes
            create_tweet_request_poll = _made
        else:
            create_tweet_request_poll = cls(
                options=options,
                duration_minutes=duration_minutes,
            )

        return create_tweet_request_poll

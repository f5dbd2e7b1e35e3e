from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.create_tweet_result_data import CreateTweetResultData


T = TypeVar("T", bound="CreateTweetResult")
_DECLARED_KEYS = frozenset(("data",))
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class CreateTweetResult:
    """
    Attributes:
        data (CreateTweetResultData):
    """

    data: CreateTweetResultData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, data: CreateTweetResultData) -> None:
        self.data = data
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(data={self.data!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.data == other.data and self.additional_properties == other.additional_properties

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        data = CreateTweetResultData.from_dict(d["data"])

        if cls.__init__ is CreateTweetResult.__init__:
            _made = _new_instance(cls)
            _made.data = data
            create_tweet_result = _made
        else:
            create_tweet_result = cls(
                data=data,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 1 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        create_tweet_result.additional_properties = d
        return create_tweet_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "data":
            if isinstance(self.data, Unset):
                raise KeyError(key)
            return self.data
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "data":
            self.data = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "data":
            return not isinstance(self.data, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.create_tweet_result_data import CreateTweetResultData  # noqa: E402

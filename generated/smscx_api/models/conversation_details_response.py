from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.data_conversation import DataConversation
    from ..models.info_conversation import InfoConversation


T = TypeVar("T", bound="ConversationDetailsResponse")
_DECLARED_KEYS = frozenset(
    (
        "info",
        "data",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class ConversationDetailsResponse:
    """
    Attributes:
        info (InfoConversation):
        data (list[DataConversation]):
    """

    info: InfoConversation
    data: list[DataConversation]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(self, info: InfoConversation, data: list[DataConversation]) -> None:
        self.info = info
        self.data = data
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(info={self.info!r}, data={self.data!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.info == other.info
            and self.data == other.data
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        info = self.info.to_dict()

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "info": info,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        info = InfoConversation.from_dict(d["info"])

        data = []
        _data = d["data"]
        for data_item_data in _data:
            data_item = DataConversation.from_dict(data_item_data)

            data.append(data_item)

        if cls.__init__ is ConversationDetailsResponse.__init__:
            _made = _new_instance(cls)
            _made.info = info
            _made.data = data
            conversation_details_response = _made
        else:
            conversation_details_response = cls(
                info=info,
                data=data,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 2 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        conversation_details_response.additional_properties = d
        return conversation_details_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "info":
            if isinstance(self.info, Unset):
                raise KeyError(key)
            return self.info
        if key == "data":
            if isinstance(self.data, Unset):
                raise KeyError(key)
            return self.data
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "info":
            self.info = value
            return
        if key == "data":
            self.data = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "info":
            return not isinstance(self.info, Unset)
        if key == "data":
            return not isinstance(self.data, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.data_conversation import DataConversation  # noqa: E402
from ..models.info_conversation import InfoConversation  # noqa: E402

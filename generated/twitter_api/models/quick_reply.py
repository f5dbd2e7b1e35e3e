from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import guarded_repr

_new_instance = object.__new__


from ..models.quick_reply_type import QuickReplyType

if TYPE_CHECKING:
    from ..models.quick_reply_option import QuickReplyOption


T = TypeVar("T", bound="QuickReply")


@_attrs_define
class QuickReply:
    """
    Attributes:
        type_ (QuickReplyType):
        options (list[QuickReplyOption]):
    """

    type_: QuickReplyType
    options: list[QuickReplyOption]

    def __init__(self, type_: QuickReplyType, options: list[QuickReplyOption]) -> None:
        self.type_ = type_
        self.options = options

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(type_={self.type_!r}, options={self.options!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.type_ == other.type_ and self.options == other.options and True

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "options": options,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = QuickReplyType(d["type"])

        options = []
        _options = d["options"]
        for options_item_data in _options:
            options_item = QuickReplyOption.from_dict(options_item_data)

            options.append(options_item)

        if cls.__init__ is QuickReply.__init__:
            _made = _new_instance(cls)
            _made.type_ = type_
            _made.options = options
            quick_reply = _made
        else:
            quick_reply = cls(
                type_=type_,
                options=options,
            )

        return quick_reply


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.quick_reply_option import QuickReplyOption  # noqa: E402

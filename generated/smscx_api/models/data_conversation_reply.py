from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.text_analysis import TextAnalysis


T = TypeVar("T", bound="DataConversationReply")
_DECLARED_KEYS = frozenset(
    (
        "msgId",
        "status",
        "createdAt",
        "cost",
        "to",
        "countryIso",
        "from",
        "text",
        "parts",
        "textAnalysis",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class DataConversationReply:
    """
    Attributes:
        msg_id (str):
        status (str): One of: `DELIVERED`, `SENT`, `FAILED`, `SCHEDULED`.
        created_at (str):
        cost (float):
        to (str):
        country_iso (str):
        from_ (str):
        text (str):
        parts (int):
        text_analysis (TextAnalysis):
    """

    msg_id: str
    status: str
    created_at: str
    cost: float
    to: str
    country_iso: str
    from_: str
    text: str
    parts: int
    text_analysis: TextAnalysis
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        msg_id: str,
        status: str,
        created_at: str,
        cost: float,
        to: str,
        country_iso: str,
        from_: str,
        text: str,
        parts: int,
        text_analysis: TextAnalysis,
    ) -> None:
        self.msg_id = msg_id
        self.status = status
        self.created_at = created_at
        self.cost = cost
        self.to = to
        self.country_iso = country_iso
        self.from_ = from_
        self.text = text
        self.parts = parts
        self.text_analysis = text_analysis
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(msg_id={self.msg_id!r}, status={self.status!r}, created_at={self.created_at!r}, cost={self.cost!r}, to={self.to!r}, country_iso={self.country_iso!r}, from_={self.from_!r}, text={self.text!r}, parts={self.parts!r}, text_analysis={self.text_analysis!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.msg_id == other.msg_id
            and self.status == other.status
            and self.created_at == other.created_at
            and self.cost == other.cost
            and self.to == other.to
            and self.country_iso == other.country_iso
            and self.from_ == other.from_
            and self.text == other.text
            and self.parts == other.parts
            and self.text_analysis == other.text_analysis
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        msg_id = self.msg_id

        status = self.status

        created_at = self.created_at

        cost = self.cost

        to = self.to

        country_iso = self.country_iso

        from_ = self.from_

        text = self.text

        parts = self.parts

        text_analysis = self.text_analysis.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "msgId": msg_id,
                "status": status,
                "createdAt": created_at,
                "cost": cost,
                "to": to,
                "countryIso": country_iso,
                "from": from_,
                "text": text,
                "parts": parts,
                "textAnalysis": text_analysis,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        msg_id = d["msgId"]

        status = d["status"]

        created_at = d["createdAt"]

        cost = d["cost"]

        to = d["to"]

        country_iso = d["countryIso"]

        from_ = d["from"]

        text = d["text"]

        parts = d["parts"]

        text_analysis = TextAnalysis.from_dict(d["textAnalysis"])

        if cls.__init__ is DataConversationReply.__init__:
            _made = _new_instance(cls)
            _made.msg_id = msg_id
            _made.status = status
            _made.created_at = created_at
            _made.cost = cost
            _made.to = to
            _made.country_iso = country_iso
            _made.from_ = from_
            _made.text = text
            _made.parts = parts
            _made.text_analysis = text_analysis
            data_conversation_reply = _made
        else:
            data_conversation_reply = cls(
                msg_id=msg_id,
                status=status,
                created_at=created_at,
                cost=cost,
                to=to,
                country_iso=country_iso,
                from_=from_,
                text=text,
                parts=parts,
                text_analysis=text_analysis,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 10 else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        data_conversation_reply.additional_properties = d
        return data_conversation_reply

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "msgId":
            if isinstance(self.msg_id, Unset):
                raise KeyError(key)
            return self.msg_id
        if key == "status":
            if isinstance(self.status, Unset):
                raise KeyError(key)
            return self.status
        if key == "createdAt":
            if isinstance(self.created_at, Unset):
                raise KeyError(key)
            return self.created_at
        if key == "cost":
            if isinstance(self.cost, Unset):
                raise KeyError(key)
            return self.cost
        if key == "to":
            if isinstance(self.to, Unset):
                raise KeyError(key)
            return self.to
        if key == "countryIso":
            if isinstance(self.country_iso, Unset):
                raise KeyError(key)
            return self.country_iso
        if key == "from":
            if isinstance(self.from_, Unset):
                raise KeyError(key)
            return self.from_
        if key == "text":
            if isinstance(self.text, Unset):
                raise KeyError(key)
            return self.text
        if key == "parts":
            if isinstance(self.parts, Unset):
                raise KeyError(key)
            return self.parts
        if key == "textAnalysis":
            if isinstance(self.text_analysis, Unset):
                raise KeyError(key)
            return self.text_analysis
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "msgId":
            self.msg_id = value
            return
        if key == "status":
            self.status = value
            return
        if key == "createdAt":
            self.created_at = value
            return
        if key == "cost":
            self.cost = value
            return
        if key == "to":
            self.to = value
            return
        if key == "countryIso":
            self.country_iso = value
            return
        if key == "from":
            self.from_ = value
            return
        if key == "text":
            self.text = value
            return
        if key == "parts":
            self.parts = value
            return
        if key == "textAnalysis":
            self.text_analysis = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "msgId":
            return not isinstance(self.msg_id, Unset)
        if key == "status":
            return not isinstance(self.status, Unset)
        if key == "createdAt":
            return not isinstance(self.created_at, Unset)
        if key == "cost":
            return not isinstance(self.cost, Unset)
        if key == "to":
            return not isinstance(self.to, Unset)
        if key == "countryIso":
            return not isinstance(self.country_iso, Unset)
        if key == "from":
            return not isinstance(self.from_, Unset)
        if key == "text":
            return not isinstance(self.text, Unset)
        if key == "parts":
            return not isinstance(self.parts, Unset)
        if key == "textAnalysis":
            return not isinstance(self.text_analysis, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.text_analysis import TextAnalysis  # noqa: E402

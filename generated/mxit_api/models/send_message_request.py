from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.link import Link


T = TypeVar("T", bound="SendMessageRequest")
_DECLARED_KEYS = frozenset(
    (
        "From",
        "To",
        "Body",
        "ContainsMarkup",
        "Spool",
        "SpoolTimeOut",
        "Links",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class SendMessageRequest:
    """
    Attributes:
        from_ (str): The app's Mxit id (app token) or the sending user's id (user token).
        to (str): Comma-separated user ids, no spaces.
        body (str):
        contains_markup (bool):
        spool (bool | Unset):
        spool_time_out (int | Unset):
        links (list[Link] | Unset):
    """

    from_: str
    to: str
    body: str
    contains_markup: bool
    spool: bool | Unset = UNSET
    spool_time_out: int | Unset = UNSET
    links: list[Link] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        from_: str,
        to: str,
        body: str,
        contains_markup: bool,
        spool: bool | Unset = UNSET,
        spool_time_out: int | Unset = UNSET,
        links: list[Link] | Unset = UNSET,
    ) -> None:
        self.from_ = from_
        self.to = to
        self.body = body
        self.contains_markup = contains_markup
        self.spool = spool
        self.spool_time_out = spool_time_out
        self.links = links
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(from_={self.from_!r}, to={self.to!r}, body={self.body!r}, contains_markup={self.contains_markup!r}, spool={self.spool!r}, spool_time_out={self.spool_time_out!r}, links={self.links!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.from_ == other.from_
            and self.to == other.to
            and self.body == other.body
            and self.contains_markup == other.contains_markup
            and self.spool == other.spool
            and self.spool_time_out == other.spool_time_out
            and self.links == other.links
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to = self.to

        body = self.body

        contains_markup = self.contains_markup

        spool = self.spool

        spool_time_out = self.spool_time_out

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "From": from_,
                "To": to,
                "Body": body,
                "ContainsMarkup": contains_markup,
            }
        )
        if spool is not UNSET:
            field_dict["Spool"] = spool
        if spool_time_out is not UNSET:
            field_dict["SpoolTimeOut"] = spool_time_out
        if links is not UNSET:
            field_dict["Links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        from_ = d["From"]

        to = d["To"]

        body = d["Body"]

        contains_markup = d["ContainsMarkup"]

        spool = d.get("Spool", UNSET)

        spool_time_out = d.get("SpoolTimeOut", UNSET)

        _links = d.get("Links", UNSET)
        links: list[Link] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = Link.from_dict(links_item_data)

                links.append(links_item)

        if cls.__init__ is SendMessageRequest.__init__:
            _made = _new_instance(cls)
            _made.from_ = from_
            _made.to = to
            _made.body = body
            _made.contains_markup = contains_markup
            _made.spool = spool
            _made.spool_time_out = spool_time_out
            _made.links = links
            send_message_request = _made
        else:
            send_message_request = cls(
                from_=from_,
                to=to,
                body=body,
                contains_markup=contains_markup,
                spool=spool,
                spool_time_out=spool_time_out,
                links=links,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = (
            {}
            if len(d) == 4 + ("Spool" in d) + ("SpoolTimeOut" in d) + ("Links" in d)
            else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        )

        send_message_request.additional_properties = d
        return send_message_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "From":
            if isinstance(self.from_, Unset):
                raise KeyError(key)
            return self.from_
        if key == "To":
            if isinstance(self.to, Unset):
                raise KeyError(key)
            return self.to
        if key == "Body":
            if isinstance(self.body, Unset):
                raise KeyError(key)
            return self.body
        if key == "ContainsMarkup":
            if isinstance(self.contains_markup, Unset):
                raise KeyError(key)
            return self.contains_markup
        if key == "Spool":
            if isinstance(self.spool, Unset):
                raise KeyError(key)
            return self.spool
        if key == "SpoolTimeOut":
            if isinstance(self.spool_time_out, Unset):
                raise KeyError(key)
            return self.spool_time_out
        if key == "Links":
            if isinstance(self.links, Unset):
                raise KeyError(key)
            return self.links
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "From":
            self.from_ = value
            return
        if key == "To":
            self.to = value
            return
        if key == "Body":
            self.body = value
            return
        if key == "ContainsMarkup":
            self.contains_markup = value
            return
        if key == "Spool":
            self.spool = value
            return
        if key == "SpoolTimeOut":
            self.spool_time_out = value
            return
        if key == "Links":
            self.links = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "From":
            return not isinstance(self.from_, Unset)
        if key == "To":
            return not isinstance(self.to, Unset)
        if key == "Body":
            return not isinstance(self.body, Unset)
        if key == "ContainsMarkup":
            return not isinstance(self.contains_markup, Unset)
        if key == "Spool":
            return not isinstance(self.spool, Unset)
        if key == "SpoolTimeOut":
            return not isinstance(self.spool_time_out, Unset)
        if key == "Links":
            return not isinstance(self.links, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.link import Link  # noqa: E402

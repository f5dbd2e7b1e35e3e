from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.v1_user import V1User


T = TypeVar("T", bound="V1Status")
_DECLARED_KEYS = frozenset(
    (
        "id",
        "id_str",
        "text",
        "created_at",
        "user",
        "in_reply_to_status_id",
        "in_reply_to_status_id_str",
        "in_reply_to_user_id_str",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class V1Status:
    """
    Attributes:
        id (int):
        id_str (str):
        text (str):
        created_at (str): v1.1 format, e.g. `Wed Oct 10 20:19:24 +0000 2018` (not ISO 8601).
        user (V1User):
        in_reply_to_status_id (int | None | Unset):
        in_reply_to_status_id_str (None | str | Unset):
        in_reply_to_user_id_str (None | str | Unset):
    """

    id: int
    id_str: str
    text: str
    created_at: str
    user: V1User
    in_reply_to_status_id: int | None | Unset = UNSET
    in_reply_to_status_id_str: None | str | Unset = UNSET
    in_reply_to_user_id_str: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: int,
        id_str: str,
        text: str,
        created_at: str,
        user: V1User,
        in_reply_to_status_id: int | None | Unset = UNSET,
        in_reply_to_status_id_str: None | str | Unset = UNSET,
        in_reply_to_user_id_str: None | str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.id_str = id_str
        self.text = text
        self.created_at = created_at
        self.user = user
        self.in_reply_to_status_id = in_reply_to_status_id
        self.in_reply_to_status_id_str = in_reply_to_status_id_str
        self.in_reply_to_user_id_str = in_reply_to_user_id_str
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(id={self.id!r}, id_str={self.id_str!r}, text={self.text!r}, created_at={self.created_at!r}, user={self.user!r}, in_reply_to_status_id={self.in_reply_to_status_id!r}, in_reply_to_status_id_str={self.in_reply_to_status_id_str!r}, in_reply_to_user_id_str={self.in_reply_to_user_id_str!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.id == other.id
            and self.id_str == other.id_str
            and self.text == other.text
            and self.created_at == other.created_at
            and self.user == other.user
            and self.in_reply_to_status_id == other.in_reply_to_status_id
            and self.in_reply_to_status_id_str == other.in_reply_to_status_id_str
            and self.in_reply_to_user_id_str == other.in_reply_to_user_id_str
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        id_str = self.id_str

        text = self.text

        created_at = self.created_at

        user = self.user.to_dict()

        in_reply_to_status_id: int | None | Unset
        if isinstance(self.in_reply_to_status_id, Unset):
            in_reply_to_status_id = UNSET
        else:
            in_reply_to_status_id = self.in_reply_to_status_id

        in_reply_to_status_id_str: None | str | Unset
        if isinstance(self.in_reply_to_status_id_str, Unset):
            in_reply_to_status_id_str = UNSET
        else:
            in_reply_to_status_id_str = self.in_reply_to_status_id_str

        in_reply_to_user_id_str: None | str | Unset
        if isinstance(self.in_reply_to_user_id_str, Unset):
            in_reply_to_user_id_str = UNSET
        else:
            in_reply_to_user_id_str = self.in_reply_to_user_id_str

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "id_str": id_str,
                "text": text,
                "created_at": created_at,
                "user": user,
            }
        )
        if in_reply_to_status_id is not UNSET:
            field_dict["in_reply_to_status_id"] = in_reply_to_status_id
        if in_reply_to_status_id_str is not UNSET:
            field_dict["in_reply_to_status_id_str"] = in_reply_to_status_id_str
        if in_reply_to_user_id_str is not UNSET:
            field_dict["in_reply_to_user_id_str"] = in_reply_to_user_id_str

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        id_str = d["id_str"]

        text = d["text"]

        created_at = d["created_at"]

        user = V1User.from_dict(d["user"])

        in_reply_to_status_id = d.get("in_reply_to_status_id", UNSET)

        in_reply_to_status_id_str = d.get("in_reply_to_status_id_str", UNSET)

        in_reply_to_user_id_str = d.get("in_reply_to_user_id_str", UNSET)

        if cls.__init__ is V1Status.__init__:
            _made = _new_instance(cls)
            _made.id = id
            _made.id_str = id_str
            _made.text = text
            _made.created_at = created_at
            _made.user = user
            _made.in_reply_to_status_id = in_reply_to_status_id
            _made.in_reply_to_status_id_str = in_reply_to_status_id_str
            _made.in_reply_to_user_id_str = in_reply_to_user_id_str
            v1_status = _made
        else:
            v1_status = cls(
                id=id,
                id_str=id_str,
                text=text,
                created_at=created_at,
                user=user,
                in_reply_to_status_id=in_reply_to_status_id,
                in_reply_to_status_id_str=in_reply_to_status_id_str,
                in_reply_to_user_id_str=in_reply_to_user_id_str,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = (
            {}
            if len(d)
            == 5
            + ("in_reply_to_status_id" in d)
            + ("in_reply_to_status_id_str" in d)
            + ("in_reply_to_user_id_str" in d)
            else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        )

        v1_status.additional_properties = d
        return v1_status

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "id":
            if isinstance(self.id, Unset):
                raise KeyError(key)
            return self.id
        if key == "id_str":
            if isinstance(self.id_str, Unset):
                raise KeyError(key)
            return self.id_str
        if key == "text":
            if isinstance(self.text, Unset):
                raise KeyError(key)
            return self.text
        if key == "created_at":
            if isinstance(self.created_at, Unset):
                raise KeyError(key)
            return self.created_at
        if key == "user":
            if isinstance(self.user, Unset):
                raise KeyError(key)
            return self.user
        if key == "in_reply_to_status_id":
            if isinstance(self.in_reply_to_status_id, Unset):
                raise KeyError(key)
            return self.in_reply_to_status_id
        if key == "in_reply_to_status_id_str":
            if isinstance(self.in_reply_to_status_id_str, Unset):
                raise KeyError(key)
            return self.in_reply_to_status_id_str
        if key == "in_reply_to_user_id_str":
            if isinstance(self.in_reply_to_user_id_str, Unset):
                raise KeyError(key)
            return self.in_reply_to_user_id_str
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "id":
            self.id = value
            return
        if key == "id_str":
            self.id_str = value
            return
        if key == "text":
            self.text = value
            return
        if key == "created_at":
            self.created_at = value
            return
        if key == "user":
            self.user = value
            return
        if key == "in_reply_to_status_id":
            self.in_reply_to_status_id = value
            return
        if key == "in_reply_to_status_id_str":
            self.in_reply_to_status_id_str = value
            return
        if key == "in_reply_to_user_id_str":
            self.in_reply_to_user_id_str = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "id":
            return not isinstance(self.id, Unset)
        if key == "id_str":
            return not isinstance(self.id_str, Unset)
        if key == "text":
            return not isinstance(self.text, Unset)
        if key == "created_at":
            return not isinstance(self.created_at, Unset)
        if key == "user":
            return not isinstance(self.user, Unset)
        if key == "in_reply_to_status_id":
            return not isinstance(self.in_reply_to_status_id, Unset)
        if key == "in_reply_to_status_id_str":
            return not isinstance(self.in_reply_to_status_id_str, Unset)
        if key == "in_reply_to_user_id_str":
            return not isinstance(self.in_reply_to_user_id_str, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.v1_user import V1User  # noqa: E402

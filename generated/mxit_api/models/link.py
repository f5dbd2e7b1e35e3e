from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.link_parameters import LinkParameters


T = TypeVar("T", bound="Link")
_DECLARED_KEYS = frozenset(
    (
        "CreateTemporaryContact",
        "TargetService",
        "Text",
        "AddToBackHistory",
        "Parameters",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class Link:
    """A link inside a message (the original's `create_redirect_link`).

    Attributes:
        create_temporary_contact (bool):
        target_service (str):
        text (str):
        add_to_back_history (bool | Unset):
        parameters (LinkParameters | Unset):
    """

    create_temporary_contact: bool
    target_service: str
    text: str
    add_to_back_history: bool | Unset = UNSET
    parameters: LinkParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        create_temporary_contact: bool,
        target_service: str,
        text: str,
        add_to_back_history: bool | Unset = UNSET,
        parameters: LinkParameters | Unset = UNSET,
    ) -> None:
        self.create_temporary_contact = create_temporary_contact
        self.target_service = target_service
        self.text = text
        self.add_to_back_history = add_to_back_history
        self.parameters = parameters
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(create_temporary_contact={self.create_temporary_contact!r}, target_service={self.target_service!r}, text={self.text!r}, add_to_back_history={self.add_to_back_history!r}, parameters={self.parameters!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.create_temporary_contact == other.create_temporary_contact
            and self.target_service == other.target_service
            and self.text == other.text
            and self.add_to_back_history == other.add_to_back_history
            and self.parameters == other.parameters
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        create_temporary_contact = self.create_temporary_contact

        target_service = self.target_service

        text = self.text

        add_to_back_history = self.add_to_back_history

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CreateTemporaryContact": create_temporary_contact,
                "TargetService": target_service,
                "Text": text,
            }
        )
        if add_to_back_history is not UNSET:
            field_dict["AddToBackHistory"] = add_to_back_history
        if parameters is not UNSET:
            field_dict["Parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        create_temporary_contact = d["CreateTemporaryContact"]

        target_service = d["TargetService"]

        text = d["Text"]

        add_to_back_history = d.get("AddToBackHistory", UNSET)

        _parameters = d.get("Parameters", UNSET)
        parameters: LinkParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = LinkParameters.from_dict(_parameters)

        if cls.__init__ is Link.__init__:
            _made = _new_instance(cls)
            _made.create_temporary_contact = create_temporary_contact
            _made.target_service = target_service
            _made.text = text
            _made.add_to_back_history = add_to_back_history
            _made.parameters = parameters
            link = _made
        else:
            link = cls(
                create_temporary_contact=create_temporary_contact,
                target_service=target_service,
                text=text,
                add_to_back_history=add_to_back_history,
                parameters=parameters,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = (
            {}
            if len(d) == 3 + ("AddToBackHistory" in d) + ("Parameters" in d)
            else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        )

        link.additional_properties = d
        return link

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "CreateTemporaryContact":
            if isinstance(self.create_temporary_contact, Unset):
                raise KeyError(key)
            return self.create_temporary_contact
        if key == "TargetService":
            if isinstance(self.target_service, Unset):
                raise KeyError(key)
            return self.target_service
        if key == "Text":
            if isinstance(self.text, Unset):
                raise KeyError(key)
            return self.text
        if key == "AddToBackHistory":
            if isinstance(self.add_to_back_history, Unset):
                raise KeyError(key)
            return self.add_to_back_history
        if key == "Parameters":
            if isinstance(self.parameters, Unset):
                raise KeyError(key)
            return self.parameters
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "CreateTemporaryContact":
            self.create_temporary_contact = value
            return
        if key == "TargetService":
            self.target_service = value
            return
        if key == "Text":
            self.text = value
            return
        if key == "AddToBackHistory":
            self.add_to_back_history = value
            return
        if key == "Parameters":
            self.parameters = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "CreateTemporaryContact":
            return not isinstance(self.create_temporary_contact, Unset)
        if key == "TargetService":
            return not isinstance(self.target_service, Unset)
        if key == "Text":
            return not isinstance(self.text, Unset)
        if key == "AddToBackHistory":
            return not isinstance(self.add_to_back_history, Unset)
        if key == "Parameters":
            return not isinstance(self.parameters, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.link_parameters import LinkParameters  # noqa: E402

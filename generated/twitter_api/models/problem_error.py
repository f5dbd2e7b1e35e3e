from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.problem_error_parameters import ProblemErrorParameters


T = TypeVar("T", bound="ProblemError")
_DECLARED_KEYS = frozenset(
    (
        "message",
        "parameters",
        "code",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class ProblemError:
    """
    Attributes:
        message (str | Unset):
        parameters (ProblemErrorParameters | Unset):
        code (int | Unset):
    """

    message: str | Unset = UNSET
    parameters: ProblemErrorParameters | Unset = UNSET
    code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        message: str | Unset = UNSET,
        parameters: ProblemErrorParameters | Unset = UNSET,
        code: int | Unset = UNSET,
    ) -> None:
        self.message = message
        self.parameters = parameters
        self.code = code
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(message={self.message!r}, parameters={self.parameters!r}, code={self.code!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.message == other.message
            and self.parameters == other.parameters
            and self.code == other.code
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        message = d.get("message", UNSET)

        _parameters = d.get("parameters", UNSET)
        parameters: ProblemErrorParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = ProblemErrorParameters.from_dict(_parameters)

        code = d.get("code", UNSET)

        if cls.__init__ is ProblemError.__init__:
            _made = _new_instance(cls)
            _made.message = message
            _made.parameters = parameters
            _made.code = code
            problem_error = _made
        else:
            problem_error = cls(
                message=message,
                parameters=parameters,
                code=code,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = (
            {}
            if len(d) == 0 + ("message" in d) + ("parameters" in d) + ("code" in d)
            else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        )

        problem_error.additional_properties = d
        return problem_error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "message":
            if isinstance(self.message, Unset):
                raise KeyError(key)
            return self.message
        if key == "parameters":
            if isinstance(self.parameters, Unset):
                raise KeyError(key)
            return self.parameters
        if key == "code":
            if isinstance(self.code, Unset):
                raise KeyError(key)
            return self.code
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "message":
            self.message = value
            return
        if key == "parameters":
            self.parameters = value
            return
        if key == "code":
            self.code = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "message":
            return not isinstance(self.message, Unset)
        if key == "parameters":
            return not isinstance(self.parameters, Unset)
        if key == "code":
            return not isinstance(self.code, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.problem_error_parameters import ProblemErrorParameters  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.problem_error import ProblemError


T = TypeVar("T", bound="Problem")
_DECLARED_KEYS = frozenset(
    (
        "title",
        "detail",
        "type",
        "status",
        "errors",
        "connection_issue",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class Problem:
    """A v2 problem (`title`, `detail`, `type`, `status`; 400s add `errors` naming the parameters), or a bare
    `{"errors": [...]}` for an unknown path.

        Attributes:
            title (str | Unset):
            detail (str | Unset):
            type_ (str | Unset):
            status (int | Unset):
            errors (list[ProblemError] | Unset):
            connection_issue (str | Unset):
    """

    title: str | Unset = UNSET
    detail: str | Unset = UNSET
    type_: str | Unset = UNSET
    status: int | Unset = UNSET
    errors: list[ProblemError] | Unset = UNSET
    connection_issue: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        title: str | Unset = UNSET,
        detail: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        status: int | Unset = UNSET,
        errors: list[ProblemError] | Unset = UNSET,
        connection_issue: str | Unset = UNSET,
    ) -> None:
        self.title = title
        self.detail = detail
        self.type_ = type_
        self.status = status
        self.errors = errors
        self.connection_issue = connection_issue
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(title={self.title!r}, detail={self.detail!r}, type_={self.type_!r}, status={self.status!r}, errors={self.errors!r}, connection_issue={self.connection_issue!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.title == other.title
            and self.detail == other.detail
            and self.type_ == other.type_
            and self.status == other.status
            and self.errors == other.errors
            and self.connection_issue == other.connection_issue
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        detail = self.detail

        type_ = self.type_

        status = self.status

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        connection_issue = self.connection_issue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if detail is not UNSET:
            field_dict["detail"] = detail
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if errors is not UNSET:
            field_dict["errors"] = errors
        if connection_issue is not UNSET:
            field_dict["connection_issue"] = connection_issue

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        title = d.get("title", UNSET)

        detail = d.get("detail", UNSET)

        type_ = d.get("type", UNSET)

        status = d.get("status", UNSET)

        _errors = d.get("errors", UNSET)
        errors: list[ProblemError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = ProblemError.from_dict(errors_item_data)

                errors.append(errors_item)

        connection_issue = d.get("connection_issue", UNSET)

        if cls.__init__ is Problem.__init__:
            _made = _new_instance(cls)
            _made.title = title
            _made.detail = detail
            _made.type_ = type_
            _made.status = status
            _made.errors = errors
            _made.connection_issue = connection_issue
            problem = _made
        else:
            problem = cls(
                title=title,
                detail=detail,
                type_=type_,
                status=status,
                errors=errors,
                connection_issue=connection_issue,
            )

        # Undeclared keys, in their order; the common case (none) is one C-level subset test.
        d = {} if d.keys() <= _DECLARED_KEYS else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        problem.additional_properties = d
        return problem

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "title":
            if isinstance(self.title, Unset):
                raise KeyError(key)
            return self.title
        if key == "detail":
            if isinstance(self.detail, Unset):
                raise KeyError(key)
            return self.detail
        if key == "type":
            if isinstance(self.type_, Unset):
                raise KeyError(key)
            return self.type_
        if key == "status":
            if isinstance(self.status, Unset):
                raise KeyError(key)
            return self.status
        if key == "errors":
            if isinstance(self.errors, Unset):
                raise KeyError(key)
            return self.errors
        if key == "connection_issue":
            if isinstance(self.connection_issue, Unset):
                raise KeyError(key)
            return self.connection_issue
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "title":
            self.title = value
            return
        if key == "detail":
            self.detail = value
            return
        if key == "type":
            self.type_ = value
            return
        if key == "status":
            self.status = value
            return
        if key == "errors":
            self.errors = value
            return
        if key == "connection_issue":
            self.connection_issue = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "title":
            return not isinstance(self.title, Unset)
        if key == "detail":
            return not isinstance(self.detail, Unset)
        if key == "type":
            return not isinstance(self.type_, Unset)
        if key == "status":
            return not isinstance(self.status, Unset)
        if key == "errors":
            return not isinstance(self.errors, Unset)
        if key == "connection_issue":
            return not isinstance(self.connection_issue, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.problem_error import ProblemError  # noqa: E402

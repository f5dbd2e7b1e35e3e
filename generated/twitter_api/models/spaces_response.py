from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.page_meta import PageMeta
    from ..models.partial_error import PartialError
    from ..models.space import Space


T = TypeVar("T", bound="SpacesResponse")
_DECLARED_KEYS = frozenset(
    (
        "meta",
        "data",
        "errors",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class SpacesResponse:
    """
    Attributes:
        meta (PageMeta):
        data (list[Space] | Unset):
        errors (list[PartialError] | Unset):
    """

    meta: PageMeta
    data: list[Space] | Unset = UNSET
    errors: list[PartialError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self, meta: PageMeta, data: list[Space] | Unset = UNSET, errors: list[PartialError] | Unset = UNSET
    ) -> None:
        self.meta = meta
        self.data = data
        self.errors = errors
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(meta={self.meta!r}, data={self.data!r}, errors={self.errors!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.meta == other.meta
            and self.data == other.data
            and self.errors == other.errors
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        meta = PageMeta.from_dict(d["meta"])

        _data = d.get("data", UNSET)
        data: list[Space] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = Space.from_dict(data_item_data)

                data.append(data_item)

        _errors = d.get("errors", UNSET)
        errors: list[PartialError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = PartialError.from_dict(errors_item_data)

                errors.append(errors_item)

        if cls.__init__ is SpacesResponse.__init__:
            _made = _new_instance(cls)
            _made.meta = meta
            _made.data = data
            _made.errors = errors
            spaces_response = _made
        else:
            spaces_response = cls(
                meta=meta,
                data=data,
                errors=errors,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = (
            {}
            if len(d) == 1 + ("data" in d) + ("errors" in d)
            else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        )

        spaces_response.additional_properties = d
        return spaces_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "meta":
            if isinstance(self.meta, Unset):
                raise KeyError(key)
            return self.meta
        if key == "data":
            if isinstance(self.data, Unset):
                raise KeyError(key)
            return self.data
        if key == "errors":
            if isinstance(self.errors, Unset):
                raise KeyError(key)
            return self.errors
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "meta":
            self.meta = value
            return
        if key == "data":
            self.data = value
            return
        if key == "errors":
            self.errors = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "meta":
            return not isinstance(self.meta, Unset)
        if key == "data":
            return not isinstance(self.data, Unset)
        if key == "errors":
            return not isinstance(self.errors, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.page_meta import PageMeta  # noqa: E402
from ..models.partial_error import PartialError  # noqa: E402
from ..models.space import Space  # noqa: E402

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


from ..models.processing_info_state import ProcessingInfoState

if TYPE_CHECKING:
    from ..models.processing_info_error import ProcessingInfoError


T = TypeVar("T", bound="ProcessingInfo")
_DECLARED_KEYS = frozenset(
    (
        "state",
        "check_after_secs",
        "progress_percent",
        "error",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class ProcessingInfo:
    """
    Attributes:
        state (ProcessingInfoState):
        check_after_secs (int | Unset):
        progress_percent (int | Unset):
        error (ProcessingInfoError | Unset):
    """

    state: ProcessingInfoState
    check_after_secs: int | Unset = UNSET
    progress_percent: int | Unset = UNSET
    error: ProcessingInfoError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        state: ProcessingInfoState,
        check_after_secs: int | Unset = UNSET,
        progress_percent: int | Unset = UNSET,
        error: ProcessingInfoError | Unset = UNSET,
    ) -> None:
        self.state = state
        self.check_after_secs = check_after_secs
        self.progress_percent = progress_percent
        self.error = error
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(state={self.state!r}, check_after_secs={self.check_after_secs!r}, progress_percent={self.progress_percent!r}, error={self.error!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.state == other.state
            and self.check_after_secs == other.check_after_secs
            and self.progress_percent == other.progress_percent
            and self.error == other.error
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        state = self.state.value

        check_after_secs = self.check_after_secs

        progress_percent = self.progress_percent

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state": state,
            }
        )
        if check_after_secs is not UNSET:
            field_dict["check_after_secs"] = check_after_secs
        if progress_percent is not UNSET:
            field_dict["progress_percent"] = progress_percent
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        state = ProcessingInfoState(d["state"])

        check_after_secs = d.get("check_after_secs", UNSET)

        progress_percent = d.get("progress_percent", UNSET)

        _error = d.get("error", UNSET)
        error: ProcessingInfoError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ProcessingInfoError.from_dict(_error)

        if cls.__init__ is ProcessingInfo.__init__:
            _made = _new_instance(cls)
            _made.state = state
            _made.check_after_secs = check_after_secs
            _made.progress_percent = progress_percent
            _made.error = error
            processing_info = _made
        else:
            processing_info = cls(
                state=state,
                check_after_secs=check_after_secs,
                progress_percent=progress_percent,
                error=error,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = (
            {}
            if len(d) == 1 + ("check_after_secs" in d) + ("progress_percent" in d) + ("error" in d)
            else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}
        )

        processing_info.additional_properties = d
        return processing_info

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "state":
            if isinstance(self.state, Unset):
                raise KeyError(key)
            return self.state
        if key == "check_after_secs":
            if isinstance(self.check_after_secs, Unset):
                raise KeyError(key)
            return self.check_after_secs
        if key == "progress_percent":
            if isinstance(self.progress_percent, Unset):
                raise KeyError(key)
            return self.progress_percent
        if key == "error":
            if isinstance(self.error, Unset):
                raise KeyError(key)
            return self.error
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "state":
            self.state = value
            return
        if key == "check_after_secs":
            self.check_after_secs = value
            return
        if key == "progress_percent":
            self.progress_percent = value
            return
        if key == "error":
            self.error = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "state":
            return not isinstance(self.state, Unset)
        if key == "check_after_secs":
            return not isinstance(self.check_after_secs, Unset)
        if key == "progress_percent":
            return not isinstance(self.progress_percent, Unset)
        if key == "error":
            return not isinstance(self.error, Unset)
        return key in self.additional_properties


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.processing_info_error import ProcessingInfoError  # noqa: E402

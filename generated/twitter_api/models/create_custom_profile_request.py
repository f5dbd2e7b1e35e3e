from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import guarded_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.create_custom_profile_request_custom_profile import CreateCustomProfileRequestCustomProfile


T = TypeVar("T", bound="CreateCustomProfileRequest")


@_attrs_define
class CreateCustomProfileRequest:
    """
    Attributes:
        custom_profile (CreateCustomProfileRequestCustomProfile):
    """

    custom_profile: CreateCustomProfileRequestCustomProfile

    def __init__(self, custom_profile: CreateCustomProfileRequestCustomProfile) -> None:
        self.custom_profile = custom_profile

    def __repr__(self) -> str:
        return guarded_repr(
            self, lambda: f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(custom_profile={self.custom_profile!r})"
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.custom_profile == other.custom_profile and True

    def to_dict(self) -> dict[str, Any]:
        custom_profile = self.custom_profile.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "custom_profile": custom_profile,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        custom_profile = CreateCustomProfileRequestCustomProfile.from_dict(d["custom_profile"])

        if cls.__init__ is CreateCustomProfileRequest.__init__:
            _made = _new_instance(cls)
            _made.custom_profile = custom_profile
            create_custom_profile_request = _made
        else:
            create_custom_profile_request = cls(
                custom_profile=custom_profile,
            )

        return create_custom_profile_request


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.create_custom_profile_request_custom_profile import CreateCustomProfileRequestCustomProfile  # noqa: E402

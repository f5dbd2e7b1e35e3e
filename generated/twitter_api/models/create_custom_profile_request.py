from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

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

        create_custom_profile_request = cls(
            custom_profile=custom_profile,
        )

        return create_custom_profile_request


# Imported here, after the class, rather than inside each method: import cycles between models still
# resolve, and a call does not pay for an import statement every time (switchboard custom template).
from ..models.create_custom_profile_request_custom_profile import CreateCustomProfileRequestCustomProfile  # noqa: E402

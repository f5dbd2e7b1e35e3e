from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import NOTHING as _NOTHING
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, guarded_repr

_new_instance = object.__new__


T = TypeVar("T", bound="DataDlrUpdate")
_DECLARED_KEYS = frozenset(
    (
        "campaignId",
        "msgId",
        "statusCode",
        "status",
        "errorCode",
        "datetime",
        "trackData",
    )
)
"""The JSON keys this model declares; any other key is an additional property."""


@_attrs_define
class DataDlrUpdate:
    """
    Attributes:
        campaign_id (str):
        msg_id (str):
        status_code (int):
        status (str): One of: `ACCEPTED`, `SENT`, `DELIVERED`, `FAILED`, `SCHEDULED`, `REJECTED`, `NO COVERAGE`.
        error_code (int | None):
        datetime_ (str):
        track_data (None | str | Unset):
    """

    campaign_id: str
    msg_id: str
    status_code: int
    status: str
    error_code: int | None
    datetime_: str
    track_data: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        campaign_id: str,
        msg_id: str,
        status_code: int,
        status: str,
        error_code: int | None,
        datetime_: str,
        track_data: None | str | Unset = UNSET,
    ) -> None:
        self.campaign_id = campaign_id
        self.msg_id = msg_id
        self.status_code = status_code
        self.status = status
        self.error_code = error_code
        self.datetime_ = datetime_
        self.track_data = track_data
        self.additional_properties = {}

    def __repr__(self) -> str:
        return guarded_repr(
            self,
            lambda: (
                f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(campaign_id={self.campaign_id!r}, msg_id={self.msg_id!r}, status_code={self.status_code!r}, status={self.status!r}, error_code={self.error_code!r}, datetime_={self.datetime_!r}, track_data={self.track_data!r}, additional_properties={getattr(self, 'additional_properties', _NOTHING)!r})"
            ),
        )

    def __eq__(self, other):  # attrs' own signature, untyped (the public surface lists it)
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.campaign_id == other.campaign_id
            and self.msg_id == other.msg_id
            and self.status_code == other.status_code
            and self.status == other.status
            and self.error_code == other.error_code
            and self.datetime_ == other.datetime_
            and self.track_data == other.track_data
            and self.additional_properties == other.additional_properties
        )

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        msg_id = self.msg_id

        status_code = self.status_code

        status = self.status

        error_code: int | None
        error_code = self.error_code

        datetime_ = self.datetime_

        track_data: None | str | Unset
        if isinstance(self.track_data, Unset):
            track_data = UNSET
        else:
            track_data = self.track_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaignId": campaign_id,
                "msgId": msg_id,
                "statusCode": status_code,
                "status": status,
                "errorCode": error_code,
                "datetime": datetime_,
            }
        )
        if track_data is not UNSET:
            field_dict["trackData"] = track_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        campaign_id = d["campaignId"]

        msg_id = d["msgId"]

        status_code = d["statusCode"]

        status = d["status"]

        error_code = d["errorCode"]

        datetime_ = d["datetime"]

        track_data = d.get("trackData", UNSET)

        if cls.__init__ is DataDlrUpdate.__init__:
            _made = _new_instance(cls)
            _made.campaign_id = campaign_id
            _made.msg_id = msg_id
            _made.status_code = status_code
            _made.status = status
            _made.error_code = error_code
            _made.datetime_ = datetime_
            _made.track_data = track_data
            data_dlr_update = _made
        else:
            data_dlr_update = cls(
                campaign_id=campaign_id,
                msg_id=msg_id,
                status_code=status_code,
                status=status,
                error_code=error_code,
                datetime_=datetime_,
                track_data=track_data,
            )

        # Undeclared keys, in their order; the common case (none) is a count: every required key was read above.
        d = {} if len(d) == 6 + ("trackData" in d) else {k: v for k, v in d.items() if k not in _DECLARED_KEYS}

        data_dlr_update.additional_properties = d
        return data_dlr_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        """Dict-style read: a declared field by its JSON name, else an additional property."""
        if key == "campaignId":
            if isinstance(self.campaign_id, Unset):
                raise KeyError(key)
            return self.campaign_id
        if key == "msgId":
            if isinstance(self.msg_id, Unset):
                raise KeyError(key)
            return self.msg_id
        if key == "statusCode":
            if isinstance(self.status_code, Unset):
                raise KeyError(key)
            return self.status_code
        if key == "status":
            if isinstance(self.status, Unset):
                raise KeyError(key)
            return self.status
        if key == "errorCode":
            if isinstance(self.error_code, Unset):
                raise KeyError(key)
            return self.error_code
        if key == "datetime":
            if isinstance(self.datetime_, Unset):
                raise KeyError(key)
            return self.datetime_
        if key == "trackData":
            if isinstance(self.track_data, Unset):
                raise KeyError(key)
            return self.track_data
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        """Dict-style write: a declared field by its JSON name, else an additional property."""
        if key == "campaignId":
            self.campaign_id = value
            return
        if key == "msgId":
            self.msg_id = value
            return
        if key == "statusCode":
            self.status_code = value
            return
        if key == "status":
            self.status = value
            return
        if key == "errorCode":
            self.error_code = value
            return
        if key == "datetime":
            self.datetime_ = value
            return
        if key == "trackData":
            self.track_data = value
            return
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        if key == "campaignId":
            return not isinstance(self.campaign_id, Unset)
        if key == "msgId":
            return not isinstance(self.msg_id, Unset)
        if key == "statusCode":
            return not isinstance(self.status_code, Unset)
        if key == "status":
            return not isinstance(self.status, Unset)
        if key == "errorCode":
            return not isinstance(self.error_code, Unset)
        if key == "datetime":
            return not isinstance(self.datetime_, Unset)
        if key == "trackData":
            return not isinstance(self.track_data, Unset)
        return key in self.additional_properties

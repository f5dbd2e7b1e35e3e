"""1.1.0's request models: every field optional, and an attribute takes what 1.1.0 took.

1.1.0's models were thin holders: ``body = CancelScheduledMessageRequest(); body.status = "cancelled"`` and
``SendMessagesRequest(messages=[{...}])`` (plain dicts inside) were how it was used. These subclasses of the
generated models keep that: a field holds a plain string for an enum, a dict for a nested model, a list, a
date string or a ``datetime``; ``format`` is accepted for ``format_``. :meth:`to_dict` gives the wire form as
given, and the builder checks it against the spec before anything is sent, so a wrong value is an
:class:`~switchboard_core.InvalidRequestError` naming the field (``body.status: must be one of ...``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from enum import Enum
from typing import Any, cast

import attrs

from messagemedia_api import models
from messagemedia_api.models import CancelScheduledMessageRequestStatus
from messagemedia_api.types import UNSET, Unset

_ALIASES = {"format": "format_"}


def _wire(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {key: _wire(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_wire(item) for item in value]
    return value


class LegacyModel:
    """A generated request model with lenient attributes (mixed in first)."""

    additional_properties: dict[str, Any]

    def _legacy_init(self, **values: Any) -> None:
        for name, value in values.items():
            setattr(self, name, UNSET if value is None else value)
        self.additional_properties = {}

    def __setattr__(self, name: str, value: Any) -> None:
        super().__setattr__(_ALIASES.get(name, name), value)

    def __getattr__(self, name: str) -> Any:  # only for names not found: the 2.x spelling ``format``
        if name in _ALIASES:
            return getattr(self, _ALIASES[name])
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def to_dict(self) -> dict[str, Any]:
        """The wire form: every field that is set, as given (enums by value, nested models as dicts)."""
        out = dict(self.additional_properties)
        for field in attrs.fields(cast(Any, type(self))):
            value = getattr(self, field.name)
            if field.init and value is not None and not isinstance(value, Unset):
                out[field.name.rstrip("_")] = _wire(value)
        return out


class NewMessage(LegacyModel, models.NewMessage):
    """One message to send (``content`` and ``destination_number`` first, as the generated model). Every field is
    optional here, as in the thin models: ``message = Message(); message.content = ...`` works, and a message sent
    without a required field is refused before sending, naming it."""

    def __init__(
        self,
        content: str | None = None,
        destination_number: str | None = None,
        callback_url: str | None = None,
        delivery_report: bool | None = None,
        format_: str | models.MessageFormat | None = None,
        source_number: str | None = None,
        source_number_type: str | models.SourceNumberType | None = None,
        scheduled: str | datetime | None = None,
        message_expiry_timestamp: str | datetime | None = None,
        metadata: Mapping[str, str] | models.Metadata | None = None,
        media: list[str] | None = None,
        subject: str | None = None,
        *,
        format: str | models.MessageFormat | None = None,  # 2.x's name for the field
    ) -> None:
        self._legacy_init(
            content=content,
            destination_number=destination_number,
            callback_url=callback_url,
            delivery_report=delivery_report,
            format_=format_ if format is None else format,
            source_number=source_number,
            source_number_type=source_number_type,
            scheduled=scheduled,
            message_expiry_timestamp=message_expiry_timestamp,
            metadata=metadata,
            media=media,
            subject=subject,
        )


class SendMessagesRequest(LegacyModel, models.SendMessagesRequest):
    """``messages``: a list of dicts or :class:`NewMessage` s."""

    def __init__(self, messages: list[Any] | None = None) -> None:
        self._legacy_init(messages=messages)


class CancelScheduledMessageRequest(LegacyModel, models.CancelScheduledMessageRequest):
    """``status``: ``"cancelled"`` (the default; the API takes no other value)."""

    def __init__(
        self, status: str | CancelScheduledMessageRequestStatus = CancelScheduledMessageRequestStatus.CANCELLED
    ) -> None:
        self._legacy_init(status=status)


class ConfirmDeliveryReportsAsReceivedRequest(LegacyModel, models.ConfirmDeliveryReportsAsReceivedRequest):
    """``delivery_report_ids``: a list of ids."""

    def __init__(self, delivery_report_ids: list[str] | None = None) -> None:
        self._legacy_init(delivery_report_ids=delivery_report_ids)


class ConfirmRepliesAsReceivedRequest(LegacyModel, models.ConfirmRepliesAsReceivedRequest):
    """``reply_ids``: a list of ids."""

    def __init__(self, reply_ids: list[str] | None = None) -> None:
        self._legacy_init(reply_ids=reply_ids)

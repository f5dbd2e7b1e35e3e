"""Contains all the data models used in inputs/outputs (imported lazily, on first attribute access)"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cancel_scheduled_message_request import CancelScheduledMessageRequest
    from .cancel_scheduled_message_request_status import CancelScheduledMessageRequestStatus
    from .cancel_scheduled_message_response import CancelScheduledMessageResponse
    from .check_delivery_reports_response import CheckDeliveryReportsResponse
    from .check_replies_response import CheckRepliesResponse
    from .confirm_delivery_reports_as_received_request import ConfirmDeliveryReportsAsReceivedRequest
    from .confirm_replies_as_received_request import ConfirmRepliesAsReceivedRequest
    from .confirmation_response import ConfirmationResponse
    from .credits_remaining_response import CreditsRemainingResponse
    from .delivery_report import DeliveryReport
    from .delivery_report_callback import DeliveryReportCallback
    from .delivery_report_status import DeliveryReportStatus
    from .error import Error
    from .message_format import MessageFormat
    from .message_status import MessageStatus
    from .metadata import Metadata
    from .new_message import NewMessage
    from .reply import Reply
    from .reply_callback import ReplyCallback
    from .send_messages_request import SendMessagesRequest
    from .send_messages_response import SendMessagesResponse
    from .sent_message import SentMessage
    from .source_number_type import SourceNumberType
    from .vendor_account_id import VendorAccountId

    pass

_LAZY: dict[str, str] = {
    "CancelScheduledMessageRequest": ".cancel_scheduled_message_request",
    "CancelScheduledMessageRequestStatus": ".cancel_scheduled_message_request_status",
    "CancelScheduledMessageResponse": ".cancel_scheduled_message_response",
    "CheckDeliveryReportsResponse": ".check_delivery_reports_response",
    "CheckRepliesResponse": ".check_replies_response",
    "ConfirmDeliveryReportsAsReceivedRequest": ".confirm_delivery_reports_as_received_request",
    "ConfirmRepliesAsReceivedRequest": ".confirm_replies_as_received_request",
    "ConfirmationResponse": ".confirmation_response",
    "CreditsRemainingResponse": ".credits_remaining_response",
    "DeliveryReport": ".delivery_report",
    "DeliveryReportCallback": ".delivery_report_callback",
    "DeliveryReportStatus": ".delivery_report_status",
    "Error": ".error",
    "MessageFormat": ".message_format",
    "MessageStatus": ".message_status",
    "Metadata": ".metadata",
    "NewMessage": ".new_message",
    "Reply": ".reply",
    "ReplyCallback": ".reply_callback",
    "SendMessagesRequest": ".send_messages_request",
    "SendMessagesResponse": ".send_messages_response",
    "SentMessage": ".sent_message",
    "SourceNumberType": ".source_number_type",
    "VendorAccountId": ".vendor_account_id",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(list(globals()) + list(_LAZY))


__all__ = (
    "CancelScheduledMessageRequest",
    "CancelScheduledMessageRequestStatus",
    "CancelScheduledMessageResponse",
    "CheckDeliveryReportsResponse",
    "CheckRepliesResponse",
    "ConfirmationResponse",
    "ConfirmDeliveryReportsAsReceivedRequest",
    "ConfirmRepliesAsReceivedRequest",
    "CreditsRemainingResponse",
    "DeliveryReport",
    "DeliveryReportCallback",
    "DeliveryReportStatus",
    "Error",
    "MessageFormat",
    "MessageStatus",
    "Metadata",
    "NewMessage",
    "Reply",
    "ReplyCallback",
    "SendMessagesRequest",
    "SendMessagesResponse",
    "SentMessage",
    "SourceNumberType",
    "VendorAccountId",
)

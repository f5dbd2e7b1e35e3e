"""Request and response models: the generated ``messagemedia_api`` models, under 1.1.0's module paths.

Models accept keyword construction and ``from_dict``; responses also allow dict-style reads of their
fields (``result["messages"]``); status, cancel and confirm calls return plain dicts, as 1.1.0 did. The request
models are 1.1.0's (every field optional, plain strings, dicts and lists accepted: see ``_legacy``).
"""

from messagemedia_api.models import (
    CancelScheduledMessageResponse,
    CheckDeliveryReportsResponse,
    CheckRepliesResponse,
    ConfirmationResponse,
    CreditsRemainingResponse,
    DeliveryReport,
    DeliveryReportStatus,
    Error,
    MessageFormat,
    MessageStatus,
    Metadata,
    Reply,
    SendMessagesResponse,
    SentMessage,
    SourceNumberType,
    VendorAccountId,
)

from ._legacy import (
    CancelScheduledMessageRequest,
    ConfirmDeliveryReportsAsReceivedRequest,
    ConfirmRepliesAsReceivedRequest,
    NewMessage,
    SendMessagesRequest,
)

GetMessageStatusResponse = SentMessage
Message = NewMessage

__all__ = [
    "CancelScheduledMessageRequest",
    "CancelScheduledMessageResponse",
    "CheckDeliveryReportsResponse",
    "CheckRepliesResponse",
    "ConfirmDeliveryReportsAsReceivedRequest",
    "ConfirmRepliesAsReceivedRequest",
    "ConfirmationResponse",
    "CreditsRemainingResponse",
    "DeliveryReport",
    "DeliveryReportStatus",
    "Error",
    "GetMessageStatusResponse",
    "Message",
    "MessageFormat",
    "MessageStatus",
    "Metadata",
    "NewMessage",
    "Reply",
    "SendMessagesRequest",
    "SendMessagesResponse",
    "SentMessage",
    "SourceNumberType",
    "VendorAccountId",
]

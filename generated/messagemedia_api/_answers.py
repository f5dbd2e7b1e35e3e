"""What each operation documents as its answers (generated from the spec: do not edit)."""

from typing import Any

COMPONENTS: dict[str, Any] = {
    "CancelScheduledMessageResponse": {"type": "object", "additionalProperties": True},
    "CheckDeliveryReportsResponse": {
        "type": "object",
        "properties": {"delivery_reports": {"type": "array", "items": {"$ref": "#/components/schemas/DeliveryReport"}}},
        "required": ["delivery_reports"],
    },
    "CheckRepliesResponse": {
        "type": "object",
        "properties": {"replies": {"type": "array", "items": {"$ref": "#/components/schemas/Reply"}}},
        "required": ["replies"],
    },
    "ConfirmationResponse": {"type": "object", "additionalProperties": True},
    "CreditsRemainingResponse": {
        "type": "object",
        "properties": {"credits": {"type": "integer"}, "expiry_date": {"type": "string"}},
        "required": ["credits"],
    },
    "DeliveryReport": {
        "type": "object",
        "properties": {
            "delivery_report_id": {"type": "string"},
            "message_id": {"type": "string"},
            "callback_url": {"type": "string"},
            "source_number": {"type": "string"},
            "date_received": {"type": "string"},
            "status": {"$ref": "#/components/schemas/DeliveryReportStatus"},
            "delay": {"type": "integer"},
            "submitted_date": {"type": "string"},
            "original_text": {"type": "string"},
            "vendor_account_id": {"$ref": "#/components/schemas/VendorAccountId"},
            "metadata": {"$ref": "#/components/schemas/Metadata"},
        },
        "required": ["delivery_report_id"],
    },
    "DeliveryReportStatus": {"type": "string"},
    "Error": {
        "type": "object",
        "properties": {"message": {"type": "string"}, "details": {"type": "array", "items": {"type": "string"}}},
    },
    "GetMessageStatusResponse": {"allOf": [{"$ref": "#/components/schemas/SentMessage"}]},
    "MessageFormat": {"type": "string"},
    "MessageStatus": {"type": "string"},
    "Metadata": {"type": "object", "additionalProperties": {"type": "string"}},
    "Reply": {
        "type": "object",
        "properties": {
            "reply_id": {"type": "string"},
            "message_id": {"type": "string"},
            "callback_url": {"type": "string"},
            "content": {"type": "string"},
            "date_received": {"type": "string"},
            "destination_number": {"type": "string"},
            "source_number": {"type": "string"},
            "vendor_account_id": {"$ref": "#/components/schemas/VendorAccountId"},
            "metadata": {"$ref": "#/components/schemas/Metadata"},
        },
        "required": ["reply_id"],
    },
    "SendMessagesResponse": {
        "type": "object",
        "properties": {"messages": {"type": "array", "items": {"$ref": "#/components/schemas/SentMessage"}}},
        "required": ["messages"],
    },
    "SentMessage": {
        "type": "object",
        "properties": {
            "message_id": {"type": "string"},
            "status": {"$ref": "#/components/schemas/MessageStatus"},
            "content": {"type": "string"},
            "destination_number": {"type": "string"},
            "callback_url": {"type": "string"},
            "delivery_report": {"type": "boolean"},
            "format": {"$ref": "#/components/schemas/MessageFormat"},
            "source_number": {"type": "string"},
            "source_number_type": {"$ref": "#/components/schemas/SourceNumberType"},
            "scheduled": {"type": "string"},
            "message_expiry_timestamp": {"type": "string"},
            "metadata": {"$ref": "#/components/schemas/Metadata"},
            "media": {"type": "array", "items": {"type": "string"}},
            "subject": {"type": "string"},
        },
        "required": ["message_id", "status"],
    },
    "SourceNumberType": {"type": "string"},
    "VendorAccountId": {
        "type": "object",
        "properties": {"vendor_id": {"type": "string"}, "account_id": {"type": "string"}},
    },
}

ANSWERS: dict[str, Any] = {
    "send_messages": {
        "202": (["application/json"], {"$ref": "#/components/schemas/SendMessagesResponse"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Error"}),
    },
    "get_message_status": {
        "200": (["application/json"], {"$ref": "#/components/schemas/GetMessageStatusResponse"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/Error"}),
    },
    "cancel_scheduled_message": {
        "200": (["application/json"], {"$ref": "#/components/schemas/CancelScheduledMessageResponse"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/Error"}),
    },
    "check_credits_remaining": {
        "200": (["application/json"], {"$ref": "#/components/schemas/CreditsRemainingResponse"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Error"}),
    },
    "check_delivery_reports": {
        "200": (["application/json"], {"$ref": "#/components/schemas/CheckDeliveryReportsResponse"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Error"}),
    },
    "confirm_delivery_reports_as_received": {
        "202": (["application/json"], {"$ref": "#/components/schemas/ConfirmationResponse"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Error"}),
    },
    "check_replies": {
        "200": (["application/json"], {"$ref": "#/components/schemas/CheckRepliesResponse"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Error"}),
    },
    "confirm_replies_as_received": {
        "202": (["application/json"], {"$ref": "#/components/schemas/ConfirmationResponse"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/Error"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/Error"}),
    },
}

RECONCILE: dict[str, tuple[tuple[int, ...], str | None]] = {
    "cancel_scheduled_message": ((400,), "only scheduled messages can be cancelled")
}

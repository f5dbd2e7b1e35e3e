"""What each operation documents as its answers (generated from the spec: do not edit)."""

from typing import Any

COMPONENTS: dict[str, Any] = {
    "Aggregator": {"type": "string"},
    "Contact": {
        "type": "object",
        "properties": {
            "key": {"type": "string"},
            "$VERSION": {"type": "integer", "nullable": True},
            "user_account": {"type": "string"},
            "created_at": {"type": "string"},
            "name": {"type": "string", "nullable": True},
            "surname": {"type": "string", "nullable": True},
            "groups": {"type": "array", "items": {"type": "string"}},
            "msisdn": {"type": "string", "nullable": True},
            "twitter_handle": {"type": "string", "nullable": True},
            "bbm_pin": {"type": "string", "nullable": True},
            "mxit_id": {"type": "string", "nullable": True},
            "dob": {"type": "string", "nullable": True},
            "facebook_id": {"type": "string", "nullable": True},
            "wechat_id": {"type": "string", "nullable": True},
            "email_address": {"type": "string", "nullable": True},
            "gtalk_id": {"type": "string", "nullable": True},
            "extra": {"type": "object", "additionalProperties": {"type": "string"}},
            "subscription": {"type": "object", "additionalProperties": {"type": "string"}},
        },
        "required": ["key"],
    },
    "ContactPage": {
        "type": "object",
        "properties": {
            "cursor": {"anyOf": [{"type": "string", "nullable": True}, {"type": "integer"}]},
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/Contact"}},
        },
        "required": ["cursor", "data"],
    },
    "ConversationResult": {
        "type": "object",
        "properties": {"success": {"type": "boolean"}, "reason": {"type": "string"}},
        "required": ["success", "reason"],
    },
    "FiredMetric": {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "value": {"type": "number"},
            "aggregator": {"$ref": "#/components/schemas/Aggregator"},
        },
        "required": ["name", "value", "aggregator"],
    },
    "Group": {
        "type": "object",
        "properties": {
            "key": {"type": "string"},
            "$VERSION": {"type": "integer", "nullable": True},
            "user_account": {"type": "string"},
            "created_at": {"type": "string"},
            "name": {"type": "string"},
            "query": {"type": "string", "nullable": True},
        },
        "required": ["key", "name"],
    },
    "JsonRpcError": {
        "type": "object",
        "nullable": True,
        "properties": {
            "fault": {"type": "string"},
            "faultCode": {"type": "integer"},
            "faultString": {"type": "string"},
            "code": {"type": "integer"},
            "message": {"type": "string"},
            "data": {"nullable": True},
        },
    },
    "JsonRpcResponse": {
        "type": "object",
        "properties": {
            "jsonrpc": {"type": "string"},
            "id": {"nullable": True, "oneOf": [{"type": "integer"}, {"type": "string"}]},
            "result": {"nullable": True},
            "error": {"$ref": "#/components/schemas/JsonRpcError"},
        },
    },
    "MetricPoint": {
        "type": "object",
        "properties": {"x": {"type": "integer"}, "y": {"type": "number", "nullable": True}},
        "required": ["x", "y"],
    },
    "MetricSeries": {
        "type": "object",
        "additionalProperties": {"type": "array", "items": {"$ref": "#/components/schemas/MetricPoint"}},
    },
    "OptOut": {
        "type": "object",
        "properties": {
            "created_at": {"type": "string"},
            "message": {"type": "string", "nullable": True},
            "user_account": {"type": "string"},
        },
        "required": ["created_at", "message", "user_account"],
    },
    "OptOutCountResponse": {
        "type": "object",
        "properties": {"opt_out_count": {"type": "integer"}, "status": {"$ref": "#/components/schemas/OptOutStatus"}},
        "required": ["opt_out_count", "status"],
    },
    "OptOutError": {
        "type": "object",
        "properties": {"status": {"$ref": "#/components/schemas/OptOutStatus"}},
        "required": ["status"],
    },
    "OptOutResponse": {
        "type": "object",
        "properties": {
            "opt_out": {"$ref": "#/components/schemas/OptOut"},
            "status": {"$ref": "#/components/schemas/OptOutStatus"},
        },
        "required": ["opt_out", "status"],
    },
    "OptOutStatus": {
        "type": "object",
        "properties": {"code": {"type": "integer"}, "reason": {"type": "string"}},
        "required": ["code", "reason"],
    },
    "OutboundMessage": {
        "type": "object",
        "properties": {
            "message_id": {"type": "string"},
            "to_addr": {"type": "string"},
            "from_addr": {"type": "string", "nullable": True},
            "content": {"type": "string", "nullable": True},
            "session_event": {"type": "string", "nullable": True},
            "in_reply_to": {"type": "string", "nullable": True},
            "transport_type": {"type": "string", "nullable": True},
            "message_type": {"type": "string"},
            "message_version": {"type": "string"},
            "timestamp": {"type": "string"},
            "helper_metadata": {"type": "object", "additionalProperties": True},
        },
        "required": ["message_id"],
    },
    "ServiceError": {
        "type": "object",
        "properties": {"status_code": {"type": "integer"}, "reason": {"type": "string"}},
        "required": ["status_code", "reason"],
    },
}

ANSWERS: dict[str, Any] = {
    "account_rpc": {
        "200": (["application/json"], {"$ref": "#/components/schemas/JsonRpcResponse"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
    },
    "list_contacts": {
        "200": (["application/json"], {"$ref": "#/components/schemas/ContactPage"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
    },
    "create_contact": {
        "200": (["application/json"], {"$ref": "#/components/schemas/Contact"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
    },
    "get_contact": {
        "200": (["application/json"], {"$ref": "#/components/schemas/Contact"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
    },
    "update_contact": {
        "200": (["application/json"], {"$ref": "#/components/schemas/Contact"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
    },
    "delete_contact": {
        "200": (["application/json"], {"$ref": "#/components/schemas/Contact"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
    },
    "create_group": {
        "200": (["application/json"], {"$ref": "#/components/schemas/Group"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
    },
    "get_group": {
        "200": (["application/json"], {"$ref": "#/components/schemas/Group"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
    },
    "update_group": {
        "200": (["application/json"], {"$ref": "#/components/schemas/Group"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
    },
    "delete_group": {
        "200": (["application/json"], {"$ref": "#/components/schemas/Group"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
    },
    "list_group_contacts": {
        "200": (["application/json"], {"$ref": "#/components/schemas/ContactPage"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
    },
    "count_optouts": {
        "200": (["application/json"], {"$ref": "#/components/schemas/OptOutCountResponse"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/OptOutError"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/OptOutError"}),
    },
    "get_optout": {
        "200": (["application/json"], {"$ref": "#/components/schemas/OptOutResponse"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/OptOutError"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/OptOutError"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/OptOutError"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/OptOutError"}),
    },
    "set_optout": {
        "200": (["application/json"], {"$ref": "#/components/schemas/OptOutResponse"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/OptOutError"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/OptOutError"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/OptOutError"}),
        "409": (["application/json"], {"$ref": "#/components/schemas/OptOutError"}),
    },
    "delete_optout": {
        "200": (["application/json"], {"$ref": "#/components/schemas/OptOutResponse"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/OptOutError"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/OptOutError"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/OptOutError"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/OptOutError"}),
    },
    "get_metric": {
        "200": (["application/json"], {"$ref": "#/components/schemas/MetricSeries"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
    },
    "fire_metrics": {
        "200": (["application/json"], {"type": "array", "items": {"$ref": "#/components/schemas/FiredMetric"}}),
        "400": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/ServiceError"}),
    },
    "send_conversation_message": {
        "200": (["application/json"], {"$ref": "#/components/schemas/OutboundMessage"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/ConversationResult"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/ConversationResult"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/ConversationResult"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/ConversationResult"}),
    },
    "fire_conversation_metrics": {
        "200": (["application/json"], {"$ref": "#/components/schemas/ConversationResult"}),
        "400": (["application/json"], {"$ref": "#/components/schemas/ConversationResult"}),
        "401": (["application/json"], {"$ref": "#/components/schemas/ConversationResult"}),
        "403": (["application/json"], {"$ref": "#/components/schemas/ConversationResult"}),
        "404": (["application/json"], {"$ref": "#/components/schemas/ConversationResult"}),
    },
}

RECONCILE: dict[str, tuple[tuple[int, ...], str | None]] = {
    "delete_contact": ((404,), None),
    "delete_group": ((404,), None),
    "set_optout": ((409,), "already exists"),
}

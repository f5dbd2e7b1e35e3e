"""Contains all the data models used in inputs/outputs (imported lazily, on first attribute access)"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .aggregator import Aggregator
    from .campaign import Campaign
    from .campaigns_call import CampaignsCall
    from .campaigns_call_method import CampaignsCallMethod
    from .channel import Channel
    from .channels_call import ChannelsCall
    from .channels_call_method import ChannelsCallMethod
    from .contact import Contact
    from .contact_extra import ContactExtra
    from .contact_input import ContactInput
    from .contact_input_extra import ContactInputExtra
    from .contact_input_subscription import ContactInputSubscription
    from .contact_page import ContactPage
    from .contact_subscription import ContactSubscription
    from .conversation import Conversation
    from .conversation_result import ConversationResult
    from .conversations_call import ConversationsCall
    from .conversations_call_method import ConversationsCallMethod
    from .create_group_body import CreateGroupBody
    from .endpoint import Endpoint
    from .fired_metric import FiredMetric
    from .group import Group
    from .group_input import GroupInput
    from .helper_metadata import HelperMetadata
    from .json_rpc_error_type_0 import JsonRpcErrorType0
    from .json_rpc_response import JsonRpcResponse
    from .json_rpc_version import JsonRpcVersion
    from .metric_point import MetricPoint
    from .metric_series import MetricSeries
    from .metric_values import MetricValues
    from .opt_out import OptOut
    from .opt_out_count_response import OptOutCountResponse
    from .opt_out_error import OptOutError
    from .opt_out_response import OptOutResponse
    from .opt_out_status import OptOutStatus
    from .outbound_message import OutboundMessage
    from .outbound_message_helper_metadata import OutboundMessageHelperMetadata
    from .router import Router
    from .routers_call import RoutersCall
    from .routers_call_method import RoutersCallMethod
    from .routing_endpoint_ref import RoutingEndpointRef
    from .routing_entries_call import RoutingEntriesCall
    from .routing_entries_call_method import RoutingEntriesCallMethod
    from .routing_entry import RoutingEntry
    from .routing_table import RoutingTable
    from .routing_table_call import RoutingTableCall
    from .routing_table_call_method import RoutingTableCallMethod
    from .send_message_request import SendMessageRequest
    from .service_error import ServiceError
    from .session_event import SessionEvent
    from .update_routing_table_call import UpdateRoutingTableCall
    from .update_routing_table_call_method import UpdateRoutingTableCallMethod
    from .update_routing_table_call_params_item_type_1 import UpdateRoutingTableCallParamsItemType1
    from .voice_options import VoiceOptions

    pass

_LAZY: dict[str, str] = {
    "Aggregator": ".aggregator",
    "Campaign": ".campaign",
    "CampaignsCall": ".campaigns_call",
    "CampaignsCallMethod": ".campaigns_call_method",
    "Channel": ".channel",
    "ChannelsCall": ".channels_call",
    "ChannelsCallMethod": ".channels_call_method",
    "Contact": ".contact",
    "ContactExtra": ".contact_extra",
    "ContactInput": ".contact_input",
    "ContactInputExtra": ".contact_input_extra",
    "ContactInputSubscription": ".contact_input_subscription",
    "ContactPage": ".contact_page",
    "ContactSubscription": ".contact_subscription",
    "Conversation": ".conversation",
    "ConversationResult": ".conversation_result",
    "ConversationsCall": ".conversations_call",
    "ConversationsCallMethod": ".conversations_call_method",
    "CreateGroupBody": ".create_group_body",
    "Endpoint": ".endpoint",
    "FiredMetric": ".fired_metric",
    "Group": ".group",
    "GroupInput": ".group_input",
    "HelperMetadata": ".helper_metadata",
    "JsonRpcErrorType0": ".json_rpc_error_type_0",
    "JsonRpcResponse": ".json_rpc_response",
    "JsonRpcVersion": ".json_rpc_version",
    "MetricPoint": ".metric_point",
    "MetricSeries": ".metric_series",
    "MetricValues": ".metric_values",
    "OptOut": ".opt_out",
    "OptOutCountResponse": ".opt_out_count_response",
    "OptOutError": ".opt_out_error",
    "OptOutResponse": ".opt_out_response",
    "OptOutStatus": ".opt_out_status",
    "OutboundMessage": ".outbound_message",
    "OutboundMessageHelperMetadata": ".outbound_message_helper_metadata",
    "Router": ".router",
    "RoutersCall": ".routers_call",
    "RoutersCallMethod": ".routers_call_method",
    "RoutingEndpointRef": ".routing_endpoint_ref",
    "RoutingEntriesCall": ".routing_entries_call",
    "RoutingEntriesCallMethod": ".routing_entries_call_method",
    "RoutingEntry": ".routing_entry",
    "RoutingTable": ".routing_table",
    "RoutingTableCall": ".routing_table_call",
    "RoutingTableCallMethod": ".routing_table_call_method",
    "SendMessageRequest": ".send_message_request",
    "ServiceError": ".service_error",
    "SessionEvent": ".session_event",
    "UpdateRoutingTableCall": ".update_routing_table_call",
    "UpdateRoutingTableCallMethod": ".update_routing_table_call_method",
    "UpdateRoutingTableCallParamsItemType1": ".update_routing_table_call_params_item_type_1",
    "VoiceOptions": ".voice_options",
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
    "Aggregator",
    "Campaign",
    "CampaignsCall",
    "CampaignsCallMethod",
    "Channel",
    "ChannelsCall",
    "ChannelsCallMethod",
    "Contact",
    "ContactExtra",
    "ContactInput",
    "ContactInputExtra",
    "ContactInputSubscription",
    "ContactPage",
    "ContactSubscription",
    "Conversation",
    "ConversationResult",
    "ConversationsCall",
    "ConversationsCallMethod",
    "CreateGroupBody",
    "Endpoint",
    "FiredMetric",
    "Group",
    "GroupInput",
    "HelperMetadata",
    "JsonRpcErrorType0",
    "JsonRpcResponse",
    "JsonRpcVersion",
    "MetricPoint",
    "MetricSeries",
    "MetricValues",
    "OptOut",
    "OptOutCountResponse",
    "OptOutError",
    "OptOutResponse",
    "OptOutStatus",
    "OutboundMessage",
    "OutboundMessageHelperMetadata",
    "Router",
    "RoutersCall",
    "RoutersCallMethod",
    "RoutingEndpointRef",
    "RoutingEntriesCall",
    "RoutingEntriesCallMethod",
    "RoutingEntry",
    "RoutingTable",
    "RoutingTableCall",
    "RoutingTableCallMethod",
    "SendMessageRequest",
    "ServiceError",
    "SessionEvent",
    "UpdateRoutingTableCall",
    "UpdateRoutingTableCallMethod",
    "UpdateRoutingTableCallParamsItemType1",
    "VoiceOptions",
)

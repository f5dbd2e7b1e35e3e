"""``ViberApi`` and ``AsyncViberApi``: the SMS.CX viber operations (generated:
``smscx_api.legacy.viber``)."""

from smscx_api.legacy.viber import AsyncViberApi, ViberApi

from ..model.send_viber_campaign_request import SendViberCampaignRequest
from ..model.send_viber_campaign_request_estimate import SendViberCampaignRequestEstimate
from ..model.send_viber_message_request import SendViberMessageRequest
from ..model.send_viber_message_request_estimate import SendViberMessageRequestEstimate

__all__ = [
    "AsyncViberApi",
    "SendViberCampaignRequest",
    "SendViberCampaignRequestEstimate",
    "SendViberMessageRequest",
    "SendViberMessageRequestEstimate",
    "ViberApi",
]

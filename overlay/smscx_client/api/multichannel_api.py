"""``MultichannelApi`` and ``AsyncMultichannelApi``: the SMS.CX multichannel operations (generated:
``smscx_api.legacy.multichannel``)."""

from smscx_api.legacy.multichannel import AsyncMultichannelApi, MultichannelApi

from ..model.send_multichannel_campaign_request import SendMultichannelCampaignRequest
from ..model.send_multichannel_campaign_request_estimate import SendMultichannelCampaignRequestEstimate
from ..model.send_multichannel_message_request import SendMultichannelMessageRequest
from ..model.send_multichannel_message_request_estimate import SendMultichannelMessageRequestEstimate

__all__ = [
    "AsyncMultichannelApi",
    "MultichannelApi",
    "SendMultichannelCampaignRequest",
    "SendMultichannelCampaignRequestEstimate",
    "SendMultichannelMessageRequest",
    "SendMultichannelMessageRequestEstimate",
]

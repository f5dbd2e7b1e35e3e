"""``SmsApi`` and ``AsyncSmsApi``: the SMS.CX sms operations (generated:
``smscx_api.legacy.sms``)."""

from smscx_api.legacy.sms import AsyncSmsApi, SmsApi

from ..model.send_sms_campaign_request import SendSmsCampaignRequest
from ..model.send_sms_campaign_request_estimate import SendSmsCampaignRequestEstimate
from ..model.send_sms_message_request import SendSmsMessageRequest
from ..model.send_sms_request_estimate import SendSmsRequestEstimate

__all__ = [
    "AsyncSmsApi",
    "SendSmsCampaignRequest",
    "SendSmsCampaignRequestEstimate",
    "SendSmsMessageRequest",
    "SendSmsRequestEstimate",
    "SmsApi",
]

"""``SmsApi`` (sync) and ``AsyncSmsApi``: the SMS.CX sms operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from switchboard_core import CallOptions

from .._api import NOT_GIVEN, AsyncApi, SyncApi, Timeout
from ..model.send_sms_campaign_request import SendSmsCampaignRequest
from ..model.send_sms_campaign_request_estimate import SendSmsCampaignRequestEstimate
from ..model.send_sms_message_request import SendSmsMessageRequest
from ..model.send_sms_request_estimate import SendSmsRequestEstimate

if TYPE_CHECKING:  # the result types; the generated models load when a call parses them
    from smscx_api.models import (
        DeleteScheduledCampaign,
        DeleteScheduledMsg,
        SendSmsCampaignResponse,
        SendSmsMessageResponse,
    )


class SmsApi(SyncApi):
    """SMS.CX sms operations (sync)."""

    def delete_scheduled_sms(
        self, msg_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> DeleteScheduledMsg:
        """Delete scheduled SMS."""
        result: DeleteScheduledMsg = self._run(
            "delete_scheduled_sms", (msg_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def delete_scheduled_sms_campaign(
        self, campaign_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> DeleteScheduledCampaign:
        """Delete scheduled SMS campaign."""
        result: DeleteScheduledCampaign = self._run(
            "delete_scheduled_sms_campaign", (campaign_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def estimate_sms(
        self,
        send_sms_request_estimate: SendSmsRequestEstimate | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> SendSmsMessageResponse:
        """Estimate new SMS."""
        result: SendSmsMessageResponse = self._run(
            "estimate_sms", (), body=send_sms_request_estimate, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def estimate_sms_campaign(
        self,
        send_sms_campaign_request_estimate: SendSmsCampaignRequestEstimate | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> SendSmsCampaignResponse:
        """Estimate SMS campaign."""
        result: SendSmsCampaignResponse = self._run(
            "estimate_sms_campaign",
            (),
            body=send_sms_campaign_request_estimate,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    def send_sms(
        self,
        send_sms_message_request: SendSmsMessageRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> SendSmsMessageResponse:
        """Send SMS."""
        result: SendSmsMessageResponse = self._run(
            "send_sms", (), body=send_sms_message_request, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def send_sms_campaign(
        self,
        send_sms_campaign_request: SendSmsCampaignRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> SendSmsCampaignResponse:
        """Send SMS campaign."""
        result: SendSmsCampaignResponse = self._run(
            "send_sms_campaign", (), body=send_sms_campaign_request, options=CallOptions(_request_timeout, _max_retries)
        )
        return result


class AsyncSmsApi(AsyncApi):
    """SMS.CX sms operations (async): ``await api.method(...)``."""

    async def delete_scheduled_sms(
        self, msg_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> DeleteScheduledMsg:
        """Delete scheduled SMS."""
        result: DeleteScheduledMsg = await self._run(
            "delete_scheduled_sms", (msg_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def delete_scheduled_sms_campaign(
        self, campaign_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> DeleteScheduledCampaign:
        """Delete scheduled SMS campaign."""
        result: DeleteScheduledCampaign = await self._run(
            "delete_scheduled_sms_campaign", (campaign_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def estimate_sms(
        self,
        send_sms_request_estimate: SendSmsRequestEstimate | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> SendSmsMessageResponse:
        """Estimate new SMS."""
        result: SendSmsMessageResponse = await self._run(
            "estimate_sms", (), body=send_sms_request_estimate, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def estimate_sms_campaign(
        self,
        send_sms_campaign_request_estimate: SendSmsCampaignRequestEstimate | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> SendSmsCampaignResponse:
        """Estimate SMS campaign."""
        result: SendSmsCampaignResponse = await self._run(
            "estimate_sms_campaign",
            (),
            body=send_sms_campaign_request_estimate,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    async def send_sms(
        self,
        send_sms_message_request: SendSmsMessageRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> SendSmsMessageResponse:
        """Send SMS."""
        result: SendSmsMessageResponse = await self._run(
            "send_sms", (), body=send_sms_message_request, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def send_sms_campaign(
        self,
        send_sms_campaign_request: SendSmsCampaignRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> SendSmsCampaignResponse:
        """Send SMS campaign."""
        result: SendSmsCampaignResponse = await self._run(
            "send_sms_campaign", (), body=send_sms_campaign_request, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

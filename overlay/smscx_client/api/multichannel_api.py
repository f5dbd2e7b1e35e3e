"""``MultichannelApi`` (sync) and ``AsyncMultichannelApi``: the SMS.CX multichannel operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from switchboard_core import CallOptions

from .._api import NOT_GIVEN, AsyncApi, SyncApi, Timeout
from ..model.send_multichannel_campaign_request import SendMultichannelCampaignRequest
from ..model.send_multichannel_campaign_request_estimate import SendMultichannelCampaignRequestEstimate
from ..model.send_multichannel_message_request import SendMultichannelMessageRequest
from ..model.send_multichannel_message_request_estimate import SendMultichannelMessageRequestEstimate

if TYPE_CHECKING:  # the result types; the generated models load when a call parses them
    from smscx_api.models import (
        DeleteScheduledCampaign,
        DeleteScheduledMsg,
        SendMultichannelCampaignResponse,
        SendMultichannelMessageResponse,
    )


class MultichannelApi(SyncApi):
    """SMS.CX multichannel operations (sync)."""

    def delete_scheduled_multichannel_campaign(
        self, campaign_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> DeleteScheduledCampaign:
        """Delete scheduled Multichannel campaign."""
        result: DeleteScheduledCampaign = self._run(
            "delete_scheduled_multichannel_campaign",
            (campaign_id,),
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    def delete_scheduled_multichannel_message(
        self, msg_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> DeleteScheduledMsg:
        """Delete scheduled Multichannel message."""
        result: DeleteScheduledMsg = self._run(
            "delete_scheduled_multichannel_message", (msg_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def estimate_multichannel_campaign(
        self,
        send_multichannel_campaign_request_estimate: SendMultichannelCampaignRequestEstimate | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> SendMultichannelCampaignResponse:
        """Estimate Multichannel campaign."""
        result: SendMultichannelCampaignResponse = self._run(
            "estimate_multichannel_campaign",
            (),
            body=send_multichannel_campaign_request_estimate,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    def estimate_multichannel_message(
        self,
        send_multichannel_message_request_estimate: SendMultichannelMessageRequestEstimate | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> SendMultichannelMessageResponse:
        """Estimate Multichannel message."""
        result: SendMultichannelMessageResponse = self._run(
            "estimate_multichannel_message",
            (),
            body=send_multichannel_message_request_estimate,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    def send_multichannel_campaign(
        self,
        send_multichannel_campaign_request: SendMultichannelCampaignRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> SendMultichannelCampaignResponse:
        """Send Multichannel campaign."""
        result: SendMultichannelCampaignResponse = self._run(
            "send_multichannel_campaign",
            (),
            body=send_multichannel_campaign_request,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    def send_multichannel_message(
        self,
        send_multichannel_message_request: SendMultichannelMessageRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> SendMultichannelMessageResponse:
        """Send Multichannel message."""
        result: SendMultichannelMessageResponse = self._run(
            "send_multichannel_message",
            (),
            body=send_multichannel_message_request,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result


class AsyncMultichannelApi(AsyncApi):
    """SMS.CX multichannel operations (async): ``await api.method(...)``."""

    async def delete_scheduled_multichannel_campaign(
        self, campaign_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> DeleteScheduledCampaign:
        """Delete scheduled Multichannel campaign."""
        result: DeleteScheduledCampaign = await self._run(
            "delete_scheduled_multichannel_campaign",
            (campaign_id,),
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    async def delete_scheduled_multichannel_message(
        self, msg_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> DeleteScheduledMsg:
        """Delete scheduled Multichannel message."""
        result: DeleteScheduledMsg = await self._run(
            "delete_scheduled_multichannel_message", (msg_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def estimate_multichannel_campaign(
        self,
        send_multichannel_campaign_request_estimate: SendMultichannelCampaignRequestEstimate | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> SendMultichannelCampaignResponse:
        """Estimate Multichannel campaign."""
        result: SendMultichannelCampaignResponse = await self._run(
            "estimate_multichannel_campaign",
            (),
            body=send_multichannel_campaign_request_estimate,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    async def estimate_multichannel_message(
        self,
        send_multichannel_message_request_estimate: SendMultichannelMessageRequestEstimate | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> SendMultichannelMessageResponse:
        """Estimate Multichannel message."""
        result: SendMultichannelMessageResponse = await self._run(
            "estimate_multichannel_message",
            (),
            body=send_multichannel_message_request_estimate,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    async def send_multichannel_campaign(
        self,
        send_multichannel_campaign_request: SendMultichannelCampaignRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> SendMultichannelCampaignResponse:
        """Send Multichannel campaign."""
        result: SendMultichannelCampaignResponse = await self._run(
            "send_multichannel_campaign",
            (),
            body=send_multichannel_campaign_request,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    async def send_multichannel_message(
        self,
        send_multichannel_message_request: SendMultichannelMessageRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> SendMultichannelMessageResponse:
        """Send Multichannel message."""
        result: SendMultichannelMessageResponse = await self._run(
            "send_multichannel_message",
            (),
            body=send_multichannel_message_request,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

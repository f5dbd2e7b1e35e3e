"""``ViberApi`` (sync) and ``AsyncViberApi``: the SMS.CX viber operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from switchboard_core import CallOptions

from .._api import NOT_GIVEN, AsyncApi, SyncApi, Timeout
from ..model.send_viber_campaign_request import SendViberCampaignRequest
from ..model.send_viber_campaign_request_estimate import SendViberCampaignRequestEstimate
from ..model.send_viber_message_request import SendViberMessageRequest
from ..model.send_viber_message_request_estimate import SendViberMessageRequestEstimate

if TYPE_CHECKING:  # the result types; the generated models load when a call parses them
    from smscx_api.models import (
        DeleteScheduledCampaign,
        DeleteScheduledMsg,
        SendViberCampaignResponse,
        SendViberMessageResponse,
    )


class ViberApi(SyncApi):
    """SMS.CX viber operations (sync)."""

    def delete_scheduled_viber_campaign(
        self, campaign_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> DeleteScheduledCampaign:
        """Delete scheduled Viber campaign."""
        result: DeleteScheduledCampaign = self._run(
            "delete_scheduled_viber_campaign", (campaign_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def delete_scheduled_viber_message(
        self, msg_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> DeleteScheduledMsg:
        """Delete scheduled Viber message."""
        result: DeleteScheduledMsg = self._run(
            "delete_scheduled_viber_message", (msg_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def estimate_viber_campaign(
        self,
        send_viber_campaign_request_estimate: SendViberCampaignRequestEstimate | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> SendViberCampaignResponse:
        """Estimate Viber campaign."""
        result: SendViberCampaignResponse = self._run(
            "estimate_viber_campaign",
            (),
            body=send_viber_campaign_request_estimate,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    def estimate_viber_message(
        self,
        send_viber_message_request_estimate: SendViberMessageRequestEstimate | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> SendViberMessageResponse:
        """Estimate Viber message."""
        result: SendViberMessageResponse = self._run(
            "estimate_viber_message",
            (),
            body=send_viber_message_request_estimate,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    def send_viber_campaign(
        self,
        send_viber_campaign_request: SendViberCampaignRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> SendViberCampaignResponse:
        """Send Viber campaign."""
        result: SendViberCampaignResponse = self._run(
            "send_viber_campaign",
            (),
            body=send_viber_campaign_request,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    def send_viber_message(
        self,
        send_viber_message_request: SendViberMessageRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> SendViberMessageResponse:
        """Send Viber message."""
        result: SendViberMessageResponse = self._run(
            "send_viber_message",
            (),
            body=send_viber_message_request,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result


class AsyncViberApi(AsyncApi):
    """SMS.CX viber operations (async): ``await api.method(...)``."""

    async def delete_scheduled_viber_campaign(
        self, campaign_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> DeleteScheduledCampaign:
        """Delete scheduled Viber campaign."""
        result: DeleteScheduledCampaign = await self._run(
            "delete_scheduled_viber_campaign", (campaign_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def delete_scheduled_viber_message(
        self, msg_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> DeleteScheduledMsg:
        """Delete scheduled Viber message."""
        result: DeleteScheduledMsg = await self._run(
            "delete_scheduled_viber_message", (msg_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def estimate_viber_campaign(
        self,
        send_viber_campaign_request_estimate: SendViberCampaignRequestEstimate | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> SendViberCampaignResponse:
        """Estimate Viber campaign."""
        result: SendViberCampaignResponse = await self._run(
            "estimate_viber_campaign",
            (),
            body=send_viber_campaign_request_estimate,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    async def estimate_viber_message(
        self,
        send_viber_message_request_estimate: SendViberMessageRequestEstimate | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> SendViberMessageResponse:
        """Estimate Viber message."""
        result: SendViberMessageResponse = await self._run(
            "estimate_viber_message",
            (),
            body=send_viber_message_request_estimate,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    async def send_viber_campaign(
        self,
        send_viber_campaign_request: SendViberCampaignRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> SendViberCampaignResponse:
        """Send Viber campaign."""
        result: SendViberCampaignResponse = await self._run(
            "send_viber_campaign",
            (),
            body=send_viber_campaign_request,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    async def send_viber_message(
        self,
        send_viber_message_request: SendViberMessageRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> SendViberMessageResponse:
        """Send Viber message."""
        result: SendViberMessageResponse = await self._run(
            "send_viber_message",
            (),
            body=send_viber_message_request,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

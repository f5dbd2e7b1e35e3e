"""``WhatsappApi`` (sync) and ``AsyncWhatsappApi``: the SMS.CX whatsapp operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from switchboard_core import CallOptions

from .._api import NOT_GIVEN, AsyncApi, SyncApi, Timeout
from ..model.send_whatsapp_message_request import SendWhatsappMessageRequest
from ..model.send_whatsapp_message_request_estimate import SendWhatsappMessageRequestEstimate

if TYPE_CHECKING:  # the result types; the generated models load when a call parses them
    from smscx_api.models import DeleteScheduledMsg, SendWhatsappMessageResponse


class WhatsappApi(SyncApi):
    """SMS.CX whatsapp operations (sync)."""

    def delete_scheduled_whatsapp_message(
        self, msg_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> DeleteScheduledMsg:
        """Delete scheduled Whatsapp message."""
        result: DeleteScheduledMsg = self._run(
            "delete_scheduled_whatsapp_message", (msg_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def estimate_whatsapp_message(
        self,
        send_whatsapp_message_request_estimate: SendWhatsappMessageRequestEstimate | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> SendWhatsappMessageResponse:
        """Estimate Whatsapp message."""
        result: SendWhatsappMessageResponse = self._run(
            "estimate_whatsapp_message",
            (),
            body=send_whatsapp_message_request_estimate,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    def send_whatsapp_message(
        self,
        send_whatsapp_message_request: SendWhatsappMessageRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> SendWhatsappMessageResponse:
        """Send Whatsapp message."""
        result: SendWhatsappMessageResponse = self._run(
            "send_whatsapp_message",
            (),
            body=send_whatsapp_message_request,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result


class AsyncWhatsappApi(AsyncApi):
    """SMS.CX whatsapp operations (async): ``await api.method(...)``."""

    async def delete_scheduled_whatsapp_message(
        self, msg_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> DeleteScheduledMsg:
        """Delete scheduled Whatsapp message."""
        result: DeleteScheduledMsg = await self._run(
            "delete_scheduled_whatsapp_message", (msg_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def estimate_whatsapp_message(
        self,
        send_whatsapp_message_request_estimate: SendWhatsappMessageRequestEstimate | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> SendWhatsappMessageResponse:
        """Estimate Whatsapp message."""
        result: SendWhatsappMessageResponse = await self._run(
            "estimate_whatsapp_message",
            (),
            body=send_whatsapp_message_request_estimate,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    async def send_whatsapp_message(
        self,
        send_whatsapp_message_request: SendWhatsappMessageRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> SendWhatsappMessageResponse:
        """Send Whatsapp message."""
        result: SendWhatsappMessageResponse = await self._run(
            "send_whatsapp_message",
            (),
            body=send_whatsapp_message_request,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

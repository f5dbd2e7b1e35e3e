"""``ConversationsApi`` (sync) and ``AsyncConversationsApi``: the SMS.CX conversations operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from switchboard_core import CallOptions

from .._api import NOT_GIVEN, AsyncApi, SyncApi, Timeout
from ..model.conversation_reply_sms_request import ConversationReplySmsRequest
from ..model.conversation_reply_viber_request import ConversationReplyViberRequest
from ..model.conversation_reply_whatsapp_request import ConversationReplyWhatsappRequest

if TYPE_CHECKING:  # the result types; the generated models load when a call parses them
    from smscx_api.models import (
        ConversationDetailsResponse,
        ConversationReadResponse,
        ConversationReplySmsResponse,
        ConversationReplyViberRespone,
        ConversationReplyWhatsappResponse,
        ConversationsListResponse,
    )


class ConversationsApi(SyncApi):
    """SMS.CX conversations operations (sync)."""

    def get_conversation(
        self, conversation_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> ConversationDetailsResponse:
        """Get conversation."""
        result: ConversationDetailsResponse = self._run(
            "get_conversation", (conversation_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def get_converstions_list(
        self, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> ConversationsListResponse:
        """Get conversations list."""
        result: ConversationsListResponse = self._run(
            "get_converstions_list", (), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def mark_conversation_as_read(
        self, conversation_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> ConversationReadResponse:
        """Mark conversation as read."""
        result: ConversationReadResponse = self._run(
            "mark_conversation_as_read", (conversation_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def send_conversation_reply_sms(
        self,
        conversation_id: str,
        conversation_reply_sms_request: ConversationReplySmsRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> ConversationReplySmsResponse:
        """Send conversation reply via SMS."""
        result: ConversationReplySmsResponse = self._run(
            "send_conversation_reply_sms",
            (conversation_id,),
            body=conversation_reply_sms_request,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    def send_conversation_reply_viber(
        self,
        conversation_id: str,
        conversation_reply_viber_request: ConversationReplyViberRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> ConversationReplyViberRespone:
        """Send conversation reply via Viber."""
        result: ConversationReplyViberRespone = self._run(
            "send_conversation_reply_viber",
            (conversation_id,),
            body=conversation_reply_viber_request,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    def send_conversation_reply_whatsapp(
        self,
        conversation_id: str,
        conversation_reply_whatsapp_request: ConversationReplyWhatsappRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> ConversationReplyWhatsappResponse:
        """Send conversation reply via Whatsapp."""
        result: ConversationReplyWhatsappResponse = self._run(
            "send_conversation_reply_whatsapp",
            (conversation_id,),
            body=conversation_reply_whatsapp_request,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result


class AsyncConversationsApi(AsyncApi):
    """SMS.CX conversations operations (async): ``await api.method(...)``."""

    async def get_conversation(
        self, conversation_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> ConversationDetailsResponse:
        """Get conversation."""
        result: ConversationDetailsResponse = await self._run(
            "get_conversation", (conversation_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def get_converstions_list(
        self, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> ConversationsListResponse:
        """Get conversations list."""
        result: ConversationsListResponse = await self._run(
            "get_converstions_list", (), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def mark_conversation_as_read(
        self, conversation_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> ConversationReadResponse:
        """Mark conversation as read."""
        result: ConversationReadResponse = await self._run(
            "mark_conversation_as_read", (conversation_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def send_conversation_reply_sms(
        self,
        conversation_id: str,
        conversation_reply_sms_request: ConversationReplySmsRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> ConversationReplySmsResponse:
        """Send conversation reply via SMS."""
        result: ConversationReplySmsResponse = await self._run(
            "send_conversation_reply_sms",
            (conversation_id,),
            body=conversation_reply_sms_request,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    async def send_conversation_reply_viber(
        self,
        conversation_id: str,
        conversation_reply_viber_request: ConversationReplyViberRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> ConversationReplyViberRespone:
        """Send conversation reply via Viber."""
        result: ConversationReplyViberRespone = await self._run(
            "send_conversation_reply_viber",
            (conversation_id,),
            body=conversation_reply_viber_request,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    async def send_conversation_reply_whatsapp(
        self,
        conversation_id: str,
        conversation_reply_whatsapp_request: ConversationReplyWhatsappRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> ConversationReplyWhatsappResponse:
        """Send conversation reply via Whatsapp."""
        result: ConversationReplyWhatsappResponse = await self._run(
            "send_conversation_reply_whatsapp",
            (conversation_id,),
            body=conversation_reply_whatsapp_request,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

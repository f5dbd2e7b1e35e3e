"""``ConversationsApi`` and ``AsyncConversationsApi``: the SMS.CX conversations operations (generated:
``smscx_api.legacy.conversations``)."""

from smscx_api.legacy.conversations import AsyncConversationsApi, ConversationsApi

from ..model.conversation_reply_sms_request import ConversationReplySmsRequest
from ..model.conversation_reply_viber_request import ConversationReplyViberRequest
from ..model.conversation_reply_whatsapp_request import ConversationReplyWhatsappRequest

__all__ = [
    "AsyncConversationsApi",
    "ConversationReplySmsRequest",
    "ConversationReplyViberRequest",
    "ConversationReplyWhatsappRequest",
    "ConversationsApi",
]

"""MessageMedia Messages API client: the 1.1.0 surface, typed, sync and async.

from message_media_messages.message_media_messages_client import MessageMediaMessagesClient
"""

from switchboard_core import APIConnectionError, APITimeoutError, InvalidRequestError

from ._batching import BatchOutcome
from ._version import __version__
from .exceptions import (
    APIException,
    AuthenticationException,
    BadRequestException,
    NotFoundException,
    PermissionDeniedException,
    RateLimitException,
    ResponseParseException,
    SendBatchError,
    ServerErrorException,
)
from .message_media_messages_client import (
    DEFAULT_BASE_URL,
    AsyncMessageMediaMessagesClient,
    MessageMediaMessagesClient,
)

__all__ = [
    "DEFAULT_BASE_URL",
    "APIConnectionError",
    "APIException",
    "APITimeoutError",
    "AsyncMessageMediaMessagesClient",
    "AuthenticationException",
    "BadRequestException",
    "BatchOutcome",
    "InvalidRequestError",
    "MessageMediaMessagesClient",
    "NotFoundException",
    "PermissionDeniedException",
    "RateLimitException",
    "ResponseParseException",
    "SendBatchError",
    "ServerErrorException",
    "__version__",
]

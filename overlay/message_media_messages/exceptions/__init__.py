"""MessageMedia exceptions (``message_media_messages.exceptions.api_exception.APIException`` as in 1.1.0)."""

from switchboard_core import APIConnectionError, APITimeoutError, InvalidRequestError

from .api_exception import (
    APIException,
    AuthenticationException,
    BadRequestException,
    ConflictException,
    ConnectionException,
    InvalidInputException,
    NotFoundException,
    PermissionDeniedException,
    RateLimitException,
    ResponseParseException,
    SendMessages400ResponseException,
    ServerErrorException,
    TimeoutException,
    UnexpectedStatusException,
    UnprocessableEntityException,
)
from .batch import SendBatchError

__all__ = [
    "APIConnectionError",
    "APIException",
    "APITimeoutError",
    "AuthenticationException",
    "BadRequestException",
    "ConflictException",
    "ConnectionException",
    "InvalidInputException",
    "InvalidRequestError",
    "NotFoundException",
    "PermissionDeniedException",
    "RateLimitException",
    "ResponseParseException",
    "SendBatchError",
    "SendMessages400ResponseException",
    "ServerErrorException",
    "TimeoutException",
    "UnexpectedStatusException",
    "UnprocessableEntityException",
]

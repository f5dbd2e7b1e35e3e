"""SMS.CX (SMS Connexion) API client: the ``smscx_client`` surface of smscx 0.1.x, typed, sync and async.

import smscx_client
from smscx_client.api import sms_api
from smscx_client.model.send_sms_message_request import SendSmsMessageRequest

api = sms_api.SmsApi(smscx_client.ApiClient(smscx_client.Configuration(api_key="...")))
api.send_sms(SendSmsMessageRequest(to=["+31612469000"], _from="InfoText", text="Hello"))
"""

from switchboard_core import APIConnectionError, APITimeoutError, InvalidRequestError, PaginationLoopError

from ._version import __version__
from .api_client import ApiClient, AsyncApiClient
from .configuration import Configuration
from .exceptions import (
    AccessDeniedException,
    ApiAttributeError,
    ApiException,
    ApiExceptionBase,
    ApiKeyError,
    ApiMethodNotAllowedException,
    ApiTypeError,
    ApiValueError,
    ChannelNotActiveException,
    DuplicateIdException,
    DuplicateValueException,
    InsufficientBalanceException,
    InsufficientScopeException,
    InvalidCredentialsException,
    InvalidPhoneNumberException,
    InvalidPinException,
    InvalidRequestException,
    InvalidScopeException,
    NoCoverageException,
    OpenApiException,
    OtpActionNotAllowedException,
    OtpAlreadyVerifiedException,
    OtpCancelledException,
    OtpExpiredException,
    OtpFailedException,
    RateLimitExcedeedException,
    RateLimitExceededException,
    ResourceNotFoundException,
    ResponseParseException,
    ServerErrorException,
    TemplateNotApprovedException,
)

__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "AccessDeniedException",
    "ApiAttributeError",
    "ApiClient",
    "ApiException",
    "ApiExceptionBase",
    "ApiKeyError",
    "ApiMethodNotAllowedException",
    "ApiTypeError",
    "ApiValueError",
    "AsyncApiClient",
    "ChannelNotActiveException",
    "Configuration",
    "DuplicateIdException",
    "DuplicateValueException",
    "InsufficientBalanceException",
    "InsufficientScopeException",
    "InvalidCredentialsException",
    "InvalidPhoneNumberException",
    "InvalidPinException",
    "InvalidRequestError",
    "InvalidRequestException",
    "InvalidScopeException",
    "NoCoverageException",
    "OpenApiException",
    "OtpActionNotAllowedException",
    "OtpAlreadyVerifiedException",
    "OtpCancelledException",
    "OtpExpiredException",
    "OtpFailedException",
    "PaginationLoopError",
    "RateLimitExcedeedException",
    "RateLimitExceededException",
    "ResourceNotFoundException",
    "ResponseParseException",
    "ServerErrorException",
    "TemplateNotApprovedException",
    "__version__",
]

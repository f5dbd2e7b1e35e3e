"""The seed's exceptions, each also a class of the shared hierarchy (``switchboard_core``).

``ApiException`` (any error answer) keeps ``status``, ``reason``, ``body`` (the text, a ``str``: ``json.loads(e.body)``
works as in the seed) and ``headers`` (case-insensitive). Which subclass is raised depends on the status and on
the error body's ``error.type`` / ``error.code``, exactly as the legacy client decided (wire reference §5.1);
bodies that are not JSON, or have no ``error`` object, fall back to the status alone instead of crashing.

Client-side problems raise :class:`ApiValueError` / :class:`ApiTypeError` before anything is sent; both are
:class:`~switchboard_core.InvalidRequestError` (a ``ValueError``).
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from switchboard_core import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ErrorMap,
    InternalServerError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
    SwitchboardError,
)


class ApiExceptionBase(SwitchboardError):
    """Base of every exception this client raises on purpose (the legacy ``OpenApiException``)."""


OpenApiException = ApiExceptionBase


class ApiTypeError(ApiExceptionBase, InvalidRequestError, TypeError):
    """An argument has the wrong type (raised before sending)."""


class ApiValueError(ApiExceptionBase, InvalidRequestError):
    """An argument has a wrong value (raised before sending)."""


class ApiAttributeError(ApiExceptionBase, AttributeError):
    """An attribute a model does not have."""


class ApiKeyError(ApiExceptionBase, KeyError):
    """A key a model does not have."""


class ApiConnectionException(ApiExceptionBase, APIConnectionError):
    """No usable answer: the connection failed or broke (``status`` is None)."""


class ApiTimeoutException(ApiConnectionException, APITimeoutError):
    """No answer in time."""


class ApiException(APIStatusError, ApiExceptionBase):
    """Any error answer of the SMS.CX API.

    ``status`` (the HTTP status), ``reason`` (its phrase), ``body`` (the text, a ``str`` as in 0.1.x), ``headers``;
    :attr:`error_type`,
    :attr:`error_code` and :attr:`error_message` from the error body when it has one, and :attr:`invalid`, the
    rejected phone numbers of errors 1207 / 1210.
    """

    body: str  # type: ignore[assignment]  # 0.1.x's str, not the runtime's bytes

    def __init__(self, response: httpx.Response, message: str | None = None) -> None:
        super().__init__(response, message)
        raw: bytes = self.__dict__["body"]
        self.body = raw.decode(response.encoding or "utf-8", errors="replace")
        self.__dict__["status"] = response.status_code  # the instance's status (the class attribute is generic)
        self.reason = response.reason_phrase
        error = _error_object(self.json())
        self.error_type: str | None = _str(error.get("type"))
        code = error.get("code")
        self.error_code: int | None = code if isinstance(code, int) and not isinstance(code, bool) else None
        self.error_message: str | None = _str(error.get("message"))

    @property
    def text(self) -> str:
        return self.body

    def json(self) -> Any:
        """The body decoded as JSON, or None if it is empty or not JSON. Never raises."""
        try:
            return json.loads(self.body) if self.body else None
        except (ValueError, RecursionError):
            return None

    @property
    def invalid(self) -> list[str]:
        """Rejected phone numbers (top-level ``invalid``, or ``error.invalid`` as the seed reads it)."""
        body = self.json()
        for source in (body, _error_object(body)):
            found = source.get("invalid") if isinstance(source, dict) else None
            if isinstance(found, list):
                return [str(n) for n in found]
        return []


class InvalidRequestException(ApiException, BadRequestError):
    """400: the parameters provided were invalid."""


class InsufficientBalanceException(ApiException, BadRequestError):
    """400 ``insufficient_credit``: the request costs more than the balance (or the credit limit is reached)."""


class DuplicateIdException(ApiException, BadRequestError):
    """400 ``duplicate_id``: a resource with the same ID already exists."""


class DuplicateValueException(ApiException, BadRequestError):
    """400 ``duplicate_value``: the value must be unique (originator, group name, shortlink, template name)."""


class InvalidPhoneNumberException(ApiException, BadRequestError):
    """400 ``invalid_param`` 1207 / 1210: the phone number(s) provided are not valid (see :attr:`invalid`)."""


class InvalidScopeException(ApiException, BadRequestError):
    """400 ``invalid_scope``: the scope requested does not exist."""


class InvalidPinException(ApiException, BadRequestError):
    """400 ``invalid_pin``: the PIN does not verify."""


class OtpAlreadyVerifiedException(ApiException, BadRequestError):
    """400 ``otp_verified``: the OTP was already verified."""


class OtpExpiredException(ApiException, BadRequestError):
    """400 ``otp_expired``: the OTP has expired."""


class OtpFailedException(ApiException, BadRequestError):
    """400 ``otp_failed``: the maximum number of attempts was reached."""


class OtpCancelledException(ApiException):
    """400 ``otp_cancelled`` (verify) or 403 ``access_denied`` 2030 (cancel): the OTP was cancelled."""


class InvalidCredentialsException(ApiException, AuthenticationError):
    """401: unable to authenticate with the credentials provided."""


class InsufficientScopeException(ApiException, PermissionDeniedError):
    """403 ``insufficient_scope``: the access token's scopes do not cover this resource."""


class NoCoverageException(ApiException, PermissionDeniedError):
    """403 ``no_coverage``: no coverage for the destination requested."""


class AccessDeniedException(ApiException, PermissionDeniedError):
    """403 ``access_denied``: not allowed (locked template, reply window closed, non-scheduled message, ...)."""


class TemplateNotApprovedException(AccessDeniedException):
    """403 ``access_denied`` 1132 / 1133: the Viber / WhatsApp template is not approved or not locked."""


class ChannelNotActiveException(AccessDeniedException):
    """403 ``access_denied`` 1606 / 1608: the channel is not active for the account."""


class OtpActionNotAllowedException(AccessDeniedException):
    """403 ``access_denied`` 2031: only pending OTPs can be cancelled."""


class ResourceNotFoundException(ApiException, NotFoundError):
    """404: the ID of the requested resource was not found."""


class ApiMethodNotAllowedException(ApiException):
    """405: the resource does not support this HTTP method."""


class RateLimitExcedeedException(ApiException, RateLimitError):
    """429: too many calls; ``headers['X-Rate-Limit-Reset']`` (Unix time) / :attr:`reset_at` say when to resume."""


RateLimitExceededException = RateLimitExcedeedException
"""The same class, spelt correctly."""


class ServerErrorException(ApiException, InternalServerError):
    """5xx: something went wrong on SMS.CX's side."""


class ResponseParseException(ResponseParseError, ApiExceptionBase):
    """A 2xx answer whose body is not what the operation documents; the parser's error is ``__cause__``.

    Not an :class:`ApiException` (an error answer) nor an ``APIStatusError``; ``status``, ``reason``, ``body`` and
    ``headers`` are kept as on :class:`ApiException`."""

    body: str  # type: ignore[assignment]  # as on ApiException: 0.1.x's str, not the runtime's bytes

    def __init__(self, response: httpx.Response, message: str | None = None) -> None:
        super().__init__(response, message)
        raw: bytes = self.__dict__["body"]
        self.body = raw.decode(response.encoding or "utf-8", errors="replace")
        self.__dict__["status"] = response.status_code  # the instance's status, as on ApiException
        self.reason = response.reason_phrase


def _error_object(body: Any) -> dict[str, Any]:
    error = body.get("error") if isinstance(body, dict) else None
    return error if isinstance(error, dict) else {}


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


_BY_TYPE_400: dict[str, type[ApiException]] = {
    "insufficient_credit": InsufficientBalanceException,
    "duplicate_id": DuplicateIdException,
    "duplicate_value": DuplicateValueException,
    "otp_verified": OtpAlreadyVerifiedException,
    "otp_cancelled": OtpCancelledException,
    "otp_expired": OtpExpiredException,
    "otp_failed": OtpFailedException,
    "invalid_pin": InvalidPinException,
    "invalid_scope": InvalidScopeException,
}
_ACCESS_DENIED_BY_CODE: dict[int, type[ApiException]] = {
    1132: TemplateNotApprovedException,
    1133: TemplateNotApprovedException,
    1606: ChannelNotActiveException,
    1608: ChannelNotActiveException,
    2030: OtpCancelledException,
    2031: OtpActionNotAllowedException,
}
INVALID_PHONE_NUMBER_CODES = frozenset({1207, 1210})


def exception_class(status: int, error_type: str | None, error_code: int | None) -> type[ApiException]:
    """The class the legacy client raised for ``status`` and the body's ``error.type`` / ``error.code``."""
    if status == 400:
        if error_type in _BY_TYPE_400:
            return _BY_TYPE_400[error_type]
        if error_type == "invalid_param" and error_code in INVALID_PHONE_NUMBER_CODES:
            return InvalidPhoneNumberException
        return InvalidRequestException
    if status == 401:
        return InvalidCredentialsException
    if status == 403:
        if error_type == "no_coverage":
            return NoCoverageException
        if error_type == "access_denied":
            return _ACCESS_DENIED_BY_CODE.get(error_code or 0, AccessDeniedException)
        return InsufficientScopeException
    if status == 404:
        return ResourceNotFoundException
    if status == 405:
        return ApiMethodNotAllowedException
    if status == 429:
        return RateLimitExcedeedException
    if status >= 500:
        return ServerErrorException
    return ApiException


class SmscxErrorMap(ErrorMap):
    """:class:`~switchboard_core.ErrorMap` that also reads the error body's ``type`` and ``code``."""

    def for_response(self, response: httpx.Response) -> APIStatusError:
        try:
            body = json.loads(response.read() or b"null")
        except (ValueError, RecursionError, httpx.HTTPError, httpx.StreamError):  # the invoker reads it first
            body = None
        error = _error_object(body)
        code = error.get("code")
        error_code = code if isinstance(code, int) and not isinstance(code, bool) else None
        return exception_class(response.status_code, _str(error.get("type")), error_code)(response)


ERROR_MAP = SmscxErrorMap(
    by_status={},
    server_error=ServerErrorException,
    fallback=ApiException,
    parse_error=ResponseParseException,
    connection=ApiConnectionException,
    timeout=ApiTimeoutException,
    invalid_request=ApiValueError,
)

__all__ = [
    "AccessDeniedException",
    "ApiAttributeError",
    "ApiConnectionException",
    "ApiException",
    "ApiExceptionBase",
    "ApiKeyError",
    "ApiMethodNotAllowedException",
    "ApiTimeoutException",
    "ApiTypeError",
    "ApiValueError",
    "ChannelNotActiveException",
    "DuplicateIdException",
    "DuplicateValueException",
    "InsufficientBalanceException",
    "InsufficientScopeException",
    "InvalidCredentialsException",
    "InvalidPhoneNumberException",
    "InvalidPinException",
    "InvalidRequestException",
    "InvalidScopeException",
    "NoCoverageException",
    "OpenApiException",
    "OtpActionNotAllowedException",
    "OtpAlreadyVerifiedException",
    "OtpCancelledException",
    "OtpExpiredException",
    "OtpFailedException",
    "RateLimitExcedeedException",
    "RateLimitExceededException",
    "ResourceNotFoundException",
    "ResponseParseException",
    "ServerErrorException",
    "TemplateNotApprovedException",
    "exception_class",
]

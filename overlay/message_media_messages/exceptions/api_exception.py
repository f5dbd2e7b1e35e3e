"""MessageMedia errors: the seed's ``APIException`` at the root of every error a call raises.

One subclass per status family, one for an answer that cannot be parsed, one for no answer at all
(:class:`ConnectionException`, :class:`TimeoutException`) and one for input refused before sending
(:class:`InvalidInputException`). Each also derives from the shared runtime's matching class, so
``except NotFoundError`` / ``APIConnectionError`` / ``ValueError`` work as well as ``except APIException``.
1.1.0 sent through requests, whose connection failures and timeouts callers caught as
``requests.exceptions.ConnectionError`` / ``Timeout``: with requests imported, :class:`ConnectionException` and
:class:`TimeoutException` are those classes too (``switchboard_core.requests_errors.RequestsCompatible``).
"""

from __future__ import annotations

from switchboard_core import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ErrorMap,
    InternalServerError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
    UnprocessableEntityError,
)
from switchboard_core.requests_errors import RequestsCompatible


class APIException(APIError):
    """Any error of a MessageMedia call (1.1.0's one class): ``except APIException`` catches them all."""

    @property
    def response_code(self) -> int | None:
        """The HTTP status, under the attribute name 1.1.0 used (None: no answer came)."""
        return self.status_code


class ConnectionException(APIException, APIConnectionError, RequestsCompatible):
    """No answer: the connection failed or broke (with requests imported, also a
    ``requests.exceptions.ConnectionError``, as 1.1.0 raised)."""

    _requests_base = "ConnectionError"


class TimeoutException(ConnectionException, APITimeoutError):
    """No answer in time (with requests imported, also a ``requests.exceptions.Timeout``)."""

    _requests_base = "Timeout"


class InvalidInputException(APIException, InvalidRequestError):
    """Input refused before anything was sent (a ``ValueError``), naming the field."""

    @classmethod
    def from_error(cls, error: InvalidRequestError) -> InvalidInputException:
        """This class for input the runtime refused (the message kept)."""
        return error if isinstance(error, InvalidInputException) else cls(str(error))


class UnexpectedStatusException(APIException, APIStatusError):
    """An unsuccessful status without a more specific class."""


class BadRequestException(APIException, BadRequestError):
    """400: the request was invalid; for a send, no message in the batch was sent."""


class AuthenticationException(APIException, AuthenticationError):
    """401: missing or wrong API key / secret, or a bad HMAC signature."""


class PermissionDeniedException(APIException, PermissionDeniedError):
    """403: the feature is not enabled for the account, or the ``account_header`` is invalid."""


class NotFoundException(APIException, NotFoundError):
    """404: unknown message id."""


class ConflictException(APIException, ConflictError):
    """409."""


class UnprocessableEntityException(APIException, UnprocessableEntityError):
    """422."""


class RateLimitException(APIException, RateLimitError):
    """429: too many requests; ``retry_after`` / ``reset_at`` say when to try again."""


class ServerErrorException(APIException, InternalServerError):
    """5xx from MessageMedia (retried automatically for idempotent requests before it is raised)."""


class ResponseParseException(ResponseParseError, APIException):
    """A success response whose body could not be parsed; the parser's exception is ``__cause__``."""


SendMessages400ResponseException = BadRequestException
"""The 2.x name of the send endpoint's 400 error."""

ERROR_MAP = ErrorMap(
    by_status={
        400: BadRequestException,
        401: AuthenticationException,
        403: PermissionDeniedException,
        404: NotFoundException,
        409: ConflictException,
        422: UnprocessableEntityException,
        429: RateLimitException,
    },
    server_error=ServerErrorException,
    fallback=UnexpectedStatusException,
    parse_error=ResponseParseException,
    connection=ConnectionException,
    timeout=TimeoutException,
    invalid_request=InvalidInputException,
)

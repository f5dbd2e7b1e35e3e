"""MessageMedia errors: the seed's ``APIException`` at the root, one subclass per status family.

Each class also derives from the shared runtime's matching class, so ``except NotFoundError`` and
``except APIException`` both work. Connection failures and timeouts raise the runtime's
``APIConnectionError`` / ``APITimeoutError`` (no response exists to build an ``APIException`` from).
"""

from __future__ import annotations

from switchboard_core import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ErrorMap,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseError,
    ResponseParseError,
    UnprocessableEntityError,
)


class APIException(ResponseError):
    """Any error answer from the MessageMedia API (the 1.1.0 class name): an unsuccessful status (each also an
    ``APIStatusError``) or a success whose body cannot be parsed (:class:`ResponseParseException`)."""

    @property
    def response_code(self) -> int:
        """The HTTP status, under the attribute name 1.1.0 used."""
        return self.response.status_code


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
)

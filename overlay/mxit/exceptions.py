"""Mxit errors: the seed's ``MxitAPIException`` at the root, in the shared hierarchy.

``MxitAPIException`` derives from :class:`switchboard_core.APIError` (``status_code``, ``headers``, ``body``,
``text``, ``json()``); each status class also derives from the shared class for that status, so
``except NotFoundError`` and ``except MxitAPIException`` both catch a 404. ``MxitAPIParameterException`` is bad
input (or a user token that was never obtained), raised before anything is sent; it is also a ``ValueError``,
which is what python-mxit raised when an upload had no data.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import httpx

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
from switchboard_core.auth import MissingTokenError
from switchboard_core.requests_errors import RequestsCompatible


class MxitAPIException(APIError):
    """Any error from the Mxit API or its OAuth server (python-mxit's class name)."""

    @property
    def code(self) -> int | None:
        """The HTTP status (python-mxit put it in ``args[1]["code"]``); None when there was no response."""
        return self.status_code

    @property
    def response_body(self) -> bytes:
        """The raw body of the error response (python-mxit's ``args[1]["response"]``)."""
        return self.body


class MxitAPIParameterException(MxitAPIException, InvalidRequestError):
    """Bad or missing input, detected before anything is sent (e.g. no authorization code for a user token)."""


class MxitConnectionException(MxitAPIException, APIConnectionError, RequestsCompatible):
    """No usable answer: the connection failed or broke (``status_code`` is None). python-mxit sent through
    requests: with requests imported, this is also a ``requests.exceptions.ConnectionError``, as it raised."""

    _requests_base = "ConnectionError"


class MxitTimeoutException(MxitConnectionException, APITimeoutError):
    """No answer in time (with requests imported, also a ``requests.exceptions.Timeout``)."""

    _requests_base = "Timeout"


class MxitAPIStatusException(MxitAPIException, APIStatusError):
    """An unsuccessful status without a more specific class.

    ``args`` are python-mxit's, ``("Unexpected HTTP Status: <code>", {"response": <raw body>, "code": <code>})``, so
    ``exc.args[1]["code"]`` keeps working; ``str(exc)`` names the status, the request and a snippet of the body.
    A token endpoint failure keeps its one message, ``Failed to retrieve app token for '<scope>' scope: ...``.
    """

    def __init__(self, response: httpx.Response, message: str | None = None) -> None:
        super().__init__(response, message)
        self._message = super().__str__()
        if message is None and not isinstance(self, ResponseParseError):  # not a token failure, not a 2xx
            self.args = (
                f"Unexpected HTTP Status: {self.status_code}",
                {"response": self.body, "code": self.status_code},
            )

    def __str__(self) -> str:
        return self._message


class MxitBadRequestException(MxitAPIStatusException, BadRequestError):
    """400: the API (or the OAuth server: invalid code, scope or grant) refused the request."""


class MxitAPIAuthException(MxitAPIStatusException, AuthenticationError):
    """401: unknown or expired token, or wrong client credentials at the token endpoint."""


class MxitPermissionDeniedException(MxitAPIStatusException, PermissionDeniedError):
    """403: the token was not granted the scope the operation needs."""


class MxitNotFoundException(MxitAPIStatusException, NotFoundError):
    """404: no such user, folder or file."""


class MxitConflictException(MxitAPIStatusException, ConflictError):
    """409: the folder or file name is taken."""


class MxitUnprocessableEntityException(MxitAPIStatusException, UnprocessableEntityError):
    """422."""


class MxitRateLimitException(MxitAPIStatusException, RateLimitError):
    """429: too many requests (``retry_after`` / ``reset_at``)."""


class MxitServerErrorException(MxitAPIStatusException, InternalServerError):
    """5xx (retried automatically for idempotent requests before it is raised)."""


class MxitResponseParseException(ResponseParseError, MxitAPIException):
    """A success response whose body was not what the operation returns; the cause is chained (not a status
    error: ``except APIStatusError`` does not catch it)."""


ERROR_MAP = ErrorMap(
    by_status={
        400: MxitBadRequestException,
        401: MxitAPIAuthException,
        403: MxitPermissionDeniedException,
        404: MxitNotFoundException,
        409: MxitConflictException,
        422: MxitUnprocessableEntityException,
        429: MxitRateLimitException,
    },
    server_error=MxitServerErrorException,
    fallback=MxitAPIStatusException,
    parse_error=MxitResponseParseException,
    connection=MxitConnectionException,
    timeout=MxitTimeoutException,
    invalid_request=MxitAPIParameterException,
)


@contextmanager
def _parameter_errors() -> Iterator[None]:
    """The runtime's input errors (:class:`InvalidRequestError`) as python-mxit's ``MxitAPIParameterException``."""
    try:
        yield
    except (InvalidRequestError, MissingTokenError) as exc:  # check(), ScopeRequirement, retry_policy; no user token
        raise MxitAPIParameterException(str(exc)) from None


__all__ = [
    "ERROR_MAP",
    "MxitAPIAuthException",
    "MxitAPIException",
    "MxitAPIParameterException",
    "MxitAPIStatusException",
    "MxitBadRequestException",
    "MxitConflictException",
    "MxitConnectionException",
    "MxitNotFoundException",
    "MxitPermissionDeniedException",
    "MxitRateLimitException",
    "MxitResponseParseException",
    "MxitServerErrorException",
    "MxitTimeoutException",
    "MxitUnprocessableEntityException",
]

"""Vumi Go errors: go-http's ``JsonRpcException``, ``UserOptedOutException`` and ``PagedException``, and one class
per HTTP status family where go-http raised ``requests.exceptions.HTTPError``.

Every HTTP error derives from :class:`GoHttpError` (alias :data:`HTTPError`) and from the shared runtime's
matching class (``except NotFoundError`` works as well as ``except NotFoundException``); ``.response`` is the
``httpx.Response``, ``.status_code``, ``.headers`` and ``.body`` are kept. Bad input raises
:class:`~switchboard_core.InvalidRequestError` (a ``ValueError``, as go-http's own checks were) before sending;
connection failures and timeouts raise :class:`ConnectionException` / :class:`TimeoutException` (the runtime's
``APIConnectionError`` / ``APITimeoutError``); a 2xx answer that breaks the documented schema raises
:class:`ResponseParseException` (a ``ValueError``). With requests imported, each is also the ``requests.exceptions``
class go-http raised (``switchboard_core.requests_errors.RequestsCompatible``).
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
    ConflictError,
    ErrorMap,
    InternalServerError,
    InvalidRequestError,
    JsonRpcFault,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseParseError,
    SwitchboardError,
    UnprocessableEntityError,
)
from switchboard_core.requests_errors import RequestsCompatible


class GoHttpError(APIStatusError, RequestsCompatible):
    """Any error response from a Vumi Go API. go-http raised ``requests.exceptions.HTTPError``: with requests
    imported this is one too, so ``except requests.exceptions.HTTPError as err: err.response.status_code`` keeps
    working (``response`` is the ``httpx.Response``: ``status_code``, ``headers``, ``text``, ``json()``)."""

    _requests_base = "HTTPError"


class ConnectionException(APIConnectionError, RequestsCompatible):
    """No answer: the connection failed or broke (with requests imported, a ``requests.exceptions.ConnectionError``,
    as go-http raised)."""

    _requests_base = "ConnectionError"


class TimeoutException(ConnectionException, APITimeoutError):
    """No answer in time (with requests imported, also a ``requests.exceptions.Timeout``)."""

    _requests_base = "Timeout"


HTTPError = GoHttpError
"""go-http callers caught ``requests.exceptions.HTTPError``; this is the closest name."""


class BadRequestException(GoHttpError, BadRequestError):
    """400: the request was refused (invalid fields, cursor or metric name)."""


class AuthenticationException(GoHttpError, AuthenticationError):
    """401: no credentials (or, for the conversation API, a wrong account key or conversation token)."""


class PermissionDeniedException(GoHttpError, PermissionDeniedError):
    """403: the access token is not valid."""


class NotFoundException(GoHttpError, NotFoundError):
    """404: no such contact, group, conversation or opt-out."""


class ConflictException(GoHttpError, ConflictError):
    """409: e.g. the address has already opted out."""


class UnprocessableEntityException(GoHttpError, UnprocessableEntityError):
    """422."""


class RateLimitException(GoHttpError, RateLimitError):
    """429; ``retry_after`` / ``reset_at`` say when to try again."""


class ServerErrorException(GoHttpError, InternalServerError):
    """5xx (idempotent requests are retried before this is raised)."""


class ResponseParseException(ResponseParseError, ValueError):
    """A success response whose body is not what the API documents (the parser's exception is ``__cause__``): a
    ``ValueError``, as go-http's decoding of an answer that was not JSON raised (reference §1.2)."""


class ContactNotFoundException(NotFoundException, IndexError):
    """``get_contact(field=value)`` found no contact: a 404, or an empty match, where go-http raised IndexError
    (so ``except IndexError`` keeps working, as does ``except requests.exceptions.HTTPError``)."""

    def __init__(
        self, response: httpx.Response, message: str | None = None, *, field: str = "", value: str = ""
    ) -> None:
        super().__init__(response, message)
        self.field = field
        self.value = value


def _stand_in(status: int, body: Any) -> httpx.Response:
    """A response for an exception built by hand (go-http's constructors took no response)."""
    request = httpx.Request("GET", "https://go.vumi.org/")
    return httpx.Response(status, content=json.dumps(body).encode(), request=request)


class JsonRpcException(GoHttpError):
    """The account API answered with a JSON-RPC fault (HTTP 200).

    ``fault_code`` / ``fault_string`` (also ``code`` / ``message``) carry the fault's code and message whichever shape
    it came in: legacy ``{"fault", "faultCode", "faultString"}`` or JSON-RPC 2.0 ``{"code", "message", "data"}``.
    ``fault`` is the legacy fault name (``None`` for a 2.0 error), ``data`` the 2.0 error's data.
    """

    def __init__(
        self,
        fault: str | None,
        fault_code: int | None,
        fault_string: str,
        *,
        response: httpx.Response | None = None,
        data: Any = None,
    ) -> None:
        if response is None:
            body = {"error": {"fault": fault, "faultCode": fault_code, "faultString": fault_string}}
            response = _stand_in(200, body)
        super().__init__(response, fault_string)
        self.fault = fault
        self.fault_code = fault_code
        self.fault_string = fault_string
        self.data = data

    @property
    def code(self) -> int | None:
        """The fault's code (``faultCode`` or JSON-RPC 2.0 ``code``); ``message`` is its text."""
        return self.fault_code

    def __str__(self) -> str:
        return f"JSON-RPC fault {self.fault_code}: {self.fault_string}"

    @classmethod
    def from_fault(cls, fault: JsonRpcFault, response: httpx.Response) -> JsonRpcException:
        return cls(fault.fault, fault.code, fault.message, response=response, data=fault.data)


class UserOptedOutException(BadRequestException):
    """The recipient has opted out: the conversation API refused the message (400, ``reason`` says "opted out").

    ``to_addr`` and ``message`` are what was sent, ``reason`` the API's explanation (go-http's attributes).
    ``str(exc)`` is the reason; the HTTP details are on ``status_code``, ``body`` and ``response``.
    """

    def __init__(
        self, to_addr: str, message: str | None, reason: str, *, response: httpx.Response | None = None
    ) -> None:
        if response is None:
            response = _stand_in(400, {"success": False, "reason": reason})
        super().__init__(response, reason)
        self.to_addr = to_addr
        self.message = message  # type: ignore[assignment]  # go-http's attribute: the content that was sent
        self.reason = reason

    def __str__(self) -> str:
        return self.reason


class PagedException(SwitchboardError):
    """A page after the first failed while iterating ``contacts()`` / ``group_contacts()``.

    ``cursor`` is the cursor of the page that failed: call again with ``start_cursor=exc.cursor`` to resume there.
    ``error`` is the underlying exception (also ``__cause__``).
    """

    def __init__(self, cursor: Any, error: Exception) -> None:
        super().__init__(cursor, error)
        self.cursor = cursor
        self.error = error

    def __repr__(self) -> str:
        return f"<PagedException cursor={self.cursor!r} error={self.error!r}>"

    def __str__(self) -> str:
        """As go-http's: ``<PagedException cursor='c1' error=...>``."""
        return repr(self)


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
    fallback=GoHttpError,
    parse_error=ResponseParseException,
    fault=JsonRpcException.from_fault,
    connection=ConnectionException,
    timeout=TimeoutException,
)

__all__ = [
    "ERROR_MAP",
    "APIConnectionError",
    "APITimeoutError",
    "AuthenticationException",
    "BadRequestException",
    "ConflictException",
    "ConnectionException",
    "ContactNotFoundException",
    "GoHttpError",
    "HTTPError",
    "InvalidRequestError",
    "JsonRpcException",
    "NotFoundException",
    "PagedException",
    "PermissionDeniedException",
    "RateLimitException",
    "ResponseParseException",
    "ServerErrorException",
    "TimeoutException",
    "UnprocessableEntityException",
    "UserOptedOutException",
]

"""PyTweet's exceptions on the shared runtime's classes.

``PytweetException`` is the root (a :class:`switchboard_core.SwitchboardError`). Error responses raise
``HTTPException`` subclasses, which are also the runtime's status classes (``Unauthorized`` is an
``AuthenticationError``, ``TooManyRequests`` a ``RateLimitError`` with ``reset_at``), with ``status_code``,
``body``, ``headers`` and the response (``res``) filled in. A 200 whose first error says "Could not find"
(and that carries no data) raises ``NotFoundError``, an ``APIException``.
"""

from __future__ import annotations

import json
from typing import Any

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
    PermissionDeniedError,
    RateLimitError,
    RequestInfo,
    ResponseParseError,
    SwitchboardError,
    redact_response_request,
)
from switchboard_core import NotFoundError as _RuntimeNotFound
from switchboard_core.requests_errors import RequestsCompatible


class PytweetException(SwitchboardError):
    """The base class of every exception pytweet raises."""

    message: str

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message)
        self.message = str(message)

    def __str__(self) -> str:
        return self.message


class InvalidRequest(PytweetException, InvalidRequestError):
    """Bad input, refused before anything is sent (also a ``ValueError``)."""


class InvalidType(InvalidRequest, TypeError):
    """An argument of the wrong type, refused before anything is sent (also a ``TypeError``, as in 1.3.6)."""


class UnKnownSpaceState(InvalidRequest):
    """``fetch_space_by_title`` was given a state that is not a ``SpaceState`` member."""

    def __init__(self, given: object) -> None:
        super().__init__(f"Unknown state passed: {given!r}. Use SpaceState.live or SpaceState.scheduled")
        self.given = given


def _detail(body: Any) -> str | None:
    """The message PyTweet shows for an error body: ``errors[0].message`` / ``.detail``, else ``detail``."""
    if not isinstance(body, dict):
        return None
    errors = body.get("errors")
    if isinstance(errors, list) and errors and isinstance(errors[0], dict):
        first = errors[0]
        return str(first.get("message") or first.get("detail") or "") or None
    detail = body.get("detail") or body.get("title")
    return str(detail) if detail else None


class HTTPException(PytweetException, APIStatusError):
    """An error response. ``str(exc)`` reads ``Request returned an Exception (status code: N): <detail>``.

    ``HTTPException(response=None, message=None)`` is 1.3.6's documented form: code may raise one itself, without
    a response (``status_code``, ``res`` and, for ``TooManyRequests``, ``reset_at`` are then None)."""

    response: httpx.Response | None  # type: ignore[assignment]  # None only when raised by hand, without an answer

    def __init__(self, response: httpx.Response | None = None, message: str | None = None) -> None:
        if response is None:
            APIError.__init__(self, str(message))
            self.response = None
        else:
            super(PytweetException, self).__init__(response, message)  # the runtime class (RateLimitError: reset_at)
            if message is None:
                detail = _detail(self.json()) or self.default_detail or self.text.strip() or None
                self.message = f"Request returned an Exception (status code: {response.status_code}): {detail}"
        self.args = (self.message,)

    default_detail: str | None = None

    @property
    def res(self) -> httpx.Response | None:
        """The response (PyTweet 1.3.6's attribute name); None for an exception raised without one."""
        return self.response


class BadRequests(HTTPException, BadRequestError):
    """400."""


class Unauthorized(HTTPException, AuthenticationError):
    """401: the credentials are invalid, or the call needs user context (OAuth 1.0a)."""

    default_detail = "Unauthorized to do that action!"


class Forbidden(HTTPException, PermissionDeniedError):
    """403."""

    default_detail = "Forbidden to do that action."


class NotFound(HTTPException, _RuntimeNotFound):
    """404."""

    default_detail = "Not Found!"


class Conflict(HTTPException, ConflictError):
    """409."""


class TooManyRequests(HTTPException, RateLimitError):
    """429: ``reset_at`` is when the window resets (from ``x-rate-limit-reset``); ``retry_after`` in seconds."""

    def __init__(self, response: httpx.Response | None = None, message: str | None = None) -> None:
        super().__init__(response, message)
        if response is None:  # raised by hand: no answer, so no reset time
            self.retry_after = None
            self.reset_at = None


class ServerError(HTTPException, InternalServerError):
    """5xx (retried for idempotent requests before it is raised)."""


class ParseError(PytweetException, ResponseParseError):
    """A success answer that breaks the documented schema; the parser's exception is ``__cause__`` (not an
    ``HTTPException``, which is an error answer)."""

    def __init__(self, response: httpx.Response, message: str | None = None) -> None:
        ResponseParseError.__init__(self, response, message)
        self.args = (self.message,)

    @property
    def res(self) -> httpx.Response:
        """The response (PyTweet 1.3.6's attribute name)."""
        return self.response


class NetworkError(PytweetException, APIConnectionError, RequestsCompatible):
    """No usable answer: the connection failed or broke (``status_code`` is None). 1.3.6 let ``requests``'
    exceptions through: with requests imported this is also a ``requests.exceptions.ConnectionError``, so
    ``except requests.exceptions.RequestException`` keeps working."""

    _requests_base = "ConnectionError"

    def __init__(
        self,
        message: str,
        *,
        request: RequestInfo | None = None,
        status_code: int | None = None,
        headers: httpx.Headers | None = None,
        body: bytes = b"",
    ) -> None:
        APIError.__init__(self, message, request=request, status_code=status_code, headers=headers, body=body)


class NetworkTimeout(NetworkError, APITimeoutError):
    """No answer in time (with requests imported, also a ``requests.exceptions.Timeout``)."""

    _requests_base = "Timeout"


class APIException(PytweetException, APIError):
    """A 200 answer that carries an error. ``str(exc)`` reads ``API returned an Exception: <detail>``."""

    def __init__(self, response: httpx.Response | None = None, message: str = "No Error Message Provided") -> None:
        text = f"API returned an Exception: {message}"
        body = response.content if response is not None else b""
        status = response.status_code if response is not None else None
        headers = response.headers if response is not None else None
        APIError.__init__(self, text, status_code=status, headers=headers, body=body)
        self.args = (text,)
        if response is not None:
            redact_response_request(response)  # the request kept here carries no credential
        self.response = response

    @property
    def res(self) -> httpx.Response | None:
        return self.response


class NotFoundError(APIException):
    """A 200 whose first error says "Could not find" and that has no data."""


def partial_errors(payload: dict[str, Any]) -> list[dict[str, Any]]:
    errors = payload.get("errors")
    return [e for e in errors if isinstance(e, dict)] if isinstance(errors, list) else []


def raise_for_partial(response: httpx.Response | None, payload: dict[str, Any]) -> None:
    """PyTweet's check of a 200 answer: "Could not find" as the first error raises ``NotFoundError``, unless
    the answer also has ``data`` (1.3.6 dropped it; reference §10.9). Other partial errors are ignored."""
    errors = partial_errors(payload)
    if not errors or payload.get("data") not in (None, [], {}):
        return
    detail = str(errors[0].get("detail") or errors[0].get("message") or "")
    if detail.startswith("Could not find"):
        raise NotFoundError(response, str(errors[0].get("message") or detail or "Not Found!"))


ERROR_MAP = ErrorMap(
    by_status={400: BadRequests, 401: Unauthorized, 403: Forbidden, 404: NotFound, 409: Conflict, 429: TooManyRequests},
    server_error=ServerError,
    fallback=HTTPException,
    parse_error=ParseError,
    connection=NetworkError,
    timeout=NetworkTimeout,
    invalid_request=InvalidRequest,
)


def body_json(error: APIError) -> Any:
    """The error's body as JSON (None if it is not JSON)."""
    try:
        return json.loads(error.body) if error.body else None
    except ValueError:
        return None


__all__ = [
    "ERROR_MAP",
    "APIException",
    "BadRequests",
    "Conflict",
    "Forbidden",
    "HTTPException",
    "InvalidRequest",
    "InvalidType",
    "NetworkError",
    "NetworkTimeout",
    "NotFound",
    "NotFoundError",
    "ParseError",
    "PytweetException",
    "ServerError",
    "TooManyRequests",
    "UnKnownSpaceState",
    "Unauthorized",
]

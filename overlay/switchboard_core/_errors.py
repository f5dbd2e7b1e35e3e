"""The error hierarchy every provider client raises (and subclasses), and the status -> class mapping.

Messages and reprs only ever contain redacted URLs; request headers are never included.
Providers subclass with multiple inheritance, e.g. ``class NotFound(ProviderError, NotFoundError)``;
every ``__init__`` of one branch keeps the same signature, so that is safe.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any, ClassVar, Self

import httpx

from ._redact import redact_exception_chain, redact_reason, redact_response_request, redact_url, request_secrets
from ._retry import attempts_made, parse_epoch, parse_retry_after

_SNIPPET_CHARS = 300
_clock: Callable[[], float] = time.time
"""Wall clock for :class:`RateLimitError` (tests replace it)."""


class SwitchboardError(Exception):
    """Base class of everything our clients raise."""


class InvalidRequestError(SwitchboardError, ValueError):
    """Bad caller input, detected before anything is sent."""


class InvalidRequestTypeError(InvalidRequestError, TypeError):
    """Bad caller input of the wrong type (a facade may map it to its own ``TypeError`` class)."""


@dataclass(frozen=True)
class RequestInfo:
    """What was sent, safe to show: method and redacted URL (redacted again on construction)."""

    method: str
    url: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "url", redact_url(self.url))

    def __str__(self) -> str:
        return f"{self.method} {self.url}"

    @classmethod
    def from_request(cls, request: httpx.Request) -> RequestInfo:
        return cls(request.method, redact_url(request.url))


def _snippet(text: str, limit: int = _SNIPPET_CHARS) -> str:
    """``text`` on one line, cut to ``limit`` characters."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class APIError(SwitchboardError):
    """A request was attempted and failed: no usable response, or an unsuccessful one."""

    def __init__(
        self,
        message: str,
        *,
        request: RequestInfo | None = None,
        status_code: int | None = None,
        headers: httpx.Headers | None = None,
        body: bytes = b"",
    ) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.status_code = status_code
        self.headers = headers if headers is not None else httpx.Headers()
        self.body = body

    def __str__(self) -> str:
        return self.message

    @property
    def text(self) -> str:
        """The body decoded as UTF-8, undecodable bytes replaced."""
        return self.body.decode("utf-8", errors="replace")

    def json(self) -> Any:
        """The body decoded as JSON, or None if it is empty or not JSON. Never raises."""
        try:
            return json.loads(self.body) if self.body else None
        except (ValueError, RecursionError):
            return None


class APIConnectionError(APIError):
    """No response: the connection failed or broke (``status_code`` is None)."""


class APITimeoutError(APIConnectionError):
    """No response in time (connect, read, write or pool timeout)."""


def _read_body(response: httpx.Response) -> bytes:
    try:
        return response.content
    except httpx.ResponseNotRead:
        pass
    try:
        return response.read()
    except (httpx.HTTPError, RuntimeError):  # stream consumed/closed, async stream, broken connection
        return b""


def _request_info(response: httpx.Response) -> RequestInfo | None:
    try:
        return RequestInfo.from_request(response.request)
    except RuntimeError:  # a response built without a request
        return None


class ResponseError(APIError):
    """An error about an answer the server sent: ``response`` is kept, with its status, headers and raw body.

    Its request (``response.request``) is a redacted copy: credential headers and parameters read ``REDACTED``.
    """

    status: ClassVar[int | None] = None
    """The status this class stands for (None: several)."""

    def __init__(self, response: httpx.Response, message: str | None = None) -> None:
        request = _request_info(response)
        body = _read_body(response)
        if message is None:
            message = f"{response.status_code} {response.reason_phrase}".strip()
            if request is not None:
                message += f" for {request}"
            if snippet := _snippet(body.decode("utf-8", errors="replace")):
                message += f": {snippet}"
        super().__init__(
            message, request=request, status_code=response.status_code, headers=response.headers, body=body
        )
        redact_response_request(response)
        self.response = response


class APIStatusError(ResponseError):
    """The server answered with an unsuccessful status; ``response`` is kept."""


class BadRequestError(APIStatusError):
    status = 400


class AuthenticationError(APIStatusError):
    status = 401


class PermissionDeniedError(APIStatusError):
    status = 403


class NotFoundError(APIStatusError):
    status = 404


class ConflictError(APIStatusError):
    status = 409


class UnprocessableEntityError(APIStatusError):
    status = 422


class RateLimitError(APIStatusError):
    """429. ``retry_after``: seconds from ``Retry-After``; ``reset_at``: when the limit resets (UTC)."""

    status = 429
    reset_headers: ClassVar[tuple[str, ...]] = ("X-Rate-Limit-Reset", "X-RateLimit-Reset")

    def __init__(self, response: httpx.Response, message: str | None = None) -> None:
        super().__init__(response, message)
        now = _clock()
        self.retry_after: float | None = parse_retry_after(self.headers.get("Retry-After"), now)
        reset = next((e for name in self.reset_headers if (e := parse_epoch(self.headers.get(name))) is not None), None)
        if reset is None and self.retry_after is not None:
            reset = now + self.retry_after
        self.reset_at: datetime | None = _utc(reset)


def _utc(epoch: float | None) -> datetime | None:
    try:
        return None if epoch is None else datetime.fromtimestamp(epoch, UTC)
    except (OverflowError, ValueError, OSError):
        return None


class InternalServerError(APIStatusError):
    """Any status >= 500."""


class ResponseParseError(ResponseError):
    """A successful answer whose body could not be read or parsed into the expected type (cause chained).

    Not an :class:`APIStatusError`: ``except APIStatusError`` does not catch it."""

    @classmethod
    def from_exception(cls, response: httpx.Response, exc: BaseException) -> Self:
        """The error for ``exc`` raised by a parser (or a decoder), with its repr in the message and set as
        ``__cause__``."""
        request = _request_info(response)
        where = f" to {request}" if request is not None else ""
        error = cls(response, f"could not parse the {response.status_code} response{where}: {_snippet(repr(exc))}")
        error.__cause__ = exc
        return error


@dataclass(frozen=True)
class ErrorMap:
    """Which :class:`APIStatusError` subclass a provider raises for each status."""

    by_status: Mapping[int, type[APIStatusError]]
    server_error: type[APIStatusError]
    """For statuses >= 500 missing from ``by_status``."""
    fallback: type[APIStatusError]
    """For every other status missing from ``by_status``."""
    parse_error: type[ResponseParseError]
    fault: Callable[[Any, httpx.Response], APIStatusError] | None = None
    """The error for a fault inside a 2xx answer (a parser raised :class:`FaultAnswer`, e.g. a JSON-RPC error)."""
    connection: type[APIConnectionError] = APIConnectionError
    """For a request that got no usable answer (connection, protocol, redirect or stream failure)."""
    timeout: type[APITimeoutError] = APITimeoutError
    """For a request that got no answer in time."""
    invalid_request: type[InvalidRequestError] = InvalidRequestError
    """For a request httpx refuses to build (a URL too long or not printable, a header value it cannot encode)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_status", MappingProxyType(dict(self.by_status)))

    def for_response(self, response: httpx.Response) -> APIStatusError:
        """The error for an unsuccessful ``response``: exact status, else server error (>= 500), else fallback."""
        status = response.status_code
        cls = self.by_status.get(status) or (self.server_error if status >= 500 else self.fallback)
        return cls(response)

    def for_fault(self, fault: Any, response: httpx.Response) -> APIStatusError:
        """The error for a fault a parser found in a 2xx ``response``."""
        return self.fault(fault, response) if self.fault is not None else self.fallback(response, str(fault))


class FaultAnswer(Exception):  # not an error of ours: a parser's signal to the invoker
    """Raised by a parser: the 2xx answer carries an error (``fault``); the invoker raises ``ErrorMap.for_fault``."""

    def __init__(self, fault: Any) -> None:
        super().__init__(fault)
        self.fault = fault


DEFAULT_ERROR_MAP = ErrorMap(
    by_status={
        cls.status: cls
        for cls in (
            BadRequestError,
            AuthenticationError,
            PermissionDeniedError,
            NotFoundError,
            ConflictError,
            UnprocessableEntityError,
            RateLimitError,
        )
        if cls.status is not None
    },
    server_error=InternalServerError,
    fallback=APIStatusError,
    parse_error=ResponseParseError,
)


def connection_error(
    exc: httpx.HTTPError | httpx.StreamError, request: httpx.Request | None, errors: ErrorMap = DEFAULT_ERROR_MAP
) -> APIConnectionError:
    """The ``errors.connection`` error (``errors.timeout`` for timeouts) for an httpx error that left no answer.

    The message names the redacted request, how many attempts were made (when a retry transport sent it), the
    exception type and its text with the request's URL and credentials redacted, e.g. ``GET https://h.example/x
    failed after 3 attempts: ConnectError: [Errno 111] Connection refused``. Chain ``exc`` with ``raise ... from``;
    the credentials the request carries are redacted in ``exc``'s own text and chain, and its ``request`` becomes a
    redacted copy.
    """
    if request is None and isinstance(exc, httpx.RequestError):
        try:
            request = exc.request
        except RuntimeError:
            request = None
    info = RequestInfo.from_request(request) if request is not None else None
    timed_out = isinstance(exc, httpx.TimeoutException)
    cls = errors.timeout if timed_out else errors.connection
    outcome = "timed out" if timed_out else "failed"
    attempts = attempts_made(exc) if isinstance(exc, httpx.HTTPError) else None
    if attempts is not None:
        outcome += f" after {attempts} attempt{'s' if attempts != 1 else ''}"
    reason = redact_reason(exc, request)
    why = f"{type(exc).__name__}: {reason}" if reason else type(exc).__name__
    if request is not None:
        redact_exception_chain(exc, request_secrets(request))
    return cls(f"{info or 'request'} {outcome}: {why}", request=info)


def invalid_request(exc: Exception, errors: ErrorMap = DEFAULT_ERROR_MAP) -> InvalidRequestError:
    """``errors.invalid_request`` for a request httpx refused to build (``exc``: ``httpx.InvalidURL``, a
    ``UnicodeEncodeError`` of a header value); the message names the problem, never the value."""
    if isinstance(exc, httpx.InvalidURL):
        reason = str(exc) if len(str(exc)) <= 80 else "invalid URL"
        return errors.invalid_request(f"the request URL cannot be sent: {reason}")
    return errors.invalid_request(f"the request cannot be sent: {type(exc).__name__}")

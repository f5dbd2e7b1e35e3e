"""The error hierarchy, status mapping, messages and their redaction."""

from __future__ import annotations

import email.utils
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from switchboard_core import (
    DEFAULT_ERROR_MAP,
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    Call,
    ClientSettings,
    ConflictError,
    ErrorMap,
    InternalServerError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestInfo,
    ResponseParseError,
    RetryPolicy,
    SwitchboardError,
    SyncInvoker,
    UnprocessableEntityError,
    _errors,
    build_http_client,
    connection_error,
)

SECRET = "sk-live-0123456789"
NOW = 1_700_000_000.0


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_errors, "_clock", lambda: NOW)


def respond(
    status: int,
    body: bytes | str = b"",
    *,
    headers: dict[str, str] | None = None,
    method: str = "GET",
    url: str = "https://api.example.com/v1/x",
) -> httpx.Response:
    content = body.encode() if isinstance(body, str) else body
    return httpx.Response(status, content=content, headers=headers, request=httpx.Request(method, url))


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (418, APIStatusError),
    ],
)
def test_default_error_map_picks_the_class(status: int, cls: type[APIStatusError]) -> None:
    error = DEFAULT_ERROR_MAP.for_response(respond(status, '{"message": "m"}'))
    assert type(error) is cls
    assert isinstance(error, APIError | SwitchboardError)
    assert error.status_code == status
    assert error.json() == {"message": "m"}
    assert cls.status in (status, None)


def test_status_error_message_and_attributes() -> None:
    response = respond(404, '{"message": "no such message"}', headers={"X-Request-Id": "r1"})
    error = DEFAULT_ERROR_MAP.for_response(response)
    assert str(error) == error.message
    assert str(error) == '404 Not Found for GET https://api.example.com/v1/x: {"message": "no such message"}'
    assert error.request == RequestInfo("GET", "https://api.example.com/v1/x")
    assert error.headers["x-request-id"] == "r1"
    assert error.body == b'{"message": "no such message"}'
    assert error.text == '{"message": "no such message"}'
    assert isinstance(error, APIStatusError)
    assert error.response is response


def test_html_502_body_is_single_lined_and_not_json() -> None:
    html = "<html>\n  <head><title>502 Bad Gateway</title></head>\n  <body>nginx</body>\n</html>\n"
    error = DEFAULT_ERROR_MAP.for_response(respond(502, html))
    assert isinstance(error, InternalServerError)
    assert error.json() is None
    assert error.text == html
    assert "\n" not in str(error)
    assert str(error).endswith(": <html> <head><title>502 Bad Gateway</title></head> <body>nginx</body> </html>")


def test_truncated_json_body_never_raises() -> None:
    error = DEFAULT_ERROR_MAP.for_response(respond(400, '{"message": "x'))
    assert error.json() is None
    assert str(error).endswith(': {"message": "x')


def test_invalid_utf8_body_is_replaced_not_raised() -> None:
    error = DEFAULT_ERROR_MAP.for_response(respond(500, b"\xff\xfe oops"))
    assert error.text == "\ufffd\ufffd oops"
    assert error.json() is None


def test_long_body_is_cut_to_300_characters() -> None:
    error = DEFAULT_ERROR_MAP.for_response(respond(500, "x" * 5000))
    snippet = str(error).split(": ", 1)[1]
    assert len(snippet) == 300
    assert snippet.endswith("…")


def test_empty_body_message_has_no_colon() -> None:
    assert str(DEFAULT_ERROR_MAP.for_response(respond(503))) == (
        "503 Service Unavailable for GET https://api.example.com/v1/x"
    )


def test_explicit_message_wins() -> None:
    assert str(NotFoundError(respond(404, "body"), "custom")) == "custom"


def test_response_without_request() -> None:
    error = NotFoundError(httpx.Response(404, text="gone"))
    assert error.request is None
    assert str(error) == "404 Not Found: gone"


def test_unread_streaming_body_is_read() -> None:
    response = httpx.Response(500, stream=httpx.ByteStream(b"late body"), request=httpx.Request("GET", "https://h/"))
    assert InternalServerError(response).body == b"late body"


def test_unreadable_body_gives_empty_bytes() -> None:
    class AsyncOnly(httpx.AsyncByteStream):
        async def __aiter__(self) -> AsyncIterator[bytes]:
            yield b"never read synchronously"

    error = InternalServerError(httpx.Response(500, stream=AsyncOnly(), request=httpx.Request("GET", "https://h/")))
    assert error.body == b""
    assert error.json() is None
    assert str(error) == "500 Internal Server Error for GET https://h/"


# --- redaction ----------------------------------------------------------------------------------------------


def test_messages_and_request_info_are_redacted() -> None:
    url = f"https://user:{SECRET}@api.example.com/v1/x?api_key={SECRET}&page=1"
    response = respond(401, '{"error": "bad key"}', url=url, method="POST")
    error = DEFAULT_ERROR_MAP.for_response(response)
    expected_url = "https://api.example.com/v1/x?api_key=REDACTED&page=1"
    assert error.request == RequestInfo("POST", expected_url)
    assert str(error.request) == f"POST {expected_url}"
    assert str(error) == f'401 Unauthorized for POST {expected_url}: {{"error": "bad key"}}'
    for text in (str(error), repr(error), repr(error.request)):
        assert SECRET not in text


def test_request_info_redacts_even_when_built_directly() -> None:
    info = RequestInfo("GET", f"https://u:{SECRET}@h.example/p?token={SECRET}")
    assert info.url == "https://h.example/p?token=REDACTED"
    with pytest.raises(AttributeError):
        info.url = "other"  # type: ignore[misc]


def test_request_headers_never_appear() -> None:
    request = httpx.Request("GET", "https://h.example/", headers={"Authorization": f"Bearer {SECRET}"})
    error = NotFoundError(httpx.Response(404, request=request))
    assert SECRET not in str(error)
    assert SECRET not in repr(error)


# --- rate limits --------------------------------------------------------------------------------------------


def test_rate_limit_retry_after_seconds_and_reset_header() -> None:
    error = DEFAULT_ERROR_MAP.for_response(
        respond(429, headers={"Retry-After": "30", "X-Rate-Limit-Reset": str(int(NOW) + 45)})
    )
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 30.0
    assert error.reset_at == datetime.fromtimestamp(NOW + 45, UTC)


def test_rate_limit_alternative_reset_header() -> None:
    error = RateLimitError(respond(429, headers={"X-RateLimit-Reset": str(int(NOW) + 5)}))
    assert error.retry_after is None
    assert error.reset_at == datetime.fromtimestamp(NOW + 5, UTC)


def test_rate_limit_http_date_falls_back_to_now_plus_retry_after() -> None:
    error = RateLimitError(respond(429, headers={"Retry-After": email.utils.formatdate(NOW + 120, usegmt=True)}))
    assert error.retry_after == 120.0
    assert error.reset_at == datetime.fromtimestamp(NOW + 120, UTC)
    assert error.reset_at.tzinfo is UTC


@pytest.mark.parametrize("headers", [{}, {"Retry-After": "soon"}, {"Retry-After": "nan", "X-Rate-Limit-Reset": "?"}])
def test_rate_limit_without_usable_headers(headers: dict[str, str]) -> None:
    error = RateLimitError(respond(429, headers=headers))
    assert (error.retry_after, error.reset_at) == (None, None)


# --- parse errors, error maps, multiple inheritance ---------------------------------------------------------


def test_response_parse_error_chains_the_cause() -> None:
    response = respond(200, '{"id": 1}', url=f"https://h.example/x?token={SECRET}")

    def parse(resp: httpx.Response) -> str:
        try:
            return str(resp.json()["missing"])
        except KeyError as exc:
            raise DEFAULT_ERROR_MAP.parse_error.from_exception(resp, exc) from exc

    with pytest.raises(ResponseParseError) as caught:
        parse(response)
    error = caught.value
    assert isinstance(error.__cause__, KeyError)
    assert str(error) == (
        "could not parse the 200 response to GET https://h.example/x?token=REDACTED: KeyError('missing')"
    )
    assert error.status_code == 200
    assert error.json() == {"id": 1}


def test_from_exception_sets_cause_without_raise_from() -> None:
    cause = ValueError("bad enum")
    error = ResponseParseError.from_exception(respond(200, "{}"), cause)
    assert error.__cause__ is cause
    assert "ValueError('bad enum')" in str(error)


class ProviderError(SwitchboardError):
    """A provider's own base class."""


class ProviderStatusError(ProviderError, APIStatusError):
    pass


class ProviderNotFound(ProviderStatusError, NotFoundError):
    pass


class ProviderRateLimited(ProviderStatusError, RateLimitError):
    pass


class ProviderServerError(ProviderStatusError, InternalServerError):
    pass


class ProviderParseError(ProviderStatusError, ResponseParseError):
    pass


PROVIDER_MAP = ErrorMap(
    by_status={404: ProviderNotFound, 429: ProviderRateLimited},
    server_error=ProviderServerError,
    fallback=ProviderStatusError,
    parse_error=ProviderParseError,
)


@pytest.mark.parametrize(
    ("status", "cls", "base"),
    [
        (404, ProviderNotFound, NotFoundError),
        (429, ProviderRateLimited, RateLimitError),
        (504, ProviderServerError, InternalServerError),
        (400, ProviderStatusError, APIStatusError),
    ],
)
def test_provider_error_map_with_multiple_inheritance(
    status: int, cls: type[APIStatusError], base: type[APIStatusError]
) -> None:
    error = PROVIDER_MAP.for_response(respond(status, "{}", headers={"Retry-After": "2"}))
    assert type(error) is cls
    assert isinstance(error, ProviderError)
    assert isinstance(error, base)
    assert error.status_code == status
    assert str(error).startswith(f"{status} ")


def test_provider_rate_limit_keeps_its_attributes() -> None:
    error = PROVIDER_MAP.for_response(respond(429, headers={"Retry-After": "2"}))
    assert isinstance(error, ProviderRateLimited)
    assert error.retry_after == 2.0
    assert error.reset_at == datetime.fromtimestamp(NOW + 2, UTC)


def test_provider_parse_error() -> None:
    error = PROVIDER_MAP.parse_error.from_exception(respond(200, "[]"), TypeError("list"))
    assert isinstance(error, ProviderError)
    assert isinstance(error, ResponseParseError)


def test_error_map_is_immutable() -> None:
    mapping: dict[int, type[APIStatusError]] = {404: NotFoundError}
    error_map = ErrorMap(mapping, InternalServerError, APIStatusError, ResponseParseError)
    mapping[404] = ConflictError
    assert type(error_map.for_response(respond(404))) is NotFoundError
    with pytest.raises(TypeError):
        error_map.by_status[409] = ConflictError  # type: ignore[index]


# --- connection errors and the rest of the hierarchy --------------------------------------------------------


@pytest.mark.parametrize(
    ("exc_type", "cls", "outcome"),
    [
        (httpx.ConnectError, APIConnectionError, "failed"),
        (httpx.ReadError, APIConnectionError, "failed"),
        (httpx.RemoteProtocolError, APIConnectionError, "failed"),
        (httpx.ConnectTimeout, APITimeoutError, "timed out"),
        (httpx.ReadTimeout, APITimeoutError, "timed out"),
        (httpx.PoolTimeout, APITimeoutError, "timed out"),
    ],
)
def test_connection_error_mapping(exc_type: type[httpx.TransportError], cls: type[APIError], outcome: str) -> None:
    request = httpx.Request(
        "POST",
        f"https://u:{SECRET}@api.example.com/v1/messages?api_key={SECRET}",
        headers={"Authorization": f"Bearer {SECRET}"},
    )
    exc = exc_type(f"failure mentioning {SECRET}", request=request)
    error = connection_error(exc, request)
    assert type(error) is cls
    assert str(error) == (
        f"POST https://api.example.com/v1/messages?api_key=REDACTED {outcome}: {exc_type.__name__}: "
        "failure mentioning REDACTED"
    )
    assert (error.status_code, error.body, len(error.headers), error.json()) == (None, b"", 0, None)
    assert error.request == RequestInfo("POST", "https://api.example.com/v1/messages?api_key=REDACTED")
    assert SECRET not in repr(error)


def test_connection_error_uses_the_exception_request_or_none() -> None:
    request = httpx.Request("GET", "https://h.example/")
    assert str(connection_error(httpx.ConnectError("x", request=request), None)) == (
        "GET https://h.example/ failed: ConnectError: x"
    )
    orphan = connection_error(httpx.ReadTimeout(""), None)
    assert isinstance(orphan, APITimeoutError)
    assert (str(orphan), orphan.request) == ("request timed out: ReadTimeout", None)


def test_a_connection_error_says_why_and_after_how_many_attempts() -> None:
    """The retry transport records how often it sent the request; the message names that and the cause."""

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    refused = httpx.MockTransport(refuse)
    for retries, attempts in ((2, "3 attempts"), (0, "1 attempt")):
        settings = ClientSettings(
            base_url="https://h.example", retry=RetryPolicy(max_retries=retries, initial_delay=0), transport=refused
        )
        with pytest.raises(APIConnectionError) as caught:
            SyncInvoker(build_http_client(settings), settings).run(Call({"method": "GET", "url": "/x"}, lambda r: r))
        reason = "ConnectError: [Errno 111] Connection refused"
        assert str(caught.value) == f"GET https://h.example/x failed after {attempts}: {reason}"


def test_invalid_request_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="bad phone number"):
        raise InvalidRequestError("bad phone number")
    assert issubclass(InvalidRequestError, SwitchboardError)


def test_api_error_json_edge_cases() -> None:
    assert APIError("m").json() is None
    assert APIError("m", body=b"[" * 100_000).json() is None
    body: Any = json.dumps({"a": [1, 2]}).encode()
    assert APIError("m", body=body).json() == {"a": [1, 2]}
    assert issubclass(APITimeoutError, APIConnectionError)

"""``TypedClient`` / ``AsyncTypedClient`` and ``send``: what httpx raises becomes the error map's classes."""

from __future__ import annotations

import httpx
import pytest

from switchboard_core import (
    DEFAULT_ERROR_MAP,
    APIConnectionError,
    InvalidRequestError,
    ResponseParseError,
    SwitchboardError,
)
from switchboard_core._async._http import AsyncTypedClient
from switchboard_core._sync._http import TypedClient, send


def _redirect_forever(request: httpx.Request) -> httpx.Response:
    return httpx.Response(302, headers={"Location": str(request.url)})


def test_too_many_redirects_is_the_connection_error() -> None:
    client = TypedClient(transport=httpx.MockTransport(_redirect_forever), follow_redirects=True)
    with client, pytest.raises(APIConnectionError) as caught:
        client.get("https://api.example.com/loop")
    assert isinstance(caught.value.__cause__, httpx.TooManyRedirects)
    assert "TooManyRedirects" in str(caught.value)


async def test_too_many_redirects_async() -> None:
    transport = httpx.MockTransport(_redirect_forever)
    async with AsyncTypedClient(transport=transport, follow_redirects=True) as client:
        with pytest.raises(APIConnectionError):
            await client.get("https://api.example.com/loop")


def test_a_stream_error_is_the_connection_error() -> None:
    def consumed(request: httpx.Request) -> httpx.Response:
        raise httpx.StreamConsumed()

    with pytest.raises(APIConnectionError) as caught:
        send(consumed, httpx.Request("POST", "https://api.example.com/x"), errors=DEFAULT_ERROR_MAP)
    assert isinstance(caught.value.__cause__, httpx.StreamConsumed)


def test_a_url_too_long_is_the_input_error_naming_no_value() -> None:
    value = "v" * 70_000
    with TypedClient() as client, pytest.raises(InvalidRequestError) as caught:
        client.build_request("GET", f"https://api.example.com/{value}")
    assert value not in str(caught.value)
    assert isinstance(caught.value.__cause__, httpx.InvalidURL)


def test_a_header_value_httpx_cannot_encode_is_the_input_error() -> None:
    with TypedClient() as client, pytest.raises(InvalidRequestError):
        client.build_request("GET", "https://api.example.com/", headers={"X-Name": "caf\u00e9 \u2603"})


def test_the_typed_client_reads_a_mislabelled_body_into_the_parse_error() -> None:
    def lie(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=httpx.ByteStream(b"plain"), headers={"Content-Encoding": "gzip"})

    with TypedClient(transport=httpx.MockTransport(lie)) as client, pytest.raises(ResponseParseError) as caught:
        client.get("https://api.example.com/x")
    assert caught.value.body == b"plain"
    assert caught.value.headers["content-encoding"] == "gzip"


def test_a_streamed_answer_is_left_unread() -> None:
    body = httpx.ByteStream(b"streamed")

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=body)

    with TypedClient(transport=httpx.MockTransport(answer)) as client:
        request = client.build_request("GET", "https://api.example.com/x")
        response = client.send(request, stream=True)
        assert not response.is_stream_consumed
        assert response.read() == b"streamed"


def test_typed_errors_pass_through_unchanged() -> None:
    error = InvalidRequestError("already typed")

    def auth_refused(request: httpx.Request) -> httpx.Response:
        raise error

    with pytest.raises(SwitchboardError) as caught:
        send(auth_refused, httpx.Request("GET", "https://api.example.com/"))
    assert caught.value is error

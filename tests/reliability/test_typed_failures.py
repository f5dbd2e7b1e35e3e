"""Every failure a caller can meet is the package's typed error: no httpx exception class escapes any provider.

A sample of operations per provider (facades and typed clients), sync and async, against a mock transport that
answers with one kind of failure at a time (token endpoints answer normally).
"""

from __future__ import annotations

import gzip
from collections.abc import Callable, Iterator
from typing import Any, cast

import httpx
import pytest

import mxit
import pytweet
import smscx_client
from go_http import ContactsApiClient, OptOutsApiClient
from go_http.contacts import AsyncContactsApiClient
from message_media_messages import AsyncMessageMediaMessagesClient, MessageMediaMessagesClient
from messagemedia_api.api.messages import get_message_status
from smscx_client.api import groups_api
from switchboard_core import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    InvalidRequestError,
    ResponseParseError,
    SwitchboardError,
)

NOT_GZIP = b'{"this": "is not gzip"}'
HUGE = "x" * 1_000_000


class _Broken(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that breaks after its first chunk."""

    def __iter__(self) -> Iterator[bytes]:
        yield b'{"partial": '
        raise httpx.ReadError("connection reset mid-body")

    async def __aiter__(self) -> Any:
        yield b'{"partial": '
        raise httpx.ReadError("connection reset mid-body")


def _raw(status: int, body: bytes, headers: dict[str, str]) -> httpx.Response:
    """An answer as a server sends it: the body as bytes on the wire, decoded only when read."""
    return httpx.Response(status, stream=httpx.ByteStream(body), headers=headers)


def _fault(kind: str) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("token"):
            return httpx.Response(200, json={"access_token": "tok", "expires_in": 3600, "token_type": "bearer"})
        if kind == "gzip-lie-200":
            return _raw(200, NOT_GZIP, {"Content-Encoding": "gzip", "X-Kind": kind})
        if kind == "gzip-lie-404":
            return _raw(404, NOT_GZIP, {"Content-Encoding": "gzip", "X-Kind": kind})
        if kind == "connect":
            raise httpx.ConnectError("connection refused", request=request)
        if kind == "timeout":
            raise httpx.ReadTimeout("timed out", request=request)
        if kind == "protocol":
            raise httpx.RemoteProtocolError("server disconnected without sending a response", request=request)
        if kind == "broken-body":
            return httpx.Response(200, stream=_Broken(), headers={"Content-Type": "application/json"})
        if kind == "gzip-ok":  # a real gzip answer still decodes
            return _raw(404, gzip.compress(NOT_GZIP), {"Content-Encoding": "gzip"})
        raise AssertionError(kind)

    return answer


def _make(provider: str, answer: Callable[[httpx.Request], httpx.Response]) -> Any:
    sync = httpx.MockTransport(answer)
    if provider == "mxit":
        return mxit.Mxit("cid", "csecret", transport=sync, max_retries=0)
    if provider == "messagemedia":
        return MessageMediaMessagesClient("key", "secret", transport=sync, max_retries=0)
    if provider == "smscx":
        configuration = smscx_client.Configuration(host="https://api.sms.cx", api_key="test-key", max_retries=0)
        return smscx_client.ApiClient(configuration, transport=sync)
    if provider == "vumigo":
        return ContactsApiClient("auth-token", "https://go.example/api/v1/go", transport=sync, max_retries=0)
    if provider == "vumigo-optouts":
        return OptOutsApiClient("auth-token", "https://go.example/api/v1/go", transport=sync, max_retries=0)
    if provider == "twitter":
        return pytweet.Client(
            "bearer-token",
            consumer_key="ck",
            consumer_key_secret="cks",
            access_token="at",
            access_token_secret="ats",
            transport=sync,
            max_retries=0,
        )
    raise AssertionError(provider)


def _group(value: str) -> int:
    """A group id; the huge value is passed as it is (the facade refuses it before sending)."""
    return 1 if value == "x" else cast(int, value)


OPERATIONS: dict[str, tuple[str, Callable[[Any, str], object]]] = {
    "mxit.get_user_id": ("mxit", lambda c, v: c.users.get_user_id(v)),
    "mxit.get_display_name": ("mxit", lambda c, v: c.users.get_display_name(v)),
    "mxit.get_status": ("mxit", lambda c, v: c.users.get_status(v)),
    "messagemedia.get_message_status": ("messagemedia", lambda c, v: c.messages.get_message_status(v)),
    "messagemedia.check_credits_remaining": ("messagemedia", lambda c, v: c.messages.check_credits_remaining()),
    "messagemedia.typed.get_message_status": ("messagemedia", lambda c, v: get_message_status.sync(v, client=c.typed)),
    "smscx.get_group_details": (
        "smscx",
        lambda c, v: groups_api.GroupsApi(c).get_group_details(_group(v)),
    ),
    "smscx.get_groups_list": ("smscx", lambda c, v: groups_api.GroupsApi(c).get_groups_list()),
    "vumigo.get_contact": ("vumigo", lambda c, v: c.get_contact(v)),
    "vumigo.optouts.count": ("vumigo-optouts", lambda c, v: c.count()),
    "twitter.fetch_user": ("twitter", lambda c, v: c.fetch_user(v if v != "x" else 1000000002)),
}
WITH_PATH = [name for name in OPERATIONS if not name.endswith(("check_credits_remaining", "list", "count"))]


def _call(name: str, kind: str, value: str = "x") -> tuple[SwitchboardError, list[httpx.Request]]:
    provider, operation = OPERATIONS[name]
    sent: list[httpx.Request] = []
    fault = _fault(kind)

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return fault(request)

    client = _make(provider, answer)
    with pytest.raises(SwitchboardError) as caught:  # an httpx exception would escape and fail the test
        operation(client, value)
    return caught.value, [r for r in sent if not r.url.path.endswith("token")]


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_a_2xx_labelled_gzip_that_is_not_gzip_is_the_parse_error_with_the_raw_body(name: str) -> None:
    error, _ = _call(name, "gzip-lie-200")
    assert isinstance(error, ResponseParseError), repr(error)
    assert not isinstance(error, APIStatusError)
    assert error.status_code == 200
    assert error.headers["X-Kind"] == "gzip-lie-200"
    # SMS.CX keeps 0.1.x's body type (the text, a str); the others the raw bytes
    assert error.body == (NOT_GZIP.decode() if name.startswith("smscx.") else NOT_GZIP)
    assert isinstance(error.__cause__, httpx.DecodingError)


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_an_error_status_labelled_gzip_that_is_not_gzip_keeps_status_and_raw_body(name: str) -> None:
    error, _ = _call(name, "gzip-lie-404")
    assert isinstance(error, APIStatusError), repr(error)
    assert error.status_code == 404
    # SMS.CX keeps 0.1.x's body type (the text, a str); the others the raw bytes
    assert error.body == (NOT_GZIP.decode() if name.startswith("smscx.") else NOT_GZIP)


@pytest.mark.parametrize("name", sorted(OPERATIONS))
@pytest.mark.parametrize(
    ("kind", "expected"),
    [("connect", APIConnectionError), ("timeout", APITimeoutError), ("protocol", APIConnectionError)],
)
def test_no_answer_is_the_connection_error_with_httpx_as_cause(name: str, kind: str, expected: type[Exception]) -> None:
    error, _ = _call(name, kind)
    assert isinstance(error, expected), repr(error)
    assert isinstance(error.__cause__, httpx.TransportError)


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_a_body_broken_midway_is_typed(name: str) -> None:
    error, _ = _call(name, "broken-body")
    assert isinstance(error, APIConnectionError), repr(error)


@pytest.mark.parametrize("name", sorted(WITH_PATH))
def test_a_huge_path_value_is_the_input_error_before_sending(name: str) -> None:
    error, sent = _call(name, "connect", HUGE)
    assert isinstance(error, InvalidRequestError), repr(error)
    assert sent == []
    assert HUGE not in str(error)


@pytest.mark.parametrize(
    ("provider", "root"),
    [
        ("mxit", mxit.MxitAPIException),
        ("smscx", smscx_client.ApiExceptionBase),
        ("twitter", pytweet.PytweetException),
    ],
)
@pytest.mark.parametrize("kind", ["connect", "timeout", "gzip-lie-200", "gzip-lie-404"])
def test_the_providers_root_class_catches_every_failure(provider: str, root: type[Exception], kind: str) -> None:
    name = next(n for n, (p, _) in OPERATIONS.items() if p == provider)
    error, _ = _call(name, kind)
    assert isinstance(error, root), repr(error)
    huge, _ = _call(name, "connect", HUGE)
    assert isinstance(huge, root), repr(huge)


def test_a_real_gzip_error_answer_is_decoded() -> None:
    error, _ = _call("vumigo.get_contact", "gzip-ok")
    assert isinstance(error, APIStatusError)
    assert error.body == NOT_GZIP


async def test_async_facades_are_typed_the_same_way() -> None:
    for kind, expected in [("gzip-lie-200", ResponseParseError), ("connect", APIConnectionError)]:
        transport = httpx.MockTransport(_fault(kind))
        async with AsyncMessageMediaMessagesClient("k", "s", async_transport=transport, max_retries=0) as mm:
            with pytest.raises(expected) as caught:
                await mm.messages.get_message_status("x")
            error = caught.value
            assert isinstance(error, APIConnectionError) or getattr(error, "body", None) == NOT_GZIP
        async with AsyncContactsApiClient(
            "t", "https://go.example/api/v1/go", transport=transport, max_retries=0
        ) as contacts:
            with pytest.raises(expected):
                await contacts.get_contact("x")
        async with AsyncMessageMediaMessagesClient("k", "s", async_transport=transport, max_retries=0) as mm:
            with pytest.raises(InvalidRequestError):
                await mm.messages.get_message_status(HUGE)

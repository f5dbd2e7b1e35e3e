"""The ``except`` clauses legacy code wrote keep catching what the original raised (issue 13), with the typed class
of issue 14 underneath: the SDKs that sent through requests (messagemedia-messages-sdk 1.1.0, python-mxit, go-http)
raised ``requests.exceptions.ConnectionError`` / ``Timeout`` for a failed connection or a timeout; with requests
imported, ours are those classes too, and still the provider's root class and the runtime's typed error."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
import requests
from requests.adapters import BaseAdapter

import mxit
from go_http import ContactsApiClient
from go_http.contacts import AsyncContactsApiClient
from message_media_messages import APIException, AsyncMessageMediaMessagesClient, MessageMediaMessagesClient
from switchboard_core import APIConnectionError, APITimeoutError

FAULTS: dict[str, tuple[type[httpx.TransportError], type[Exception], type[Exception]]] = {
    "connect": (httpx.ConnectError, requests.exceptions.ConnectionError, APIConnectionError),
    "timeout": (httpx.ReadTimeout, requests.exceptions.Timeout, APITimeoutError),
}


def _failing(kind: str) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("token"):
            return httpx.Response(200, json={"access_token": "tok", "expires_in": 3600, "token_type": "bearer"})
        raise FAULTS[kind][0]("no answer", request=request)

    return answer


SYNC: dict[str, tuple[Callable[[httpx.MockTransport], Any], Callable[[Any], object], type[Exception]]] = {
    "messagemedia": (
        lambda t: MessageMediaMessagesClient("key", "secret", transport=t, max_retries=0),
        lambda c: c.messages.get_message_status("m1"),
        APIException,
    ),
    "mxit": (
        lambda t: mxit.Mxit("cid", "csecret", transport=t, max_retries=0),
        lambda c: c.users.get_user_id("someone"),
        mxit.MxitAPIException,
    ),
    "vumigo": (
        lambda t: ContactsApiClient("token", "https://go.example/api/v1/go", transport=t, max_retries=0),
        lambda c: c.get_contact("k"),
        requests.exceptions.RequestException,
    ),
}


@pytest.mark.parametrize("kind", sorted(FAULTS))
@pytest.mark.parametrize("provider", sorted(SYNC))
def test_a_failed_connection_is_still_the_requests_class_the_original_raised(provider: str, kind: str) -> None:
    build, call, root = SYNC[provider]
    _, legacy, typed = FAULTS[kind]
    client = build(httpx.MockTransport(_failing(kind)))
    with pytest.raises(legacy) as caught:  # the clause 1.x code wrote
        call(client)
    err = caught.value
    assert isinstance(err, root)
    assert isinstance(err, typed)
    assert isinstance(err, requests.exceptions.RequestException)
    assert isinstance(err.__cause__, httpx.HTTPError)


@pytest.mark.parametrize("kind", sorted(FAULTS))
async def test_async_calls_raise_the_same_classes(kind: str) -> None:
    _, legacy, typed = FAULTS[kind]
    transport = httpx.MockTransport(_failing(kind))
    async with AsyncMessageMediaMessagesClient("k", "s", async_transport=transport, max_retries=0) as mm:
        with pytest.raises(legacy) as caught:
            await mm.messages.get_message_status("m1")
        assert isinstance(caught.value, APIException | typed)
    async with mxit.AsyncMxit("cid", "csecret", async_transport=transport, max_retries=0) as app:
        with pytest.raises(legacy) as raised:
            await app.users.get_user_id("someone")
        assert isinstance(raised.value, mxit.MxitAPIException)
    async with AsyncContactsApiClient("t", "https://go.example/api/v1/go", transport=transport, max_retries=0) as go:
        with pytest.raises(legacy):
            await go.get_contact("k")


class _Raising(BaseAdapter):
    """A caller's requests adapter (a test double, a mounted transport) that fails with ``error``."""

    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error
        self.calls = 0

    def send(self, *args: Any, **kwargs: Any) -> requests.Response:
        self.calls += 1
        raise self.error

    def close(self) -> None:
        """Nothing to close."""


@pytest.mark.parametrize(
    ("error", "attempts"),
    [
        (requests.exceptions.ChunkedEncodingError("cut mid-body"), 3),
        (requests.exceptions.ContentDecodingError("not gzip"), 3),
        (requests.exceptions.TooManyRedirects("Exceeded 30 redirects."), 1),
        (requests.exceptions.InvalidHeader("bad header"), 1),
        (requests.exceptions.SSLError("certificate verify failed"), 3),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, Exception) else str(value),
)
def test_whatever_a_callers_requests_session_raises_is_typed_and_still_a_request_exception(
    error: Exception, attempts: int
) -> None:
    session = requests.Session()
    adapter = _Raising(error)
    session.mount("https://", adapter)
    client = ContactsApiClient("token", session=session)
    with pytest.raises(APIConnectionError) as caught:  # the package's typed error, the requests error its cause
        client.get_contact("k")
    raised: Exception = caught.value
    assert isinstance(raised, requests.exceptions.RequestException)  # go-http's callers' clause
    assert raised.__cause__ is not None
    assert raised.__cause__.__cause__ is error
    assert adapter.calls == attempts  # a GET is retried after a broken answer, never after a refused request

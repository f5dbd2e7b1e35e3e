"""Every facade client, sync and async, offers the runtime's ``with_options(timeout=, max_retries=, deadline=)``:
a copy of the same class with other defaults, on the *same* connection pool and credentials, the original
unchanged. Vumi Go's clients (which also take a caller's ``session``) have it too, and its retry count is used."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

import message_media_messages as mm
import mxit
import pytweet
import smscx_client
from go_http.contacts import AsyncContactsApiClient, ContactsApiClient
from go_http.exceptions import GoHttpError
from go_http.metrics import AsyncMetricsApiClient, MetricsApiClient
from go_http.optouts import AsyncOptOutsApiClient, OptOutsApiClient
from go_http.send import AsyncHttpApiSender, HttpApiSender, LoggingSender

API = "https://api.example.test"


def _unused(request: httpx.Request) -> httpx.Response:
    raise AssertionError("no request is sent")


SYNC = httpx.MockTransport(_unused)
ASYNC = httpx.MockTransport(_unused)

BUILDERS: dict[str, Callable[[], Any]] = {
    "MessageMediaMessagesClient": lambda: mm.MessageMediaMessagesClient("key", "secret", transport=SYNC),
    "AsyncMessageMediaMessagesClient": lambda: mm.AsyncMessageMediaMessagesClient(
        "key", "secret", async_transport=ASYNC
    ),
    "Mxit": lambda: mxit.Mxit("client-id", "client-secret", base_url=API, transport=SYNC),
    "AsyncMxit": lambda: mxit.AsyncMxit("client-id", "client-secret", base_url=API, async_transport=ASYNC),
    "ApiClient": lambda: smscx_client.ApiClient(smscx_client.Configuration(host=API, api_key="sandbox-api-key")),
    "AsyncApiClient": lambda: smscx_client.AsyncApiClient(smscx_client.Configuration(host=API, api_key="k-12345678")),
    "ContactsApiClient": lambda: ContactsApiClient("vumi-token", API, transport=SYNC),
    "AsyncContactsApiClient": lambda: AsyncContactsApiClient("vumi-token", API, transport=ASYNC),
    "OptOutsApiClient": lambda: OptOutsApiClient("vumi-token", API, transport=SYNC),
    "AsyncOptOutsApiClient": lambda: AsyncOptOutsApiClient("vumi-token", API, transport=ASYNC),
    "MetricsApiClient": lambda: MetricsApiClient("vumi-token", API, transport=SYNC),
    "AsyncMetricsApiClient": lambda: AsyncMetricsApiClient("vumi-token", API, transport=ASYNC),
    "HttpApiSender": lambda: HttpApiSender("account", "conversation", "conversation-token", API, transport=SYNC),
    "AsyncHttpApiSender": lambda: AsyncHttpApiSender("account", "conversation", "conv-token", API, transport=ASYNC),
    "pytweet.Client": lambda: pytweet.Client("bearer-token", base_url=API, transport=SYNC),
    "pytweet.AsyncClient": lambda: pytweet.AsyncClient("bearer-token", base_url=API, async_transport=ASYNC),
}


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_with_options_copies_on_the_same_pool(name: str) -> None:
    client = BUILDERS[name]()
    copy = client.with_options(timeout=3.0, max_retries=0, deadline=12.0)
    assert type(copy) is type(client)
    assert copy is not client
    assert copy._invoker.http is client._invoker.http  # one connection pool
    assert copy._settings.retry.max_retries == 0
    assert copy._settings.timeout == httpx.Timeout(3.0)
    assert copy._settings.deadline == 12.0
    assert client._settings.retry.max_retries == 2  # the original keeps its defaults
    assert client._settings.deadline != 12.0
    assert repr(copy) == repr(client)
    for attribute in ("auth_token", "account_key", "conversation_key", "conversation_token", "configuration"):
        if attribute in vars(client):
            assert getattr(copy, attribute) is getattr(client, attribute)


def test_a_vumigo_copy_uses_its_retry_count_and_the_original_keeps_its_own() -> None:
    sent: list[httpx.Request] = []

    def unavailable(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(503, json={"error": "down"})

    transport = httpx.MockTransport(unavailable)
    with ContactsApiClient("vumi-token", API, transport=transport) as contacts:
        with pytest.raises(GoHttpError):
            contacts.with_options(max_retries=0).get_contact("c1")
        assert len(sent) == 1
        sent.clear()
        with pytest.raises(GoHttpError):
            contacts.with_options(max_retries=1, timeout=1.0).get_contact("c1")
        assert len(sent) == 2


async def test_an_async_vumigo_copy_shares_the_pool_and_closing_the_original_closes_it() -> None:
    client = AsyncOptOutsApiClient("vumi-token", API, transport=ASYNC)
    copy = client.with_options(max_retries=0)
    await client.aclose()
    assert copy._invoker.http.is_closed


def test_the_logging_sender_sends_nothing_so_its_options_change_nothing() -> None:
    sender = LoggingSender("go_http.test")
    assert sender.with_options(timeout=1.0, max_retries=0, deadline=5.0) is sender

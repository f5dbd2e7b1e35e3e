"""A credential with a control character (a trailing newline read from a file) is refused when the client is built,
by the provider's input error naming the caller's own parameter, never the value (issue 14), sync and async."""

from __future__ import annotations

import traceback
from collections.abc import Callable

import pytest

import go_http
import mxit
import smscx_client
from go_http.contacts import AsyncContactsApiClient, ContactsApiClient
from message_media_messages import AsyncMessageMediaMessagesClient, MessageMediaMessagesClient
from switchboard_core import InvalidRequestError

VALUE = "SWEEP-credential-from-a-file\n"


def _smscx(**credentials: str) -> smscx_client.Configuration:
    return smscx_client.Configuration(**credentials)  # type: ignore[arg-type]


BUILDERS: dict[str, tuple[str, Callable[[str], object]]] = {
    "messagemedia-key": ("auth_user_name", lambda v: MessageMediaMessagesClient(v, "secret")),
    "messagemedia-secret": ("auth_password", lambda v: MessageMediaMessagesClient("key", v)),
    "messagemedia-hmac-key": ("auth_user_name", lambda v: MessageMediaMessagesClient(v, "secret", True)),
    "messagemedia-async-secret": ("auth_password", lambda v: AsyncMessageMediaMessagesClient("key", v)),
    "mxit-client-id": ("client_id", lambda v: mxit.Mxit(v, "secret")),
    "mxit-async-client-secret": ("client_secret", lambda v: mxit.AsyncMxit("cid", v)),
    "smscx-api-key": ("api_key", lambda v: smscx_client.ApiClient(_smscx(api_key=v))),
    "smscx-access-token": ("access_token", lambda v: smscx_client.AsyncApiClient(_smscx(access_token=v))),
    "smscx-username": ("username", lambda v: smscx_client.ApiClient(_smscx(username=v, password="p"))),
    "smscx-password": ("password", lambda v: smscx_client.AsyncApiClient(_smscx(username="u", password=v))),
    "vumigo-auth-token": ("auth_token", lambda v: ContactsApiClient(v)),
    "vumigo-async-auth-token": ("auth_token", lambda v: AsyncContactsApiClient(v)),
    "vumigo-account-key": ("account_key", lambda v: go_http.HttpApiSender(v, "conv", "token")),
    "vumigo-conversation-token": ("conversation_token", lambda v: go_http.AsyncHttpApiSender("acc", "conv", v)),
}


@pytest.mark.parametrize("case", sorted(BUILDERS))
async def test_the_refusal_names_the_callers_parameter_and_never_the_value(case: str) -> None:
    parameter, build = BUILDERS[case]
    with pytest.raises(InvalidRequestError) as caught:  # each provider's input error is one
        build(VALUE)
    message = str(caught.value)
    assert message.startswith(f"{parameter} contains a control character"), message
    text = "".join(traceback.format_exception(caught.value)) + repr(caught.value)
    assert VALUE.strip() not in text

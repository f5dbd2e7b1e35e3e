"""The typed (generated) clients reconcile a retry after a lost answer as the facades do, from the same declaration
(the spec's ``x-retry-reconcile``, generated into each package's ``_answers.RECONCILE``): the ``*_detailed``
functions answer ``Response(parsed=None, reconciled=<why>)`` with the retry's real status, and ``sync``/``asyncio``
return None. Every declared operation of every spec is checked; the common ones live against the sandbox."""

from __future__ import annotations

import importlib
import logging
import pkgutil
from types import ModuleType
from typing import Any

import httpx
import pytest

import smscx_client
from go_http.contacts import AsyncContactsApiClient, ContactsApiClient
from message_media_messages import MessageMediaMessagesClient
from messagemedia_api.api.messages import cancel_scheduled_message
from messagemedia_api.models import CancelScheduledMessageRequest
from mxit import Mxit
from mxit_api.api.gallery import delete_gallery_folder
from smscx_api.api.groups import delete_group
from smscx_api.models import Error as SmscxError
from smscx_client.api.groups_api import GroupsApi
from switchboard_core import ClientSettings, RetryPolicy, build_http_client, reconciled_retry
from switchboard_sandbox.pytest_plugin import RunningSandbox
from twitter_api import AuthenticatedClient as TwitterClient
from twitter_api.api.welcome_messages import delete_welcome_message
from vumigo_api.api.contacts import delete_contact

from .test_retry_reconcile import (
    SCHEDULED,
    lose_next_answer,
    mm_credentials,
    mxit_code,
    mxit_options,
    reconciled_logged,
    smscx_configuration,
)

pytestmark = pytest.mark.block_network(allowed_hosts=["127\\.0\\.0\\.1"])

PACKAGES = ("messagemedia_api", "mxit_api", "smscx_api", "twitter_api", "vumigo_api")
EARLIER = {"switchboard.earlier_attempt": "503"}


def _operation_modules(package: str) -> dict[str, ModuleType]:
    api = importlib.import_module(f"{package}.api")
    found = {}
    for info in pkgutil.walk_packages(api.__path__, f"{package}.api."):
        if not info.ispkg:
            found[info.name.rpartition(".")[2]] = importlib.import_module(info.name)
    return found


def _declared() -> list[tuple[str, str, tuple[int, ...], str | None]]:
    rows = []
    for package in PACKAGES:
        for operation, (statuses, contains) in importlib.import_module(f"{package}._answers").RECONCILE.items():
            rows.append((package, operation, statuses, contains))
    return rows


DECLARED = _declared()


def test_every_spec_declaration_reaches_its_typed_package() -> None:
    names = {f"{package}.{operation}" for package, operation, _, _ in DECLARED}
    assert names >= {
        "messagemedia_api.cancel_scheduled_message",
        "mxit_api.delete_gallery_folder",
        "smscx_api.delete_group",
        "twitter_api.delete_dm_event",
        "twitter_api.delete_welcome_message",
        "twitter_api.delete_welcome_message_rule",
        "vumigo_api.delete_contact",
        "vumigo_api.delete_group",
        "vumigo_api.set_optout",
    }


@pytest.mark.parametrize(("package", "operation", "statuses", "contains"), DECLARED)
def test_each_declared_operation_reconciles_only_a_retried_declared_answer(
    package: str, operation: str, statuses: tuple[int, ...], contains: str | None
) -> None:
    module = _operation_modules(package)[operation]
    client = importlib.import_module(package).Client(base_url="https://api.example.test")
    request = httpx.Request("DELETE", "https://api.example.test/thing")
    text = f"Error: {contains or 'not found'} (sandbox)"

    def answer(status: int, extensions: dict[str, Any]) -> httpx.Response:
        return httpx.Response(status, json={"message": text}, request=request, extensions=extensions)

    reconciled = module._build_response(client=client, response=answer(statuses[0], EARLIER))
    assert reconciled.parsed is None
    assert reconciled.status_code == statuses[0]  # the retry's real answer is kept
    assert (
        reconciled.reconciled
        == f"an earlier attempt may have been processed (503), and the retry answered {statuses[0]}"
    )
    assert reconciled_retry(module.__name__, answer(statuses[0], {})) is None  # a first attempt proves nothing
    assert reconciled_retry(module.__name__, answer(599, EARLIER)) is None  # nor an undeclared status
    if contains is not None:
        other = httpx.Response(statuses[0], json={"message": "x"}, request=request, extensions=EARLIER)
        assert reconciled_retry(module.__name__, other) is None  # nor the declared status without its text


def test_an_undeclared_operation_never_reconciles() -> None:
    response = httpx.Response(404, request=httpx.Request("GET", "https://x.test/"), extensions=EARLIER)
    assert reconciled_retry("smscx_api.api.groups.get_group_details", response) is None


def test_twitter_typed_delete_after_a_lost_answer_on_the_runtime_stack() -> None:
    """A dropped connection after processing, then 404 (code 34): the typed call succeeded, and is re-signed."""
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
        return httpx.Response(404, json={"errors": [{"code": 34, "message": "Sorry, that page does not exist."}]})

    settings = ClientSettings(
        base_url="https://api.twitter.test", retry=RetryPolicy(initial_delay=0.0), transport=httpx.MockTransport(handle)
    )
    with build_http_client(settings) as http:
        typed = TwitterClient(base_url="https://api.twitter.test", token="").set_httpx_client(http)
        answer = delete_welcome_message.sync_detailed(id="844385345234", client=typed)
        assert (answer.status_code, answer.parsed) == (404, None)
        assert answer.reconciled is not None
        assert "RemoteProtocolError" in answer.reconciled
        assert delete_welcome_message.sync(id="844385345234", client=typed) is not None  # a plain 404: its error value
    assert len(seen) == 3


# -- live against the sandbox's "after": true faults --------------------------------------------------------------


@pytest.mark.parametrize("status", [502, 503, 504])
def test_smscx_typed_delete_group(smscx_sandbox: RunningSandbox, status: int, caplog: pytest.LogCaptureFixture) -> None:
    with smscx_client.ApiClient(smscx_configuration(smscx_sandbox)) as client:
        group = GroupsApi(client).create_group({"name": "Friends"}).info.id
        lose_next_answer(smscx_sandbox, status)
        with caplog.at_level(logging.WARNING, "switchboard"):
            answer = delete_group.sync_detailed(group, client=client.typed)
        assert (answer.status_code, answer.parsed) == (404, None)
        assert answer.reconciled is not None
        assert reconciled_logged(caplog)
        assert isinstance(delete_group.sync(group, client=client.typed), SmscxError)  # not retried: an error value


async def test_smscx_typed_delete_group_async(smscx_sandbox: RunningSandbox) -> None:
    with smscx_client.ApiClient(smscx_configuration(smscx_sandbox)) as client:
        group = GroupsApi(client).create_group({"name": "Friends"}).info.id
    async with smscx_client.AsyncApiClient(smscx_configuration(smscx_sandbox)) as aclient:
        lose_next_answer(smscx_sandbox, 503)
        assert await delete_group.asyncio(group, client=aclient.typed) is None
        assert smscx_sandbox.control.requests()[-1]["path"] == f"/groups/{group}"


def test_vumigo_typed_delete_contact(vumigo_sandbox: RunningSandbox) -> None:
    env = vumigo_sandbox.environment
    with ContactsApiClient(env["VUMIGO_AUTH_TOKEN"], env["SWITCHBOARD_VUMIGO_BASE_URL"]) as contacts:
        key = contacts.create_contact({"msisdn": "+27830000001", "name": "Nomsa"})["key"]
        lose_next_answer(vumigo_sandbox, 502)
        answer = delete_contact.sync_detailed(key, client=contacts.typed)
        assert (answer.status_code, answer.parsed, bool(answer.reconciled)) == (404, None, True)


async def test_vumigo_typed_delete_contact_async(vumigo_sandbox: RunningSandbox) -> None:
    env = vumigo_sandbox.environment
    async with AsyncContactsApiClient(env["VUMIGO_AUTH_TOKEN"], env["SWITCHBOARD_VUMIGO_BASE_URL"]) as contacts:
        key = (await contacts.create_contact({"msisdn": "+27830000001", "name": "Nomsa"}))["key"]
        lose_next_answer(vumigo_sandbox, 504)
        answer = await delete_contact.asyncio_detailed(key, client=contacts.typed)
        assert (answer.status_code, answer.parsed, bool(answer.reconciled)) == (404, None, True)


def test_messagemedia_typed_cancel(messagemedia_sandbox: RunningSandbox) -> None:
    with MessageMediaMessagesClient(*mm_credentials(messagemedia_sandbox), base_url=messagemedia_sandbox.url) as client:
        [message] = client.messages.create_send_messages(SCHEDULED).messages
        lose_next_answer(messagemedia_sandbox, 503)
        body = CancelScheduledMessageRequest.from_dict({"status": "cancelled"})
        answer = cancel_scheduled_message.sync_detailed(message.message_id, client=client.typed, body=body)
        assert (answer.status_code, answer.parsed, bool(answer.reconciled)) == (400, None, True)
        assert client.messages.get_message_status(message.message_id)["status"] == "cancelled"


def test_mxit_typed_delete_gallery_folder(mxit_sandbox: RunningSandbox) -> None:
    env = mxit_sandbox.environment
    with Mxit(env["MXIT_CLIENT_ID"], env["MXIT_CLIENT_SECRET"], **mxit_options(mxit_sandbox)) as client:
        client.oauth.get_user_token("content/write", mxit_code(client.oauth.auth_url("content/write")))
        client.users.create_gallery_folder("docs")
        lose_next_answer(mxit_sandbox, 502)
        with client.typed("content/write", user=True) as typed:
            answer = delete_gallery_folder.sync_detailed("docs", client=typed)
        assert (answer.status_code, answer.parsed, bool(answer.reconciled)) == (404, None, True)

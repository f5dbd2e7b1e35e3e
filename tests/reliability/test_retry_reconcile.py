"""A DELETE or PUT the server processed but whose answer was lost (502/503/504 after processing) is retried; the
retry meets the effect (404: already deleted; 400: only scheduled messages can be cancelled) and the call
succeeds, logging why (``x-retry-reconcile`` in each spec). Live against the sandbox's ``"after": true`` faults."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest

import smscx_client
from go_http.contacts import ContactsApiClient
from go_http.exceptions import NotFoundException
from go_http.optouts import OptOutsApiClient
from message_media_messages import APIException, AsyncMessageMediaMessagesClient, MessageMediaMessagesClient
from mxit import AsyncMxit, Mxit
from mxit.exceptions import MxitNotFoundException
from smscx_client.api.groups_api import AsyncGroupsApi, GroupsApi
from smscx_client.exceptions import ResourceNotFoundException
from switchboard_sandbox.pytest_plugin import RunningSandbox

pytestmark = pytest.mark.block_network(allowed_hosts=["127\\.0\\.0\\.1"])

LOST_ANSWERS = [502, 503, 504]
RECONCILED = "succeeded: an earlier attempt may have been processed"


def lose_next_answer(sandbox: RunningSandbox, status: int) -> None:
    sandbox.control.fail_next(status, after=True)


def reconciled_logged(caplog: pytest.LogCaptureFixture) -> bool:
    return any(RECONCILED in record.getMessage() for record in caplog.records)


# -- Mxit: delete_gallery_folder ----------------------------------------------------------------------------------


def mxit_options(sandbox: RunningSandbox) -> dict[str, Any]:
    return {"redirect_uri": "http://example.org/cb", "base_url": sandbox.url, "auth_base_url": sandbox.url}


def mxit_code(url: str) -> str:
    with httpx.Client() as http:
        return httpx.URL(http.get(url).headers["location"]).params["code"]


@pytest.mark.parametrize("status", LOST_ANSWERS)
def test_mxit_delete_gallery_folder(
    mxit_sandbox: RunningSandbox, status: int, caplog: pytest.LogCaptureFixture
) -> None:
    env = mxit_sandbox.environment
    with Mxit(env["MXIT_CLIENT_ID"], env["MXIT_CLIENT_SECRET"], **mxit_options(mxit_sandbox)) as client:
        client.oauth.get_user_token("content/write", mxit_code(client.oauth.auth_url("content/write")))
        client.users.create_gallery_folder("docs")
        lose_next_answer(mxit_sandbox, status)
        with caplog.at_level(logging.WARNING, "switchboard"):
            assert client.users.delete_gallery_folder("docs") is None
        assert reconciled_logged(caplog)
        with pytest.raises(MxitNotFoundException):  # not retried: a plain 404 stays an error
            client.users.delete_gallery_folder("docs")


async def test_mxit_delete_gallery_folder_async(mxit_sandbox: RunningSandbox) -> None:
    env = mxit_sandbox.environment
    async with AsyncMxit(env["MXIT_CLIENT_ID"], env["MXIT_CLIENT_SECRET"], **mxit_options(mxit_sandbox)) as client:
        await client.oauth.get_user_token("content/write", mxit_code(client.oauth.auth_url("content/write")))
        await client.users.create_gallery_folder("docs")
        lose_next_answer(mxit_sandbox, 503)
        assert await client.users.delete_gallery_folder("docs") is None


# -- SMS.CX: delete_group -----------------------------------------------------------------------------------------


def smscx_configuration(sandbox: RunningSandbox) -> smscx_client.Configuration:
    return smscx_client.Configuration(host=sandbox.url, api_key=sandbox.environment["SMSCX_API_KEY"], max_retries=2)


@pytest.mark.parametrize("status", LOST_ANSWERS)
def test_smscx_delete_group(smscx_sandbox: RunningSandbox, status: int, caplog: pytest.LogCaptureFixture) -> None:
    with smscx_client.ApiClient(smscx_configuration(smscx_sandbox)) as client:
        groups = GroupsApi(client)
        group = groups.create_group({"name": "Friends"}).info.id
        lose_next_answer(smscx_sandbox, status)
        with caplog.at_level(logging.WARNING, "switchboard"):
            assert groups.delete_group(group) is None
        assert reconciled_logged(caplog)
        with pytest.raises(ResourceNotFoundException):
            groups.delete_group(group)


async def test_smscx_delete_group_async(smscx_sandbox: RunningSandbox) -> None:
    async with smscx_client.AsyncApiClient(smscx_configuration(smscx_sandbox)) as client:
        groups = AsyncGroupsApi(client)
        group = (await groups.create_group({"name": "Friends"})).info.id
        lose_next_answer(smscx_sandbox, 502)
        assert await groups.delete_group(group) is None


# -- Vumi Go: delete_contact --------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", LOST_ANSWERS)
def test_vumigo_delete_contact(vumigo_sandbox: RunningSandbox, status: int, caplog: pytest.LogCaptureFixture) -> None:
    env = vumigo_sandbox.environment
    with ContactsApiClient(env["VUMIGO_AUTH_TOKEN"], env["SWITCHBOARD_VUMIGO_BASE_URL"]) as contacts:
        key = contacts.create_contact({"msisdn": "+27830000001", "name": "Nomsa"})["key"]
        lose_next_answer(vumigo_sandbox, status)
        with caplog.at_level(logging.WARNING, "switchboard"):
            assert contacts.delete_contact(key) is None
        assert reconciled_logged(caplog)
        with pytest.raises(NotFoundException):  # not retried: a plain 404 stays an error
            contacts.delete_contact(key)


# -- MessageMedia: update_cancel_scheduled_message ----------------------------------------------------------------

SCHEDULED = {
    "messages": [
        {
            "content": "Switchboard reminder",
            "destination_number": "+61491570112",
            "format": "SMS",
            "scheduled": "2099-06-30T09:00:00.000Z",
        }
    ]
}


def mm_credentials(sandbox: RunningSandbox) -> tuple[str, str]:
    env = sandbox.environment
    return env["MESSAGEMEDIA_API_KEY"], env["MESSAGEMEDIA_API_SECRET"]


@pytest.mark.parametrize("status", LOST_ANSWERS)
def test_messagemedia_cancel_scheduled_message(
    messagemedia_sandbox: RunningSandbox, status: int, caplog: pytest.LogCaptureFixture
) -> None:
    with MessageMediaMessagesClient(*mm_credentials(messagemedia_sandbox), base_url=messagemedia_sandbox.url) as client:
        [message] = client.messages.create_send_messages(SCHEDULED).messages
        lose_next_answer(messagemedia_sandbox, status)
        with caplog.at_level(logging.WARNING, "switchboard"):
            assert client.messages.update_cancel_scheduled_message(message.message_id, {"status": "cancelled"}) is None
        assert reconciled_logged(caplog)
        assert client.messages.get_message_status(message.message_id)["status"] == "cancelled"


async def test_messagemedia_cancel_scheduled_message_async(messagemedia_sandbox: RunningSandbox) -> None:
    credentials = mm_credentials(messagemedia_sandbox)
    async with AsyncMessageMediaMessagesClient(*credentials, True, base_url=messagemedia_sandbox.url) as client:
        [message] = (await client.messages.create_send_messages(SCHEDULED)).messages
        lose_next_answer(messagemedia_sandbox, 504)
        assert (
            await client.messages.update_cancel_scheduled_message(message.message_id, {"status": "cancelled"}) is None
        )


def test_a_400_that_proves_nothing_stays_an_error(messagemedia_sandbox: RunningSandbox) -> None:
    """A first attempt's 400 (no earlier attempt) is the caller's error, even with the same text."""
    with MessageMediaMessagesClient(*mm_credentials(messagemedia_sandbox), base_url=messagemedia_sandbox.url) as client:
        [message] = client.messages.create_send_messages(SCHEDULED).messages
        client.messages.update_cancel_scheduled_message(message.message_id, {"status": "cancelled"})
        with pytest.raises(APIException, match=r"(?i)only scheduled messages can be cancelled"):
            client.messages.update_cancel_scheduled_message(message.message_id, {"status": "cancelled"})


# -- Vumi Go: delete_group and set_optout (found by the fault campaign) -------------------------------------------


def test_vumigo_delete_group(vumigo_sandbox: RunningSandbox, caplog: pytest.LogCaptureFixture) -> None:
    env = vumigo_sandbox.environment
    with ContactsApiClient(env["VUMIGO_AUTH_TOKEN"], env["SWITCHBOARD_VUMIGO_BASE_URL"]) as contacts:
        key = contacts.create_group({"name": "Friends"})["key"]
        lose_next_answer(vumigo_sandbox, 503)
        with caplog.at_level(logging.WARNING, "switchboard"):
            assert contacts.delete_group(key) is None
        assert reconciled_logged(caplog)


def test_vumigo_set_optout(vumigo_sandbox: RunningSandbox, caplog: pytest.LogCaptureFixture) -> None:
    env = vumigo_sandbox.environment
    with OptOutsApiClient(env["VUMIGO_AUTH_TOKEN"], env["SWITCHBOARD_VUMIGO_BASE_URL"]) as optouts:
        lose_next_answer(vumigo_sandbox, 502)
        with caplog.at_level(logging.WARNING, "switchboard"):
            assert optouts.set_optout("msisdn", "+27830000009") is None
        assert reconciled_logged(caplog)
        assert optouts.get_optout("msisdn", "+27830000009") is not None

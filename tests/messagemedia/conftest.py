"""Fixtures for the MessageMedia tests: clients pointed at the sandbox (or the real API), vcr config,
and the sandbox's control endpoints."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from message_media_messages import AsyncMessageMediaMessagesClient, MessageMediaMessagesClient
from switchboard_sandbox.control import SandboxControl
from tests import cassettes

SANDBOX_CREDENTIALS = ("sandbox-key", "sandbox-secret")
SEED_CREDENTIALS = ("basic_auth_user_name", "basic_auth_password")
"""The placeholder credentials of the seed documentation's examples; the sandbox accepts them too."""


def credentials() -> tuple[str, str]:
    if cassettes.MODE == "live":
        key, secret = os.environ.get("MESSAGEMEDIA_API_KEY"), os.environ.get("MESSAGEMEDIA_API_SECRET")
        if not key or not secret:
            pytest.fail("live recording needs MESSAGEMEDIA_API_KEY and MESSAGEMEDIA_API_SECRET")
        return key, secret
    return SANDBOX_CREDENTIALS


def base_url() -> str:
    return "https://api.messagemedia.com" if cassettes.MODE == "live" else cassettes.sandbox_url()


ALL_SECRETS = cassettes.secret_forms([SANDBOX_CREDENTIALS, SEED_CREDENTIALS])


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    return cassettes.vcr_config(cassettes.secret_forms([credentials(), SEED_CREDENTIALS]))


@pytest.fixture
def client() -> Iterator[MessageMediaMessagesClient]:
    with MessageMediaMessagesClient(*credentials(), base_url=base_url()) as c:
        yield c


@pytest.fixture
def hmac_client() -> Iterator[MessageMediaMessagesClient]:
    with MessageMediaMessagesClient(*credentials(), True, base_url=base_url()) as c:
        yield c


@pytest.fixture
async def async_client() -> AsyncIterator[AsyncMessageMediaMessagesClient]:
    async with AsyncMessageMediaMessagesClient(*credentials(), True, base_url=base_url()) as c:
        yield c


class Sandbox(SandboxControl):
    """The MessageMedia sandbox's control endpoints."""

    provider = "messagemedia"

    def inject_reply(self, message_id: str, content: str) -> Any:
        return self.control("replies", {"message_id": message_id, "content": content})


@pytest.fixture
def sandbox() -> Sandbox:
    """Only for tests marked ``sandbox_only``; resets the sandbox so the test sees a known state."""
    box = Sandbox(base_url())
    box.reset()
    return box

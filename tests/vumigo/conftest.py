"""Fixtures for the Vumi Go tests: go_http clients pointed at the sandbox (replayed from cassettes by default),
the vcr config with every fake credential scrubbed, and the sandbox's control endpoints."""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from go_http import (
    AccountApiClient,
    AsyncAccountApiClient,
    AsyncContactsApiClient,
    AsyncHttpApiSender,
    AsyncMetricsApiClient,
    AsyncOptOutsApiClient,
    ContactsApiClient,
    HttpApiSender,
    MetricsApiClient,
    OptOutsApiClient,
)
from switchboard_sandbox.control import SandboxControl
from tests import cassettes

TOKEN = "sandbox-token"
OTHER_TOKEN = "sandbox-token-2"
ACCOUNT = "sandbox-account"
OTHER_ACCOUNT = "sandbox-account-2"
CONVERSATION = "sandbox-conversation"
CONVERSATION_TOKEN = "sandbox-conv-token"
PAGE_SIZE = 3
"""The sandbox's page size for contact listings."""

ALL_SECRETS = sorted(
    {
        TOKEN,
        OTHER_TOKEN,
        CONVERSATION_TOKEN,
        base64.b64encode(f"{ACCOUNT}:{CONVERSATION_TOKEN}".encode()).decode(),
    },
    key=len,
    reverse=True,
)
"""Every credential the tests record with (the account key is an identifier, not a secret)."""


def api_url() -> str:
    return cassettes.sandbox_url() + "/api/v1/go"


def sender_url() -> str:
    return api_url() + "/http_api_nostream"


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    if cassettes.MODE == "live":
        pytest.fail("Vumi Go cassettes are recorded from the sandbox only: the tests assert the sandbox's accounts")
    return cassettes.vcr_config(ALL_SECRETS)


@pytest.fixture
def contacts_api() -> Iterator[ContactsApiClient]:
    with ContactsApiClient(TOKEN, api_url()) as api:
        yield api


@pytest.fixture
def optouts_api() -> Iterator[OptOutsApiClient]:
    with OptOutsApiClient(TOKEN, api_url()) as api:
        yield api


@pytest.fixture
def metrics_api() -> Iterator[MetricsApiClient]:
    with MetricsApiClient(TOKEN, api_url()) as api:
        yield api


@pytest.fixture
def account_api() -> Iterator[AccountApiClient]:
    with AccountApiClient(TOKEN, api_url()) as api:
        yield api


@pytest.fixture
def sender() -> Iterator[HttpApiSender]:
    with HttpApiSender(ACCOUNT, CONVERSATION, CONVERSATION_TOKEN, sender_url()) as api:
        yield api


@pytest.fixture
async def async_contacts_api() -> AsyncIterator[AsyncContactsApiClient]:
    async with AsyncContactsApiClient(TOKEN, api_url()) as api:
        yield api


@pytest.fixture
async def async_optouts_api() -> AsyncIterator[AsyncOptOutsApiClient]:
    async with AsyncOptOutsApiClient(TOKEN, api_url()) as api:
        yield api


@pytest.fixture
async def async_metrics_api() -> AsyncIterator[AsyncMetricsApiClient]:
    async with AsyncMetricsApiClient(TOKEN, api_url()) as api:
        yield api


@pytest.fixture
async def async_account_api() -> AsyncIterator[AsyncAccountApiClient]:
    async with AsyncAccountApiClient(TOKEN, api_url()) as api:
        yield api


@pytest.fixture
async def async_sender() -> AsyncIterator[AsyncHttpApiSender]:
    async with AsyncHttpApiSender(ACCOUNT, CONVERSATION, CONVERSATION_TOKEN, sender_url()) as api:
        yield api


class Sandbox(SandboxControl):
    """The Vumi Go sandbox's control endpoints."""

    provider = "vumigo"

    def jsonrpc_style(self, style: str) -> None:
        self.control("jsonrpc", {"style": style})

    def seed_contact(self, contact: dict[str, Any], account: str = ACCOUNT) -> Any:
        return self.control("contacts", {"account": account, "contact": contact})


@pytest.fixture
def sandbox() -> Sandbox:
    """Only for tests marked ``sandbox_only``: resets the sandbox so the test sees a known state."""
    box = Sandbox(cassettes.sandbox_url())
    box.reset()
    return box

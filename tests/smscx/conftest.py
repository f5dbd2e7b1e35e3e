"""Fixtures for the SMS.CX tests: configurations pointed at the sandbox (replayed from cassettes), the vcr
config, the sandbox's control endpoints, and the sync / async API sets the scenarios run on."""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

import smscx_client
from smscx_client.api import (
    account_api,
    applications_api,
    attachments_api,
    conversations_api,
    groups_api,
    multichannel_api,
    numbers_api,
    oauth_api,
    optouts_api,
    originators_api,
    otp_api,
    reports_api,
    shortlinks_api,
    sms_api,
    templates_api,
    viber_api,
    whatsapp_api,
)
from switchboard_sandbox.control import SandboxControl
from tests import cassettes

API_KEY = "sandbox-api-key"
APPLICATION = ("sandbox-app-id", "sandbox-app-secret")
SEED_API_KEY = "YOUR_API_KEY"
SEED_APPLICATION = ("YOUR_APPLICATION_ID", "YOUR_APPLICATION_SECRET")
SEED_ACCESS_TOKEN = "YOUR_ACCESS_TOKEN"


def _secrets() -> list[str]:
    """Keys, secrets and Basic tokens (application IDs are identifiers, sent in paths, not secrets)."""
    forms = cassettes.secret_forms([APPLICATION, SEED_APPLICATION])
    return [f for f in forms if f not in (APPLICATION[0], SEED_APPLICATION[0])] + [
        API_KEY,
        SEED_API_KEY,
        SEED_ACCESS_TOKEN,
    ]


ALL_SECRETS = _secrets()


def base_url() -> str:
    return cassettes.sandbox_url()


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    return cassettes.vcr_config(ALL_SECRETS)


def configuration(**overrides: Any) -> smscx_client.Configuration:
    settings: dict[str, Any] = {"host": base_url(), "api_key": API_KEY, "max_retries": 0}
    settings.update(overrides)
    return smscx_client.Configuration(**settings)


class Sandbox(SandboxControl):
    """The SMS.CX sandbox's control endpoints (``control(name, body)`` for each of them)."""

    provider = "smscx"


@pytest.fixture
def sandbox() -> Sandbox:
    box = Sandbox(base_url())
    box.reset()
    return box


class Apis:
    """Every API class on one client, sync or async; :meth:`call` awaits only what needs awaiting."""

    def __init__(self, client: smscx_client.ApiClient | smscx_client.AsyncApiClient) -> None:
        sync = isinstance(client, smscx_client.ApiClient)

        def make(module: Any, name: str) -> Any:
            return getattr(module, name if sync else f"Async{name}")(client)

        self.account = make(account_api, "AccountApi")
        self.applications = make(applications_api, "ApplicationsApi")
        self.attachments = make(attachments_api, "AttachmentsApi")
        self.conversations = make(conversations_api, "ConversationsApi")
        self.groups = make(groups_api, "GroupsApi")
        self.multichannel = make(multichannel_api, "MultichannelApi")
        self.numbers = make(numbers_api, "NumbersApi")
        self.oauth = make(oauth_api, "OauthApi")
        self.optouts = make(optouts_api, "OptoutsApi")
        self.originators = make(originators_api, "OriginatorsApi")
        self.otp = make(otp_api, "OtpApi")
        self.reports = make(reports_api, "ReportsApi")
        self.shortlinks = make(shortlinks_api, "ShortlinksApi")
        self.sms = make(sms_api, "SmsApi")
        self.templates = make(templates_api, "TemplatesApi")
        self.viber = make(viber_api, "ViberApi")
        self.whatsapp = make(whatsapp_api, "WhatsappApi")


async def call(result: Any) -> Any:
    """``await`` an async API call's coroutine; a sync call's value passes through."""
    return await result if inspect.isawaitable(result) else result


async def collect(items: Any) -> list[Any]:
    """Every item of a sync or async page iterator."""
    if hasattr(items, "__aiter__"):
        return [item async for item in items]
    return list(items)


@pytest.fixture(params=["sync", "async"])
async def apis(request: pytest.FixtureRequest) -> AsyncIterator[Apis]:
    if request.param == "sync":
        with smscx_client.ApiClient(configuration()) as client:
            yield Apis(client)
    else:
        async with smscx_client.AsyncApiClient(configuration()) as client:
            yield Apis(client)


@pytest.fixture
def client() -> Iterator[smscx_client.ApiClient]:
    with smscx_client.ApiClient(configuration()) as c:
        yield c

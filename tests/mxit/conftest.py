"""Fixtures for the Mxit tests: clients pointed at the sandbox (both the API and the OAuth server), the vcr
config, authorization codes fetched from the sandbox's ``/authorize``, and its control endpoints.

Mxit shut down in 2020, so there is no live API to record against: every cassette comes from the sandbox.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from mxit import AsyncMxit, Mxit
from switchboard_sandbox.control import SandboxControl
from tests import cassettes

CLIENT_ID = "sandbox-client-id"
CLIENT_SECRET = "sandbox-client-secret"
REDIRECT_URI = "http://example.org/cb"
ALL_SCOPES = (
    "message/user status/write avatar/write profile/private profile/write contact/invite graph/read "
    "content/read content/write"
)

ALL_SECRETS = cassettes.secret_forms([(CLIENT_ID, CLIENT_SECRET)])


def base_url() -> str:
    return cassettes.sandbox_url()


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    return cassettes.vcr_config(ALL_SECRETS)


def authorize(url: str) -> str:
    """Follow an ``auth_url`` as the signed-in sandbox user would: the code from the redirect's ``Location``."""
    with httpx.Client() as http:
        response = http.get(url)
    assert response.status_code == 302, response.text
    return httpx.URL(response.headers["location"]).params["code"]


class Sandbox(SandboxControl):
    """The Mxit sandbox's control endpoints (``fail_next`` covers token requests too)."""

    provider = "mxit"

    def expire_tokens(self) -> None:
        self.control("expire_tokens")

    def state(self) -> Any:
        return self.request("GET", "/_sandbox/mxit/state")


@pytest.fixture
def sandbox() -> Sandbox:
    """A sandbox in its initial state (reset first)."""
    box = Sandbox(base_url())
    box.reset()
    return box


def make_client(**kwargs: Any) -> Mxit:
    options: dict[str, Any] = {"redirect_uri": REDIRECT_URI, "base_url": base_url(), "auth_base_url": base_url()}
    return Mxit(CLIENT_ID, CLIENT_SECRET, **{**options, **kwargs})


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[Mxit]:
    """An app-only client (no user token yet)."""
    with make_client() as c:
        yield c


@pytest.fixture
def user_client(client: Mxit) -> Mxit:
    """A client holding a user token for every user scope."""
    client.oauth.get_user_token(ALL_SCOPES, authorize(client.oauth.auth_url(ALL_SCOPES)))
    return client


@pytest.fixture
async def async_client(sandbox: Sandbox) -> AsyncIterator[AsyncMxit]:
    options: dict[str, Any] = {"redirect_uri": REDIRECT_URI, "base_url": base_url(), "auth_base_url": base_url()}
    async with AsyncMxit(CLIENT_ID, CLIENT_SECRET, **options) as c:
        yield c

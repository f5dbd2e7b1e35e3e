"""Fixtures for the Twitter (pytweet) tests: clients pointed at the sandbox (replayed from cassettes), the vcr
config with every credential scrubbed, the sandbox's control endpoints, and the sync / async client pair the
scenarios run on (``await call(...)`` awaits only what the async client returns).

Replayed tests point the clients at ``http://127.0.0.1:8099``: nothing listens there (the network is blocked and
vcr answers), but OAuth 1.0a signing refuses plain ``http://`` to any host that is not loopback. Requests are
matched on method, path, query and body; the OAuth 1.0a ``Authorization`` header (a fresh nonce and timestamp on
every request) is scrubbed and never matched.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

import pytweet
from switchboard_sandbox.control import SandboxControl
from tests import cassettes

BEARER_TOKEN = "sandbox-bearer-token"
CONSUMER_KEY = "sandbox-consumer-key"
CONSUMER_SECRET = "sandbox-consumer-secret"
ME = "1000000001"
ACCESS_TOKEN = f"{ME}-sandbox-access-token"
ACCESS_TOKEN_SECRET = "sandbox-access-token-secret"
FRIEND, DEV, PRIVATE, STREAMER = "1000000002", "1000000003", "1000000004", "1000000005"
PINNED, POLL_TWEET, REPLY, PHOTO_TWEET = (str(1460000000000001000 + n) for n in (1, 3, 4, 6))
PLACE = "5a110d312052166f"

ALL_SECRETS = [BEARER_TOKEN, CONSUMER_KEY, CONSUMER_SECRET, ACCESS_TOKEN, ACCESS_TOKEN_SECRET]
"""Every credential the tests send (none may appear in a cassette; tests/test_cassette_secrets.py)."""

REPLAY_URL = "http://127.0.0.1:8099"


def base_url() -> str:
    url = cassettes.sandbox_url()
    return REPLAY_URL if url == cassettes.REPLAY_BASE_URL else url


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    return cassettes.vcr_config(ALL_SECRETS)


def credentials(**overrides: Any) -> dict[str, Any]:
    settings: dict[str, Any] = {
        "consumer_key": CONSUMER_KEY,
        "consumer_key_secret": CONSUMER_SECRET,
        "access_token": ACCESS_TOKEN,
        "access_token_secret": ACCESS_TOKEN_SECRET,
        "base_url": base_url(),
        "max_retries": 0,
    }
    settings.update(overrides)
    return settings


def make_client(**overrides: Any) -> pytweet.Client:
    bearer = overrides.pop("bearer_token", BEARER_TOKEN)
    return pytweet.Client(bearer, **credentials(**overrides))


def make_async_client(**overrides: Any) -> pytweet.AsyncClient:
    bearer = overrides.pop("bearer_token", BEARER_TOKEN)
    return pytweet.AsyncClient(bearer, **credentials(**overrides))


class Sandbox(SandboxControl):
    """The Twitter sandbox's control endpoints."""

    provider = "twitter"

    def state(self) -> Any:
        return self.request("GET", "/_sandbox/twitter/state")

    def rate_limit(self, **body: Any) -> Any:
        return self.control("rate_limit", body)


@pytest.fixture
def sandbox() -> Sandbox:
    box = Sandbox(base_url())
    box.reset()
    return box


async def call(result: Any) -> Any:
    """``await`` what the async client returns; a sync client's value passes through."""
    return await result if inspect.isawaitable(result) else result


async def collect(items: Any) -> list[Any]:
    """Every item of a sync or async pager."""
    if hasattr(items, "__aiter__"):
        return [item async for item in items]
    return list(items)


@pytest.fixture(params=["sync", "async"])
async def client(request: pytest.FixtureRequest, sandbox: Sandbox) -> AsyncIterator[pytweet.Client]:
    """A sync ``Client`` or an ``AsyncClient`` (typed as the sync one: the scenarios ``await call(...)``)."""
    if request.param == "sync":
        with make_client() as sync:
            yield sync
    else:
        async with make_async_client() as asynchronous:
            yield asynchronous  # type: ignore[misc]


@pytest.fixture
def sync_client(sandbox: Sandbox) -> Iterator[pytweet.Client]:
    with make_client() as sync:
        yield sync

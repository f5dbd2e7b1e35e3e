"""Fixtures for the Twitter (pytweet) tests: clients pointed at the sandbox (replayed from cassettes), the vcr
config with every credential scrubbed, the sandbox's control endpoints, and the sync / async client pair the
scenarios run on (``await call(...)`` awaits only what the async client returns).

Replayed tests point the clients at ``http://127.0.0.1:8099``: nothing listens there (the network is blocked and
vcr answers), but OAuth 1.0a signing refuses plain ``http://`` to any host that is not loopback. Requests are
matched on method, path, query and body; the OAuth 1.0a ``Authorization`` header (a fresh nonce and timestamp on
every request) is scrubbed and never matched.

``make record-live PROVIDER=twitter`` records the tests not marked ``sandbox_only`` against the real API with the
credentials of ``TWITTER_BEARER_TOKEN``, ``TWITTER_CONSUMER_KEY``, ``TWITTER_CONSUMER_KEY_SECRET``,
``TWITTER_ACCESS_TOKEN`` and ``TWITTER_ACCESS_TOKEN_SECRET`` (scrubbed from what is written); those tests use only
the account itself, the tweets they post, and ``TWITTER_LIVE_OTHER_USER`` (a user id, TwitterDev's by default).
Without those credentials each live recording is skipped with the names of the missing variables, and its cassette
is kept.
"""

from __future__ import annotations

import inspect
import os
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
LIVE = cassettes.MODE == "live"
LIVE_URL = "https://api.twitter.com"
LIVE_NAMES = ("bearer_token", "consumer_key", "consumer_key_secret", "access_token", "access_token_secret")
OTHER_USER = os.environ.get("TWITTER_LIVE_OTHER_USER", "2244994945") if LIVE else DEV
"""Another account than the client's: TwitterDev's (or ``TWITTER_LIVE_OTHER_USER``) live, ``sandbox_dev`` here."""


def base_url() -> str:
    if LIVE:
        return LIVE_URL
    url = cassettes.sandbox_url()
    return REPLAY_URL if url == cassettes.REPLAY_BASE_URL else url


def live_credentials() -> dict[str, str]:
    """The real account's five credentials from the environment (live recording only)."""
    found = {name: os.environ.get(f"TWITTER_{name.upper()}", "") for name in LIVE_NAMES}
    missing = [f"TWITTER_{name.upper()}" for name, value in found.items() if not value]
    if missing:  # skipped before the vcr fixture runs, so the test's recorded cassette is left as it is
        pytest.skip(f"not recorded live: {', '.join(missing)} not set (a real app's and account's credentials)")
    return found


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    return cassettes.vcr_config(sorted({*ALL_SECRETS, *(live_credentials().values() if LIVE else ())}))


def credentials(**overrides: Any) -> dict[str, Any]:
    live = live_credentials() if LIVE else {}
    settings: dict[str, Any] = {
        "consumer_key": live.get("consumer_key", CONSUMER_KEY),
        "consumer_key_secret": live.get("consumer_key_secret", CONSUMER_SECRET),
        "access_token": live.get("access_token", ACCESS_TOKEN),
        "access_token_secret": live.get("access_token_secret", ACCESS_TOKEN_SECRET),
        "base_url": base_url(),
        "max_retries": 0,
    }
    settings.update(overrides)
    return settings


def _bearer(overrides: dict[str, Any]) -> Any:
    default = live_credentials()["bearer_token"] if LIVE else BEARER_TOKEN
    return overrides.pop("bearer_token", default)


def make_client(**overrides: Any) -> pytweet.Client:
    bearer = _bearer(overrides)
    return pytweet.Client(bearer, **credentials(**overrides))


def make_async_client(**overrides: Any) -> pytweet.AsyncClient:
    bearer = _bearer(overrides)
    return pytweet.AsyncClient(bearer, **credentials(**overrides))


def account_id() -> str:
    """The client account's id: the part of its access token before the ``-``."""
    return str(credentials()["access_token"]).partition("-")[0]


class Sandbox(SandboxControl):
    """The Twitter sandbox's control endpoints."""

    provider = "twitter"

    def state(self) -> Any:
        return self.request("GET", "/_sandbox/twitter/state")

    def rate_limit(self, **body: Any) -> Any:
        return self.control("rate_limit", body)


@pytest.fixture
def fresh() -> None:
    """A known starting point: the sandbox reset (replayed from the cassette); live, the real account as it is."""
    if not LIVE:
        Sandbox(base_url()).reset()


@pytest.fixture
def sandbox(fresh: None) -> Sandbox:
    """The sandbox, reset (only for tests marked ``sandbox_only``: they drive its control endpoints)."""
    return Sandbox(base_url())


async def call(result: Any) -> Any:
    """``await`` what the async client returns; a sync client's value passes through."""
    return await result if inspect.isawaitable(result) else result


async def collect(items: Any) -> list[Any]:
    """Every item of a sync or async pager."""
    if hasattr(items, "__aiter__"):
        return [item async for item in items]
    return list(items)


AnyClient = pytweet.Client | pytweet.AsyncClient
"""What the scenarios run on, sync or async: each call goes through ``await call(...)``."""


def is_model(value: object, name: str, client: AnyClient) -> bool:
    """Whether ``value`` is pytweet's model ``name``: ``Async<name>`` on an ``AsyncClient``."""
    return isinstance(value, getattr(pytweet, f"Async{name}" if client.http.is_async else name))


@pytest.fixture(params=["sync", "async"])
async def client(request: pytest.FixtureRequest, fresh: None) -> AsyncIterator[AnyClient]:
    """A sync ``Client`` or an ``AsyncClient`` (the scenarios ``await call(...)``)."""
    if request.param == "sync":
        with make_client() as sync:
            yield sync
    else:
        async with make_async_client() as asynchronous:
            yield asynchronous


@pytest.fixture
def sync_client(fresh: None) -> Iterator[pytweet.Client]:
    with make_client() as sync:
        yield sync

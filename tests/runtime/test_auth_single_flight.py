"""Token fetches and refreshes are single-flight per grant and scope, on sync clients (threads) and async ones
(tasks): a cold cache fetches one token for many concurrent requests, and an expired (or refused) user token is
refreshed once, since refresh tokens are single-use."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

from switchboard_core.auth import (
    OAuth2ClientCredentials,
    OAuth2ScopedAuth,
    ScopeRequirement,
    Token,
    arun_token_flow,
    run_token_flow,
)

TOKEN_URL = "https://auth.example.test/token"
API = "https://api.example.test"
USER = ScopeRequirement("profile/private", "authorization_code")
APP = ScopeRequirement("profile/public")
NOW = 1_700_000_000.0


class TokenServer:
    """A token endpoint and an API: counts token requests, refuses a refresh token used twice (single-use), and
    answers 401 to any token it did not issue last for its grant."""

    def __init__(self, delay: float = 0.05) -> None:
        self.delay = delay
        self.grants: list[str] = []
        self.reused_refresh_tokens = 0
        self._used: set[str] = set()
        self._valid: set[str] = set()
        self._lock = threading.Lock()

    def _token(self, request: httpx.Request) -> httpx.Response:
        form = {k: v[0] for k, v in parse_qs(request.content.decode()).items()}
        with self._lock:
            self.grants.append(form["grant_type"])
            number = len(self.grants)
            if form["grant_type"] == "refresh_token":
                if form["refresh_token"] in self._used:
                    self.reused_refresh_tokens += 1
                    return httpx.Response(400, json={"error": "invalid_grant"})
                self._used.add(form["refresh_token"])
            self._valid.add(f"access-{number}")
        return httpx.Response(
            200, json={"access_token": f"access-{number}", "expires_in": 3600, "refresh_token": f"refresh-{number}"}
        )

    def _api(self, request: httpx.Request) -> httpx.Response:
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        with self._lock:
            valid = token in self._valid
        return httpx.Response(200, json={"token": token}) if valid else httpx.Response(401, json={"error": "expired"})

    def accept(self, token: str) -> None:
        with self._lock:
            self._valid.add(token)

    def revoke_all(self) -> None:
        with self._lock:
            self._valid.clear()

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/token":
            time.sleep(self.delay)  # a slow endpoint: every concurrent request finds the cache cold
            return self._token(request)
        return self._api(request)

    async def ahandle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/token":
            await asyncio.sleep(self.delay)
            return self._token(request)
        return self._api(request)


def scoped(server: TokenServer, clock: Callable[[], float] = lambda: NOW) -> OAuth2ScopedAuth:
    return OAuth2ScopedAuth(TOKEN_URL, "client-id", "client-secret", clock=clock)


def credentials(server: TokenServer) -> OAuth2ClientCredentials:
    return OAuth2ClientCredentials(TOKEN_URL, "client-id", "client-secret", scope="read", clock=lambda: NOW)


def in_threads(count: int, call: Callable[[], Any]) -> list[Any]:
    barrier = threading.Barrier(count)

    def run() -> Any:
        barrier.wait()
        return call()

    with ThreadPoolExecutor(count) as pool:
        return list(pool.map(lambda _: run(), range(count)))


def sync_client(server: TokenServer, auth: httpx.Auth) -> httpx.Client:
    return httpx.Client(base_url=API, auth=auth, transport=httpx.MockTransport(server.handle))


def async_client(server: TokenServer, auth: httpx.Auth) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=API, auth=auth, transport=httpx.MockTransport(server.ahandle))


def statuses(responses: list[httpx.Response]) -> set[int]:
    return {response.status_code for response in responses}


# -- cold caches -------------------------------------------------------------------------------------------------


def test_a_cold_client_credentials_cache_fetches_one_token_for_50_threads() -> None:
    server = TokenServer()
    with sync_client(server, credentials(server)) as client:
        responses = in_threads(50, lambda: client.get("/data"))
    assert statuses(responses) == {200}
    assert server.grants == ["client_credentials"]


async def test_a_cold_client_credentials_cache_fetches_one_token_for_200_tasks() -> None:
    server = TokenServer(delay=0.02)
    async with async_client(server, credentials(server)) as client:
        responses = await asyncio.gather(*(client.get("/data") for _ in range(200)))
    assert statuses(responses) == {200}
    assert server.grants == ["client_credentials"]


def test_a_cold_scoped_cache_fetches_one_app_token_per_scope_for_50_threads() -> None:
    server = TokenServer()
    other = ScopeRequirement("message/send")
    with sync_client(server, scoped(server)) as client:
        responses = in_threads(50, lambda: [client.get("/data", extensions=r.extensions()) for r in (APP, other)])
    assert statuses([r for pair in responses for r in pair]) == {200}
    assert server.grants == ["client_credentials", "client_credentials"]


async def test_a_cold_scoped_cache_fetches_one_app_token_for_200_tasks() -> None:
    server = TokenServer(delay=0.02)
    async with async_client(server, scoped(server)) as client:
        responses = await asyncio.gather(*(client.get("/data", extensions=APP.extensions()) for _ in range(200)))
    assert statuses(responses) == {200}
    assert server.grants == ["client_credentials"]


def test_token_flows_driven_outside_requests_are_single_flight_too() -> None:
    """What a facade's explicit ``get_app_token`` drives (e.g. Mxit's ``client.oauth``)."""
    server = TokenServer()
    auth = scoped(server)
    with httpx.Client(transport=httpx.MockTransport(server.handle)) as http:
        tokens = in_threads(50, lambda: run_token_flow(auth.token_flow(APP), http))
    assert {token.access_token for token in tokens} == {"access-1"}
    assert server.grants == ["client_credentials"]


async def test_async_token_flows_driven_outside_requests_are_single_flight_too() -> None:
    server = TokenServer(delay=0.02)
    auth = scoped(server)
    async with httpx.AsyncClient(transport=httpx.MockTransport(server.ahandle)) as http:
        tokens = await asyncio.gather(*(arun_token_flow(auth.token_flow(APP), http) for _ in range(200)))
    assert {token.access_token for token in tokens} == {"access-1"}
    assert server.grants == ["client_credentials"]


# -- user tokens: one refresh -------------------------------------------------------------------------------------


def with_expired_user_token(server: TokenServer) -> OAuth2ScopedAuth:
    auth = scoped(server)
    auth.store("authorization_code", USER.scope, Token("old", expires_at=NOW - 10, refresh_token="refresh-0"))
    return auth


def test_four_threads_finding_the_user_token_expired_send_one_refresh() -> None:
    server = TokenServer()
    with sync_client(server, with_expired_user_token(server)) as client:
        responses = in_threads(4, lambda: client.get("/me", extensions=USER.extensions()))
    assert statuses(responses) == {200}
    assert server.grants == ["refresh_token"]
    assert server.reused_refresh_tokens == 0


async def test_four_tasks_finding_the_user_token_expired_send_one_refresh() -> None:
    server = TokenServer()
    async with async_client(server, with_expired_user_token(server)) as client:
        responses = await asyncio.gather(*(client.get("/me", extensions=USER.extensions()) for _ in range(4)))
    assert statuses(responses) == {200}
    assert server.grants == ["refresh_token"]
    assert server.reused_refresh_tokens == 0


def revoked_user_token(server: TokenServer) -> OAuth2ScopedAuth:
    """A user token that looks valid but that the API refuses (401)."""
    auth = scoped(server)
    auth.store("authorization_code", USER.scope, Token("revoked", expires_at=NOW + 600, refresh_token="refresh-0"))
    return auth


def test_four_threads_refused_with_401_send_one_refresh() -> None:
    server = TokenServer()
    with sync_client(server, revoked_user_token(server)) as client:
        responses = in_threads(4, lambda: client.get("/me", extensions=USER.extensions()))
    assert statuses(responses) == {200}
    assert server.grants == ["refresh_token"]
    assert server.reused_refresh_tokens == 0


async def test_four_tasks_refused_with_401_send_one_refresh() -> None:
    server = TokenServer()
    async with async_client(server, revoked_user_token(server)) as client:
        responses = await asyncio.gather(*(client.get("/me", extensions=USER.extensions()) for _ in range(4)))
    assert statuses(responses) == {200}
    assert server.grants == ["refresh_token"]


def test_client_credentials_refused_with_401_fetch_one_new_token() -> None:
    server = TokenServer()
    auth = credentials(server)
    with sync_client(server, auth) as client:
        assert client.get("/data").status_code == 200
        server.revoke_all()
        responses = in_threads(8, lambda: client.get("/data"))
    assert statuses(responses) == {200}
    assert server.grants == ["client_credentials", "client_credentials"]


def test_a_failed_fetch_releases_the_lock_for_the_next_request() -> None:
    answers = iter([httpx.Response(503), httpx.Response(200, json={"access_token": "t", "expires_in": 60})])

    def handle(request: httpx.Request) -> httpx.Response:
        return next(answers) if request.url.path == "/token" else httpx.Response(200)

    auth = OAuth2ClientCredentials(TOKEN_URL, "client-id", "client-secret", clock=lambda: NOW)
    with httpx.Client(base_url=API, auth=auth, transport=httpx.MockTransport(handle)) as client:
        with pytest.raises(Exception, match="503"):
            client.get("/data")
        assert client.get("/data").status_code == 200  # would hang if the failed fetch had kept the lock


async def test_the_async_locks_work_on_several_event_loops() -> None:
    """A facade's sync wrapper may run each call on a new loop: locks are per loop, not bound to the first."""
    server = TokenServer(delay=0.0)
    auth = credentials(server)

    def on_new_loop() -> int:
        async def call() -> int:
            async with async_client(server, auth) as client:
                return (await client.get("/data")).status_code

        return asyncio.run(call())

    assert await asyncio.to_thread(on_new_loop) == 200
    assert await asyncio.to_thread(on_new_loop) == 200
    assert server.grants == ["client_credentials"]

"""Mxit's ``client.oauth`` drives the runtime's single-flight token flows (no token lock of its own): 50 threads or
200 tasks asking for an app token on a cold cache fetch one, and four asking for an expired user token refresh
it once."""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import parse_qs

import httpx

from mxit import AsyncMxit, Mxit
from switchboard_core.auth import Token

AUTH = "https://auth.mxit.test"
API = "https://api.mxit.test"


class TokenEndpoint:
    def __init__(self) -> None:
        self.grants: list[str] = []
        self._lock = threading.Lock()

    def _answer(self, request: httpx.Request) -> httpx.Response:
        grant = parse_qs(request.content.decode())["grant_type"][0]
        with self._lock:
            self.grants.append(grant)
            number = len(self.grants)
        token = {"access_token": f"access-{number}", "expires_in": 3600, "refresh_token": f"refresh-{number}"}
        return httpx.Response(200, json={**token, "token_type": "bearer", "scope": "profile/public"})

    def handle(self, request: httpx.Request) -> httpx.Response:
        time.sleep(0.05)
        return self._answer(request)

    async def ahandle(self, request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.02)
        return self._answer(request)


def options(endpoint: TokenEndpoint) -> dict[str, object]:
    return {
        "redirect_uri": "http://example.org/cb",
        "base_url": API,
        "auth_base_url": AUTH,
        "transport": httpx.MockTransport(endpoint.handle),
        "async_transport": httpx.MockTransport(endpoint.ahandle),
    }


def test_50_threads_on_a_cold_cache_fetch_one_app_token() -> None:
    endpoint = TokenEndpoint()
    with Mxit("id", "secret", **options(endpoint)) as client, ThreadPoolExecutor(50) as pool:  # type: ignore[arg-type]
        tokens = list(pool.map(lambda _: client.oauth.get_app_token("profile/public"), range(50)))
    assert set(tokens) == {"access-1"}
    assert endpoint.grants == ["client_credentials"]


async def test_200_tasks_on_a_cold_cache_fetch_one_app_token() -> None:
    endpoint = TokenEndpoint()
    async with AsyncMxit("id", "secret", **options(endpoint)) as client:  # type: ignore[arg-type]
        tokens = await asyncio.gather(*(client.oauth.get_app_token("profile/public") for _ in range(200)))
    assert set(tokens) == {"access-1"}
    assert endpoint.grants == ["client_credentials"]


def test_four_threads_with_an_expired_user_token_send_one_refresh() -> None:
    endpoint = TokenEndpoint()
    with Mxit("id", "secret", **options(endpoint)) as client, ThreadPoolExecutor(4) as pool:  # type: ignore[arg-type]
        expired = Token("old", expires_at=time.time() - 60, refresh_token="refresh-0")
        client.auth.store("authorization_code", "profile/private", expired)
        tokens = list(pool.map(lambda _: client.oauth.get_user_token("profile/private"), range(4)))
    assert set(tokens) == {"access-1"}
    assert endpoint.grants == ["refresh_token"]

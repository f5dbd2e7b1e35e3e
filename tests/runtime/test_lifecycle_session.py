"""SyncLifecycle / AsyncLifecycle: with_options but no base_url, and a caller's httpx client as the session."""

from __future__ import annotations

import httpx
import pytest

from switchboard_core import AsyncLifecycle, Call, ClientSettings, SyncAPIClient, SyncLifecycle
from switchboard_core.auth import BearerAuth

SETTINGS = ClientSettings(
    base_url="https://api.example.test/v1", auth=BearerAuth("tok"), headers={"User-Agent": "ua/1", "X-A": "1"}
)


def answering(seen: list[httpx.Request], value: object) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=value)

    return httpx.MockTransport(handle)


PING = Call({"method": "GET", "url": "/ping", "headers": {"X-A": "2"}}, lambda r: r.json())


def test_the_lifecycle_has_with_options_but_no_base_url() -> None:
    assert hasattr(SyncLifecycle, "with_options")
    assert hasattr(AsyncLifecycle, "with_options")
    assert not hasattr(AsyncLifecycle, "base_url")
    assert hasattr(SyncAPIClient, "base_url")


def test_a_with_options_copy_sends_on_the_callers_session_and_leaves_it_open() -> None:
    seen: list[httpx.Request] = []
    session = httpx.Client(transport=answering(seen, 1))
    client = SyncLifecycle(SETTINGS, session)
    with client.with_options(max_retries=0, timeout=2.0) as copy:
        assert copy._invoker.run(PING) == 1
        assert copy._invoker.http is session
    assert seen[0].headers["Authorization"] == "Bearer tok"
    assert not session.is_closed


def test_a_callers_session_gets_absolute_urls_headers_and_auth_and_stays_open() -> None:
    seen: list[httpx.Request] = []
    session = httpx.Client(transport=answering(seen, 1))
    with SyncLifecycle(SETTINGS, session) as client:
        assert client._invoker.run(PING) == 1
    assert str(seen[0].url) == "https://api.example.test/v1/ping"
    assert seen[0].headers["Authorization"] == "Bearer tok"
    assert (seen[0].headers["User-Agent"], seen[0].headers["X-A"]) == ("ua/1", "2")  # the call's header wins
    assert not session.is_closed
    session.close()


async def test_an_async_session_too() -> None:
    seen: list[httpx.Request] = []
    async with httpx.AsyncClient(transport=answering(seen, 2)) as session:
        client = AsyncLifecycle(SETTINGS, session)
        assert await client._invoker.run(PING) == 2
        await client.aclose()
        assert not session.is_closed
    assert seen[0].headers["Authorization"] == "Bearer tok"


def test_without_a_session_the_client_is_ours_and_closed() -> None:
    settings = ClientSettings(
        base_url="https://api.example.test", transport=httpx.MockTransport(lambda r: httpx.Response(204))
    )
    client = SyncLifecycle(settings)
    client.close()
    assert client._invoker.http.is_closed


@pytest.mark.parametrize("status", [404, 410])
def test_absent_statuses_answer_none(status: int) -> None:
    settings = ClientSettings(
        base_url="https://x.test", transport=httpx.MockTransport(lambda r: httpx.Response(status))
    )
    with SyncLifecycle(settings) as client:
        assert (
            client._invoker.run(Call({"method": "GET", "url": "/"}, lambda r: r.json(), absent=frozenset({404, 410})))
            is None
        )

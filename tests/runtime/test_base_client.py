"""The shared client lifecycle (switchboard_core.SyncAPIClient / AsyncAPIClient)."""

from __future__ import annotations

import threading

import httpx
import pytest

from switchboard_core import (
    AsyncAPIClient,
    Call,
    ClientSettings,
    InvalidRequestError,
    RetryPolicy,
    SyncAPIClient,
    retry_policy,
)


class Recorder:
    def __init__(self, status: int = 200) -> None:
        self.requests: list[httpx.Request] = []
        self.status = status

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.status, json={"ok": True})


class Widget(SyncAPIClient):
    """A facade-shaped subclass: its own constructor turns arguments into settings."""

    def __init__(self, recorder: Recorder, *, max_retries: int = 2) -> None:
        super().__init__(
            ClientSettings(
                base_url="https://api.example.test",
                retry=retry_policy(max_retries, initial_delay=0.0),
                transport=httpx.MockTransport(recorder),
                async_transport=httpx.MockTransport(recorder),
            )
        )

    def ping(self) -> object:
        return self._invoker.run(Call({"method": "GET", "url": "/ping"}, lambda r: r.json()))


class AsyncWidget(AsyncAPIClient):
    def __init__(self, recorder: Recorder) -> None:
        super().__init__(
            ClientSettings(base_url="https://api.example.test", async_transport=httpx.MockTransport(recorder))
        )

    async def ping(self) -> object:
        return await self._invoker.run(Call({"method": "GET", "url": "/ping"}, lambda r: r.json()))


def test_http_client_is_built_once_in_init_even_under_threads() -> None:
    client = Widget(Recorder())
    seen: list[httpx.Client] = []
    threads = [threading.Thread(target=lambda: seen.append(client._invoker.http)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(http) for http in seen}) == 1


def test_with_options_shares_the_pool_and_applies_its_defaults_per_call() -> None:
    recorder = Recorder(status=503)
    client = Widget(recorder, max_retries=0)
    derived = client.with_options(timeout=3.0, max_retries=2)
    assert type(derived) is Widget
    assert derived._invoker.http is client._invoker.http
    with pytest.raises(Exception, match="503"):
        derived.ping()
    assert len(recorder.requests) == 3  # two retries on the derived client
    assert recorder.requests[0].extensions["timeout"]["read"] == 3.0
    twice = derived.with_options(max_retries=0)
    with pytest.raises(Exception, match="503"):
        twice.ping()
    assert len(recorder.requests) == 4
    assert recorder.requests[-1].extensions["timeout"]["read"] == 3.0  # the first copy's timeout is kept
    with pytest.raises(Exception, match="503"):
        client.ping()  # the original keeps its own defaults
    assert len(recorder.requests) == 5
    assert recorder.requests[-1].extensions["timeout"]["read"] == 30.0


def test_close_and_context_manager() -> None:
    with Widget(Recorder()) as client:
        assert client.ping() == {"ok": True}
    assert client._invoker.http.is_closed


async def test_async_lifecycle() -> None:
    async with AsyncWidget(Recorder()) as client:
        assert await client.ping() == {"ok": True}
        derived = client.with_options(timeout=1.0)
        assert derived._invoker.http is client._invoker.http
    assert client._invoker.http.is_closed


def test_messages_name_the_public_class() -> None:
    client = Widget(Recorder())
    assert repr(client).startswith("Widget(base_url='https://api.example.test'")
    with pytest.raises(NotImplementedError, match="Widget has no typed client"):
        _ = client.typed


def test_retry_policy_checks_the_count_once() -> None:
    assert retry_policy(3).max_retries == 3
    assert isinstance(retry_policy(1), RetryPolicy)
    with pytest.raises(InvalidRequestError):
        retry_policy(-1)


@pytest.mark.parametrize(
    "base_url", ["https://api.example.test", "https://api.example.test/v1", "https://api.example.test/v1/", ""]
)
@pytest.mark.parametrize("url", ["/a/b", "a/b", "/a%2Fb/c d", "/x?y=1&z=a b", "https://other.example.test/p"])
def test_a_relative_call_url_goes_where_httpx_merges_it(base_url: str, url: str) -> None:
    """The invoker joins a relative URL to the base URL itself (one URL parse): the same URL as httpx's merge."""
    from switchboard_core import CallOptions
    from switchboard_core._client import _build_request

    if not base_url and "://" not in url:
        url = "https://api.example.test" + ("" if url.startswith("/") else "/") + url
    with httpx.Client(base_url=base_url) as http:
        call = Call({"method": "GET", "url": url}, lambda response: None)
        built = _build_request(http, call, CallOptions(), RetryPolicy())
        assert built.url == http.build_request("GET", url).url
        assert str(built.url) == str(http.build_request("GET", url).url)

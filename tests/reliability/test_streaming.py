"""Downloads stream with bounded memory, and sync and async raise identical errors with identical bodies."""

from __future__ import annotations

import gc
import tracemalloc
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import smscx_client
from smscx_client.api import groups_api

CHUNK = b"1,+15550000000\n" * 4096  # 60 KiB
CHUNKS = 640  # ~38 MiB in all
ALLOWED = 8 * 1024 * 1024
NOT_FOUND = {"error": {"type": "not_found", "code": 404, "message": "group 9 was not found"}}


class _Large(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A large body produced chunk by chunk (the same chunk object: the producer itself allocates nothing)."""

    def __iter__(self) -> Iterator[bytes]:
        for _ in range(CHUNKS):
            yield CHUNK

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for _ in range(CHUNKS):
            yield CHUNK


def _answer(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/oauth/token"):
        return httpx.Response(200, json={"access_token": "tok", "expires_in": 3600, "token_type": "bearer"})
    if request.url.path.startswith("/groups/9/"):
        return httpx.Response(404, json=NOT_FOUND)
    return httpx.Response(200, stream=_Large(), headers={"Content-Type": "text/csv"})


def _configuration(**credentials: Any) -> smscx_client.Configuration:
    return smscx_client.Configuration(host="https://api.sms.cx", max_retries=0, **credentials)


CREDENTIALS = [
    pytest.param({"api_key": "test-key"}, id="api-key"),
    pytest.param({"username": "APP", "password": "app-secret"}, id="oauth2-client-credentials"),
]


@pytest.mark.parametrize("credentials", CREDENTIALS)
def test_a_download_larger_than_its_memory_bound_streams_to_the_file(
    tmp_path: Path, credentials: dict[str, str]
) -> None:
    api = groups_api.GroupsApi(
        smscx_client.ApiClient(_configuration(**credentials), transport=httpx.MockTransport(_answer))
    )
    target = tmp_path / "group.csv"
    gc.collect()  # earlier tests' garbage (event loops, sessions) is not finalised inside the measurement
    tracemalloc.start()
    try:
        api.export_group_to_csv(5, to=target)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert target.stat().st_size == len(CHUNK) * CHUNKS > 4 * ALLOWED
    assert peak < ALLOWED, f"peak {peak} bytes while streaming {target.stat().st_size}"


@pytest.mark.parametrize("credentials", CREDENTIALS)
async def test_an_async_download_streams_too(tmp_path: Path, credentials: dict[str, str]) -> None:
    configuration = _configuration(**credentials)
    async with smscx_client.AsyncApiClient(configuration, async_transport=httpx.MockTransport(_answer)) as client:
        target = tmp_path / "group.csv"
        tracemalloc.start()
        try:
            await groups_api.AsyncGroupsApi(client).export_group_to_csv(5, to=target)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert target.stat().st_size == len(CHUNK) * CHUNKS
    assert peak < ALLOWED


@pytest.mark.parametrize("credentials", CREDENTIALS)
async def test_sync_and_async_raise_the_same_error_with_the_same_body(credentials: dict[str, str]) -> None:
    sync_api = groups_api.GroupsApi(
        smscx_client.ApiClient(_configuration(**credentials), transport=httpx.MockTransport(_answer))
    )
    with pytest.raises(smscx_client.ApiException) as sync_caught:
        sync_api.export_group_to_csv(9)
    async with smscx_client.AsyncApiClient(
        _configuration(**credentials), async_transport=httpx.MockTransport(_answer)
    ) as client:
        with pytest.raises(smscx_client.ApiException) as async_caught:
            await groups_api.AsyncGroupsApi(client).export_group_to_csv(9)
    sync_error, async_error = sync_caught.value, async_caught.value
    assert type(sync_error) is type(async_error) is smscx_client.ResourceNotFoundException
    assert sync_error.body == async_error.body == httpx.Response(404, json=NOT_FOUND).text  # 0.1.x's str
    assert str(sync_error) == str(async_error)
    assert sync_error.error_message == async_error.error_message == "group 9 was not found"

"""Streamed downloads: bytes or a file, written in chunks, never a partial file on failure."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest

from switchboard_core import (
    APIConnectionError,
    AsyncInvoker,
    Call,
    ClientSettings,
    NotFoundError,
    SyncInvoker,
    asave_body,
    save_body,
)
from switchboard_core._client import build_async_http_client, build_http_client

PAYLOAD = bytes(range(256)) * 4096  # 1 MiB


class Chunks(httpx.SyncByteStream):
    def __init__(self, fail_after: int | None = None) -> None:
        self.fail_after = fail_after

    def __iter__(self) -> Iterator[bytes]:
        for n, start in enumerate(range(0, len(PAYLOAD), 65536)):
            if self.fail_after is not None and n >= self.fail_after:
                raise httpx.ReadError("connection dropped")
            yield PAYLOAD[start : start + 65536]


class AsyncChunks(httpx.AsyncByteStream):
    async def __aiter__(self) -> AsyncIterator[bytes]:
        for start in range(0, len(PAYLOAD), 65536):
            yield PAYLOAD[start : start + 65536]


def handler(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/missing":
        return httpx.Response(404, json={"message": "no"})
    if request.url.path == "/broken":
        return httpx.Response(200, stream=Chunks(fail_after=3))
    return httpx.Response(200, stream=Chunks())


async def ahandler(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/missing":
        return httpx.Response(404, json={"message": "no"})
    return httpx.Response(200, stream=AsyncChunks())


def invoker() -> SyncInvoker:
    settings = ClientSettings(base_url="https://x.example", transport=httpx.MockTransport(handler))
    return SyncInvoker(build_http_client(settings), settings)


def call(path: str) -> Call[None]:
    return Call({"method": "GET", "url": path}, lambda r: None)


def test_save_body_writes_the_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    assert invoker().stream(call("/file"), save_body(target)) == target
    assert target.read_bytes() == PAYLOAD
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


def test_a_broken_download_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    with pytest.raises(APIConnectionError, match="failed"):
        invoker().stream(call("/broken"), save_body(target))
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


def test_an_error_status_raises_with_the_body_and_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    with pytest.raises(NotFoundError) as caught:
        invoker().stream(call("/missing"), save_body(target))
    assert caught.value.body == b'{"message":"no"}'
    assert not target.exists()


def test_a_missing_folder_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        invoker().stream(call("/file"), save_body(tmp_path / "nope" / "out.bin"))


async def test_async_save_body(tmp_path: Path) -> None:
    settings = ClientSettings(base_url="https://x.example", async_transport=httpx.MockTransport(ahandler))
    async_invoker = AsyncInvoker(build_async_http_client(settings), settings)
    target = tmp_path / "out.bin"
    await async_invoker.stream(call("/file"), asave_body(target))
    assert target.read_bytes() == PAYLOAD
    with pytest.raises(NotFoundError):
        await async_invoker.stream(call("/missing"), asave_body(tmp_path / "other.bin"))
    assert not (tmp_path / "other.bin").exists()
    await async_invoker.http.aclose()

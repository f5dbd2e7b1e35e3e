"""``download()`` on the invokers: to a path (atomically), to an open file, into memory; errors as for ``run``."""

from __future__ import annotations

import io
from pathlib import Path

import httpx
import pytest

from switchboard_core import (
    AsyncInvoker,
    Call,
    ClientSettings,
    NotFoundError,
    RetryPolicy,
    SyncInvoker,
    build_async_http_client,
    build_http_client,
)
from switchboard_core._errors import APIConnectionError

BODY = b"id,phone\n" + b"1,+40700000000\n" * 5000


def _handler(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/missing":
        return httpx.Response(404, json={"error": "nope"})
    if request.url.path == "/broken":
        return httpx.Response(200, stream=_BrokenStream())
    return httpx.Response(200, content=BODY, headers={"Content-Type": "application/csv"})


class _BrokenStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __iter__(self):  # type: ignore[no-untyped-def]
        yield b"partial"
        raise httpx.ReadError("connection reset")

    async def __aiter__(self):  # type: ignore[no-untyped-def]
        yield b"partial"
        raise httpx.ReadError("connection reset")


def _settings() -> ClientSettings:
    return ClientSettings(
        base_url="https://api.example.test",
        retry=RetryPolicy(max_retries=0),
        transport=httpx.MockTransport(_handler),
        async_transport=httpx.MockTransport(_handler),
    )


def _sync() -> SyncInvoker:
    settings = _settings()
    return SyncInvoker(build_http_client(settings), settings)


def _async() -> AsyncInvoker:
    settings = _settings()
    return AsyncInvoker(build_async_http_client(settings), settings)


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _read(path: Path) -> bytes:
    return path.read_bytes()


def _call(path: str) -> Call[bytes]:
    return Call({"method": "GET", "url": path}, lambda r: r.content)


def test_download_to_memory_returns_the_bytes() -> None:
    assert _sync().download(_call("/export")) == BODY


def test_download_to_a_path_writes_the_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    result = _sync().download(_call("/export"), target)
    assert result == target
    assert target.read_bytes() == BODY
    assert [p.name for p in tmp_path.iterdir()] == ["export.csv"]


def test_download_to_an_open_file(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    assert _sync().download(_call("/export"), buffer) is buffer
    assert buffer.getvalue() == BODY


def test_download_error_status_raises_the_mapped_error_and_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    with pytest.raises(NotFoundError) as caught:
        _sync().download(_call("/missing"), target)
    assert caught.value.body == b'{"error":"nope"}'
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_download_broken_stream_keeps_no_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    target.write_bytes(b"previous export")
    with pytest.raises(APIConnectionError):
        _sync().download(_call("/broken"), target)
    assert target.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["export.csv"]


async def test_async_download_to_memory_path_and_file(tmp_path: Path) -> None:
    invoker = _async()
    assert await invoker.download(_call("/export")) == BODY
    target = tmp_path / "export.xlsx"
    assert await invoker.download(_call("/export"), str(target)) == target
    assert _read(target) == BODY
    buffer = io.BytesIO()
    assert await invoker.download(_call("/export"), buffer) is buffer
    assert buffer.getvalue() == BODY


async def test_async_download_errors(tmp_path: Path) -> None:
    invoker = _async()
    with pytest.raises(NotFoundError):
        await invoker.download(_call("/missing"), tmp_path / "x")
    with pytest.raises(APIConnectionError):
        await invoker.download(_call("/broken"), tmp_path / "y")
    assert _names(tmp_path) == []

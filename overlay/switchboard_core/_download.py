"""Consumers for :meth:`SyncInvoker.stream` / :meth:`AsyncInvoker.stream`: a response body to bytes or to a file.

Files are written chunk by chunk (never held whole in memory) into a temporary file next to the destination,
which replaces the destination only once the whole body arrived; on any failure the temporary file is removed
and the destination is left untouched.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx

StrPath = str | os.PathLike[str]


def read_body(response: httpx.Response) -> bytes:
    """The whole body of a streamed response."""
    return response.read()


async def aread_body(response: httpx.Response) -> bytes:
    """The whole body of a streamed async response."""
    return await response.aread()


def _temporary(destination: Path) -> tuple[int, Path]:
    descriptor, name = tempfile.mkstemp(dir=destination.parent, prefix=f".{destination.name}.", suffix=".part")
    return descriptor, Path(name)


def save_body(destination: StrPath) -> Callable[[httpx.Response], None]:
    """A consumer writing the body to ``destination`` (created or replaced)."""
    target = Path(destination)

    def consume(response: httpx.Response) -> None:
        descriptor, temporary = _temporary(target)
        try:
            with os.fdopen(descriptor, "wb") as file:
                for chunk in response.iter_bytes():
                    file.write(chunk)
            os.replace(temporary, target)
        except BaseException:
            with contextlib.suppress(OSError):
                temporary.unlink()
            raise

    return consume


def asave_body(destination: StrPath) -> Callable[[httpx.Response], Awaitable[None]]:
    """The async twin of :func:`save_body` (file writes run in a worker thread)."""
    target = Path(destination)

    async def consume(response: httpx.Response) -> None:
        import anyio  # only async downloads need it (an httpx dependency): keeps the import light

        descriptor, temporary = await anyio.to_thread.run_sync(_temporary, target)
        try:
            async with await anyio.open_file(descriptor, "wb") as file:
                async for chunk in response.aiter_bytes():
                    await file.write(chunk)
            await anyio.to_thread.run_sync(os.replace, temporary, target)
        except BaseException:
            with contextlib.suppress(OSError):
                await anyio.Path(temporary).unlink()
            raise

    return consume

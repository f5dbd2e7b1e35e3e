"""Consumers for :meth:`SyncInvoker.stream` / :meth:`AsyncInvoker.stream`: a response body to bytes, to a file
path, or into an open binary file (:func:`consumer_for` picks one from a :data:`DownloadTarget`).

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
from typing import IO

import httpx

from ._errors import InvalidRequestError, InvalidRequestTypeError

StrPath = str | os.PathLike[str]
DownloadTarget = StrPath | IO[bytes] | None
"""Where a download goes: a file path (written atomically; the result is its :class:`Path`), an open binary
file (written chunk by chunk; the result is the file), or ``None`` for the bytes themselves."""


def read_body(response: httpx.Response) -> bytes:
    """The whole body of a streamed response."""
    return response.read()


async def aread_body(response: httpx.Response) -> bytes:
    """The whole body of a streamed async response."""
    return await response.aread()


def _temporary(destination: Path) -> tuple[int, Path]:
    descriptor, name = tempfile.mkstemp(dir=destination.parent, prefix=f".{destination.name}.", suffix=".part")
    return descriptor, Path(name)


def save_body(destination: StrPath) -> Callable[[httpx.Response], Path]:
    """A consumer writing the body to ``destination`` (created or replaced); it returns the path."""
    target = Path(destination)

    def consume(response: httpx.Response) -> Path:
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
        return target

    return consume


def asave_body(destination: StrPath) -> Callable[[httpx.Response], Awaitable[Path]]:
    """The async twin of :func:`save_body` (file writes run in a worker thread)."""
    target = Path(destination)

    async def consume(response: httpx.Response) -> Path:
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
        return target

    return consume


def write_body(file: IO[bytes]) -> Callable[[httpx.Response], IO[bytes]]:
    """A consumer writing the body into the open binary ``file``, chunk by chunk; it returns the file."""

    def consume(response: httpx.Response) -> IO[bytes]:
        for chunk in response.iter_bytes():
            file.write(chunk)
        return file

    return consume


def awrite_body(file: IO[bytes]) -> Callable[[httpx.Response], Awaitable[IO[bytes]]]:
    """The async twin of :func:`write_body` (the writes themselves are blocking; chunks are small)."""

    async def consume(response: httpx.Response) -> IO[bytes]:
        async for chunk in response.aiter_bytes():
            file.write(chunk)
        return file

    return consume


def download_target(to: object) -> DownloadTarget:
    """``to`` if a download can go there, else :class:`InvalidRequestError` before anything is sent: a path must
    name a file in an existing directory, anything else must be an open binary file (or ``None``)."""
    if to is None:
        return None
    if isinstance(to, str | os.PathLike):
        target = Path(to)
        if target.is_dir() or not target.parent.is_dir():
            raise InvalidRequestError(f"to={os.fspath(to)!r} must name a file in an existing directory")
        return to
    if not callable(getattr(to, "write", None)):
        raise InvalidRequestTypeError(f"to must be a path, an open binary file or None, not {type(to).__name__}")
    return to  # type: ignore[return-value]  # an object with write(): taken as an open binary file


def consumer_for(to: DownloadTarget) -> Callable[[httpx.Response], bytes | Path | IO[bytes]]:
    """The sync consumer for a :data:`DownloadTarget`."""
    if to is None:
        return read_body
    if isinstance(to, str | os.PathLike):
        return save_body(to)
    return write_body(to)


def aconsumer_for(to: DownloadTarget) -> Callable[[httpx.Response], Awaitable[bytes | Path | IO[bytes]]]:
    """The async consumer for a :data:`DownloadTarget`."""
    if to is None:
        return aread_body
    if isinstance(to, str | os.PathLike):
        return asave_body(to)
    return awrite_body(to)

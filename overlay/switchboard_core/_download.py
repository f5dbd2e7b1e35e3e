"""Consumers for :meth:`SyncInvoker.stream` / :meth:`AsyncInvoker.stream`: a response body to bytes, to a file
path, or into an open binary file (:func:`consumer_for` picks one from a :data:`DownloadTarget`). The bytes and
open-file consumers are written once, in ``switchboard_core._async._client`` (sync: ``._sync._client``);
saving to a path is here, in two forms that differ (the async one runs its file operations in worker threads).

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
from typing import IO, TypeVar

import httpx

from ._errors import InvalidRequestError, InvalidRequestTypeError

StrPath = str | os.PathLike[str]
DownloadTarget = StrPath | IO[bytes] | None
"""Where a download goes: a file path (written atomically; the result is its :class:`Path`), an open binary
file (written chunk by chunk; the result is the file), or ``None`` for the bytes themselves."""

T = TypeVar("T")
SyncConsumer = Callable[[httpx.Response], T]
"""What :meth:`SyncInvoker.stream` hands a 2xx response to."""
AsyncConsumer = Callable[[httpx.Response], Awaitable[T]]
"""What :meth:`AsyncInvoker.stream` hands a 2xx response to (a coroutine function)."""


def _temporary(destination: Path) -> tuple[int, Path]:
    descriptor, name = tempfile.mkstemp(dir=destination.parent, prefix=f".{destination.name}.", suffix=".part")
    return descriptor, Path(name)


def save_body(destination: StrPath) -> SyncConsumer[Path]:
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


def asave_body(destination: StrPath) -> AsyncConsumer[Path]:
    """The async form of :func:`save_body` (its file operations run in worker threads)."""
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

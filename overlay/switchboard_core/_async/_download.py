"""Download consumers for an invoker's ``stream`` (see :mod:`switchboard_core._download`): the body as bytes, or
written chunk by chunk into an open binary file; ``consumer_for`` / ``aconsumer_for`` picks one for a target."""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

import httpx

from .._download import AsyncConsumer, DownloadTarget, asave_body


async def aread_body(response: httpx.Response) -> bytes:
    """The whole body of a streamed response."""
    return await response.aread()


def awrite_body(file: IO[bytes]) -> AsyncConsumer[IO[bytes]]:
    """A consumer writing the body into the open binary ``file``, chunk by chunk; it returns the file (the writes
    themselves are blocking; chunks are small)."""

    async def consume(response: httpx.Response) -> IO[bytes]:
        async for chunk in response.aiter_bytes():
            file.write(chunk)
        return file

    return consume


def aconsumer_for(to: DownloadTarget) -> AsyncConsumer[bytes | Path | IO[bytes]]:
    """The consumer for a :data:`DownloadTarget`."""
    if to is None:
        return aread_body
    if isinstance(to, str | os.PathLike):
        return asave_body(to)
    return awrite_body(to)

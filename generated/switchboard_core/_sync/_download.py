# Derived from overlay/switchboard_core/_async/_download.py by `make generate` (unasync): edit that file, not this one.
"""Download consumers for an invoker's ``stream`` (see :mod:`switchboard_core._download`): the body as bytes, or
written chunk by chunk into an open binary file; ``consumer_for`` / ``aconsumer_for`` picks one for a target."""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

import httpx

from .._download import DownloadTarget, SyncConsumer, save_body


def read_body(response: httpx.Response) -> bytes:
    """The whole body of a streamed response."""
    return response.read()


def write_body(file: IO[bytes]) -> SyncConsumer[IO[bytes]]:
    """A consumer writing the body into the open binary ``file``, chunk by chunk; it returns the file (the writes
    themselves are blocking; chunks are small)."""

    def consume(response: httpx.Response) -> IO[bytes]:
        for chunk in response.iter_bytes():
            file.write(chunk)
        return file

    return consume


def consumer_for(to: DownloadTarget) -> SyncConsumer[bytes | Path | IO[bytes]]:
    """The consumer for a :data:`DownloadTarget`."""
    if to is None:
        return read_body
    if isinstance(to, str | os.PathLike):
        return save_body(to)
    return write_body(to)

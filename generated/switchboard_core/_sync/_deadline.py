# Derived from overlay/switchboard_core/_async/_deadline.py by `make generate` (unasync): edit that file, not this one.
"""A response body bounded by a call's total deadline (see :meth:`switchboard_core._deadline.Deadline.bound`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

import httpx


class Checkable(Protocol):
    """A deadline: :meth:`check` raises once it has passed."""

    def check(self, request: httpx.Request) -> None: ...


class SyncDeadlineStream(httpx.SyncByteStream):
    """``stream``, checking ``deadline`` before handing out each chunk."""

    def __init__(self, stream: httpx.SyncByteStream, deadline: Checkable, request: httpx.Request) -> None:
        self._stream, self._deadline, self._request = stream, deadline, request

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            self._deadline.check(self._request)
            yield chunk

    def close(self) -> None:
        self._stream.close()

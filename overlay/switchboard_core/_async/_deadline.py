"""A response body bounded by a call's total deadline (see :meth:`switchboard_core._deadline.Deadline.bound`)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Protocol

import httpx


class Checkable(Protocol):
    """A deadline: :meth:`check` raises once it has passed."""

    def check(self, request: httpx.Request) -> None: ...


class AsyncDeadlineStream(httpx.AsyncByteStream):
    """``stream``, checking ``deadline`` before handing out each chunk."""

    def __init__(self, stream: httpx.AsyncByteStream, deadline: Checkable, request: httpx.Request) -> None:
        self._stream, self._deadline, self._request = stream, deadline, request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            self._deadline.check(self._request)
            yield chunk

    async def aclose(self) -> None:
        await self._stream.aclose()

"""What every API class shares: its client, running one operation, downloading, and iterating pages."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

from switchboard_core import AsyncCursorPager, CallOptions, CursorPager, DownloadTarget, Page
from switchboard_core._client import NOT_GIVEN, TimeoutLike, _NotGiven

from . import _calls
from ._operations import OPERATIONS
from .api_client import ApiClient, AsyncApiClient
from .exceptions import ApiTypeError, ApiValueError

Timeout = TimeoutLike | _NotGiven
__all__ = ["NOT_GIVEN", "AsyncApi", "SyncApi", "Timeout"]


def _check_target(name: str, to: object) -> None:
    """Refuse, before anything is sent, a download target that cannot take the body."""
    if to is None:
        return
    if isinstance(to, str | os.PathLike):
        target = Path(to)
        if target.is_dir() or not target.parent.is_dir():
            raise ApiValueError(f"{name}: to={os.fspath(to)!r} must name a file in an existing directory")
        return
    if not callable(getattr(to, "write", None)):
        raise ApiTypeError(f"{name}: to must be a path, an open binary file or None, not {type(to).__name__}")


def _items(page: Any) -> list[Any]:
    return list(page.data)


def _next(page: Any) -> str | None:
    cursor = page.paging.next_
    return cursor if isinstance(cursor, str) else None


class SyncApi:
    def __init__(self, api_client: ApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else ApiClient()

    def _run(self, name: str, path: tuple[Any, ...], *, options: CallOptions, body: object = None, **query: Any) -> Any:
        call = _calls.build(OPERATIONS[name], path, body, query)
        return self.api_client.invoker.run(call, options)

    def _download(
        self, name: str, path: tuple[Any, ...], *, to: DownloadTarget, options: CallOptions, **query: Any
    ) -> Any:
        _check_target(name, to)
        call = _calls.build(OPERATIONS[name], path, None, query)
        return self.api_client.invoker.download(call, to, options)

    def _iterate(
        self, name: str, path: tuple[Any, ...], *, max_pages: int | None, options: CallOptions, **query: Any
    ) -> Iterator[Any]:
        def fetch(cursor: str | None) -> Page[Any, str]:
            page = self._run(name, path, options=options, next=cursor, **query)
            return Page(list(_items(page)), _next(page))

        return iter(CursorPager(fetch, max_pages=max_pages))


class AsyncApi:
    def __init__(self, api_client: AsyncApiClient | None = None) -> None:
        self.api_client = api_client if api_client is not None else AsyncApiClient()

    async def _run(
        self, name: str, path: tuple[Any, ...], *, options: CallOptions, body: object = None, **query: Any
    ) -> Any:
        call = _calls.build(OPERATIONS[name], path, body, query)
        return await self.api_client.invoker.run(call, options)

    async def _download(
        self, name: str, path: tuple[Any, ...], *, to: DownloadTarget, options: CallOptions, **query: Any
    ) -> Any:
        _check_target(name, to)
        call = _calls.build(OPERATIONS[name], path, None, query)
        return await self.api_client.invoker.download(call, to, options)

    def _iterate(
        self, name: str, path: tuple[Any, ...], *, max_pages: int | None, options: CallOptions, **query: Any
    ) -> AsyncIterator[Any]:
        async def fetch(cursor: str | None) -> Page[Any, str]:
            page = await self._run(name, path, options=options, next=cursor, **query)
            return Page(list(_items(page)), _next(page))

        return aiter(AsyncCursorPager(fetch, max_pages=max_pages))

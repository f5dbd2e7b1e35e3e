"""Cursor pagination, sync and async: lazy iteration over every item of every page, resumable from a cursor.

A provider supplies ``fetch(cursor)``, which requests one page (``cursor`` is ``None`` for the first) and
returns a :class:`Page`: its items and the cursor of the next page (``None`` or ``""`` on the last one).

    pager = CursorPager(lambda cursor: fetch_contacts(cursor), start_cursor=saved)
    for contact in pager:          # nothing is requested until iteration starts
        ...
    pager.cursor                   # the cursor of the page that would be fetched next (or that failed)

Cursors are opaque values handed back to ``fetch`` unchanged; encoding them into a request (as a properly
escaped query parameter) is ``fetch``'s job. ``max_pages`` stops after that many pages; a server that hands
out a cursor it already gave (its pages would repeat forever) raises :class:`PaginationLoopError` after the
items of the page that named it. ``wrap_error(cursor, exc)`` lets a provider turn a failure
on a later page into its own exception carrying the cursor to resume from; the first request's errors
propagate unchanged.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from ._client import Call
from ._errors import InvalidRequestError, SwitchboardError

T = TypeVar("T")
C = TypeVar("C")

WrapError = Callable[[C, Exception], BaseException]


@dataclass(frozen=True)
class Page(Generic[T, C]):
    """One page: its ``items`` and the ``next_cursor`` (``None`` or ``""`` when this is the last page)."""

    items: Sequence[T]
    next_cursor: C | None

    @property
    def is_last(self) -> bool:
        return self.next_cursor is None or self.next_cursor == ""


def with_cursor(call: Call[T], name: str, cursor: object) -> Call[T]:
    """``call`` asking for the page at ``cursor`` (the query parameter ``name``, sent first; none for ``None``)."""
    if cursor is None:
        return call
    params = {name: cursor, **call.kwargs.get("params", {})}
    return Call({**call.kwargs, "params": params}, call.parse, call.extensions)


class PaginationLoopError(SwitchboardError):
    """The server named, as the next page, a cursor it had already handed out: following it would never end."""

    def __init__(self, cursor: object) -> None:
        super().__init__(f"the server repeated the page cursor {cursor!r}: its pages would repeat forever")
        self.cursor = cursor


def _max_pages(value: int | None) -> int | None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        raise InvalidRequestError(f"max_pages must be a positive integer or None, not {value!r}")
    return value


def _start(start_cursor: C | None) -> C | None:
    """An empty-string start cursor means the first page, as ``None`` does."""
    return None if start_cursor == "" else start_cursor


class CursorPager(Generic[T, C]):
    """An iterator over every item of every page, fetching each page only when the previous one is used up."""

    def __init__(
        self,
        fetch: Callable[[C | None], Page[T, C]],
        *,
        start_cursor: C | None = None,
        wrap_error: WrapError[C] | None = None,
        max_pages: int | None = None,
    ) -> None:
        self._fetch = fetch
        self._wrap_error = wrap_error
        self.cursor: C | None = _start(start_cursor)
        """The cursor of the next page to fetch (after a failure: the cursor whose page failed)."""
        self.done = False
        self.max_pages = _max_pages(max_pages)
        self.fetched = 0
        """Pages fetched so far."""
        self._seen: set[C] = set() if self.cursor is None else {self.cursor}
        self._iterator: Iterator[T] | None = None

    def pages(self) -> Iterator[Page[T, C]]:
        """Every remaining page, in order."""
        first = True
        while not self.done:
            cursor = self.cursor
            try:
                page = self._fetch(cursor)
            except Exception as exc:
                if first or self._wrap_error is None or cursor is None:
                    raise
                raise self._wrap_error(cursor, exc) from exc
            first = False
            looped = _advance(self, page, cursor)
            yield page
            if looped:
                raise PaginationLoopError(self.cursor)

    def _items(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items

    def __iter__(self) -> Iterator[T]:
        return self

    def __next__(self) -> T:
        """The next item; like a generator, the pager is used up once (``list(pager)`` twice gives ``[]``)."""
        if self._iterator is None:
            self._iterator = self._items()
        return next(self._iterator)


class AsyncCursorPager(Generic[T, C]):
    """The async twin of :class:`CursorPager`: ``async for item in pager``."""

    def __init__(
        self,
        fetch: Callable[[C | None], Awaitable[Page[T, C]]],
        *,
        start_cursor: C | None = None,
        wrap_error: WrapError[C] | None = None,
        max_pages: int | None = None,
    ) -> None:
        self._fetch = fetch
        self._wrap_error = wrap_error
        self.cursor: C | None = _start(start_cursor)
        self.done = False
        self.max_pages = _max_pages(max_pages)
        self.fetched = 0
        self._seen: set[C] = set() if self.cursor is None else {self.cursor}
        self._iterator: AsyncIterator[T] | None = None

    async def pages(self) -> AsyncIterator[Page[T, C]]:
        first = True
        while not self.done:
            cursor = self.cursor
            try:
                page = await self._fetch(cursor)
            except Exception as exc:
                if first or self._wrap_error is None or cursor is None:
                    raise
                raise self._wrap_error(cursor, exc) from exc
            first = False
            looped = _advance(self, page, cursor)
            yield page
            if looped:
                raise PaginationLoopError(self.cursor)

    async def _items(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item

    def __aiter__(self) -> AsyncIterator[T]:
        return self

    async def __anext__(self) -> T:
        if self._iterator is None:
            self._iterator = self._items()
        return await anext(self._iterator)


def _advance(pager: CursorPager[T, C] | AsyncCursorPager[T, C], page: Page[T, C], cursor: C | None) -> bool:
    """Move ``pager`` past ``page``; True if the page named a cursor already handed out (its items are still
    handed out before :class:`PaginationLoopError`)."""
    pager.fetched += 1
    if page.is_last or (pager.max_pages is not None and pager.fetched >= pager.max_pages):
        pager.done = True
        pager.cursor = None if page.is_last else page.next_cursor
        return False
    next_cursor = page.next_cursor
    assert next_cursor is not None  # not the last page
    if next_cursor == cursor or next_cursor in pager._seen:
        pager.done = True
        pager.cursor = next_cursor
        return True
    pager._seen.add(next_cursor)
    pager.cursor = next_cursor
    return False


__all__ = ["AsyncCursorPager", "CursorPager", "Page", "PaginationLoopError"]

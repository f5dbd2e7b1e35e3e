"""Lazy iteration over cursor-paginated list endpoints (``next`` tokens copied from one page into the next request).

    for item in iter_cursor(lambda cursor: api.list(next=cursor), items=lambda p: p.data,
                            next_cursor=lambda p: p.paging.next):
        ...

A page is fetched only when the items of the previous one are used up. Iteration stops when a page has no next
cursor (``None`` or empty). A server that hands out a cursor it already gave would loop forever; that raises
:class:`PaginationError` instead.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from typing import TypeVar

from ._errors import SwitchboardError

P = TypeVar("P")
I = TypeVar("I")  # noqa: E741


class PaginationError(SwitchboardError):
    """The server returned a cursor it had already returned (the pages would repeat forever)."""


class _Cursors:
    def __init__(self, max_pages: int | None) -> None:
        if max_pages is not None and max_pages < 1:
            raise ValueError("max_pages must be at least 1")
        self.max_pages = max_pages
        self.pages = 0
        self.seen: set[str] = set()

    def more(self) -> bool:
        return self.max_pages is None or self.pages < self.max_pages

    def follow(self, cursor: str | None) -> str | None:
        """The cursor to fetch next, or None to stop."""
        self.pages += 1
        if not cursor or not self.more():
            return None
        if cursor in self.seen:
            raise PaginationError(f"the server repeated a page cursor after {self.pages} pages")
        self.seen.add(cursor)
        return cursor


def iter_cursor(
    fetch: Callable[[str | None], P],
    *,
    items: Callable[[P], Iterable[I]],
    next_cursor: Callable[[P], str | None],
    max_pages: int | None = None,
) -> Iterator[I]:
    """Every item of every page, fetching pages lazily; ``fetch(None)`` gets the first page."""
    cursors = _Cursors(max_pages)
    cursor: str | None = None
    while True:
        page = fetch(cursor)
        yield from items(page)
        cursor = cursors.follow(next_cursor(page))
        if cursor is None:
            return


async def aiter_cursor(
    fetch: Callable[[str | None], Awaitable[P]],
    *,
    items: Callable[[P], Iterable[I]],
    next_cursor: Callable[[P], str | None],
    max_pages: int | None = None,
) -> AsyncIterator[I]:
    """The async twin of :func:`iter_cursor`."""
    cursors = _Cursors(max_pages)
    cursor: str | None = None
    while True:
        page = await fetch(cursor)
        for item in items(page):
            yield item
        cursor = cursors.follow(next_cursor(page))
        if cursor is None:
            return

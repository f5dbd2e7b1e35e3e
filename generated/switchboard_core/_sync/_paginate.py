# Derived from overlay/switchboard_core/_async/_paginate.py by `make generate` (unasync): edit that file, not this one.
"""The cursor pager (see :mod:`switchboard_core._paginate`): lazy iteration over every item of every page."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Generic, TypeVar

from .._paginate import Page, PagerState, PaginationLoopError, SyncFetch, WrapError

T = TypeVar("T")
C = TypeVar("C")


class CursorPager(PagerState[C], Generic[T, C]):
    """An iterator over every item of every page, fetching each page only when the previous one is used up."""

    def __init__(
        self,
        fetch: SyncFetch[C, T],
        *,
        start_cursor: C | None = None,
        wrap_error: WrapError[C] | None = None,
        max_pages: int | None = None,
    ) -> None:
        super().__init__(start_cursor, max_pages)
        self._fetch = fetch
        self._wrap_error = wrap_error
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
            looped = self._advance(page.next_cursor, page.is_last, cursor)
            yield page
            if looped:
                raise PaginationLoopError(self.cursor)

    def _items(self) -> Iterator[T]:
        for page in self.pages():
            for item in page.items:
                yield item

    def __iter__(self) -> Iterator[T]:
        return self

    def __next__(self) -> T:
        """The next item; like a generator, the pager is used up once (``list(pager)`` twice gives ``[]``)."""
        if self._iterator is None:
            self._iterator = self._items()
        return next(self._iterator)

"""Cursor pagination: lazy page fetches, stop conditions, repeated cursors, the async twin."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from switchboard_core import PaginationError, aiter_cursor, iter_cursor


@dataclass
class Page:
    data: list[int]
    next: str | None


PAGES: dict[str | None, Page] = {None: Page([1, 2], "b"), "b": Page([3], "c"), "c": Page([4, 5], None)}


def test_iterates_every_page_lazily() -> None:
    fetched: list[str | None] = []

    def fetch(cursor: str | None) -> Page:
        fetched.append(cursor)
        return PAGES[cursor]

    items = iter_cursor(fetch, items=lambda p: p.data, next_cursor=lambda p: p.next)
    assert next(items) == 1
    assert fetched == [None]
    assert list(items) == [2, 3, 4, 5]
    assert fetched == [None, "b", "c"]


def test_empty_cursor_stops_and_max_pages_limits() -> None:
    pages: dict[str | None, Page] = {None: Page([1], "")}
    assert list(iter_cursor(pages.__getitem__, items=lambda p: p.data, next_cursor=lambda p: p.next)) == [1]
    limited = iter_cursor(PAGES.__getitem__, items=lambda p: p.data, next_cursor=lambda p: p.next, max_pages=2)
    assert list(limited) == [1, 2, 3]
    with pytest.raises(ValueError, match="max_pages"):
        list(iter_cursor(PAGES.__getitem__, items=lambda p: p.data, next_cursor=lambda p: p.next, max_pages=0))


def test_a_repeated_cursor_raises_instead_of_looping() -> None:
    looping: dict[str | None, Page] = {None: Page([1], "a"), "a": Page([2], "a")}
    items = iter_cursor(looping.__getitem__, items=lambda p: p.data, next_cursor=lambda p: p.next)
    assert next(items) == 1
    assert next(items) == 2
    with pytest.raises(PaginationError, match="repeated"):
        next(items)


async def test_async_twin() -> None:
    async def fetch(cursor: str | None) -> Page:
        return PAGES[cursor]

    items = aiter_cursor(fetch, items=lambda p: p.data, next_cursor=lambda p: p.next)
    assert [i async for i in items] == [1, 2, 3, 4, 5]

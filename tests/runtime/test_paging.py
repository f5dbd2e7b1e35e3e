"""Cursor pagination over a provider's own page objects (as SMS.CX uses it): lazy page fetches, stop
conditions (empty cursor, ``max_pages``), a cursor repeated from an earlier page, the async twin."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from switchboard_core import AsyncCursorPager, CursorPager, InvalidRequestError, PaginationLoopError
from switchboard_core import Page as CorePage


@dataclass
class Page:
    data: list[int]
    next: str | None


PAGES: dict[str | None, Page] = {None: Page([1, 2], "b"), "b": Page([3], "c"), "c": Page([4, 5], None)}


def iter_cursor(fetch: Callable[[str | None], Page], **options: Any) -> Iterator[int]:
    return iter(CursorPager(lambda cursor: CorePage((p := fetch(cursor)).data, p.next), **options))


def aiter_cursor(fetch: Callable[[str | None], Awaitable[Page]], **options: Any) -> AsyncIterator[int]:
    async def page(cursor: str | None) -> CorePage[int, str]:
        got = await fetch(cursor)
        return CorePage(got.data, got.next)

    return aiter(AsyncCursorPager(page, **options))


def test_iterates_every_page_lazily() -> None:
    fetched: list[str | None] = []

    def fetch(cursor: str | None) -> Page:
        fetched.append(cursor)
        return PAGES[cursor]

    items = iter_cursor(fetch)
    assert next(items) == 1
    assert fetched == [None]
    assert list(items) == [2, 3, 4, 5]
    assert fetched == [None, "b", "c"]


def test_empty_cursor_stops_and_max_pages_limits() -> None:
    pages: dict[str | None, Page] = {None: Page([1], "")}
    assert list(iter_cursor(pages.__getitem__)) == [1]
    limited = iter_cursor(PAGES.__getitem__, max_pages=2)
    assert list(limited) == [1, 2, 3]
    with pytest.raises(InvalidRequestError, match="max_pages"):
        list(iter_cursor(PAGES.__getitem__, max_pages=0))


def test_a_cursor_repeated_from_an_earlier_page_raises_instead_of_looping() -> None:
    looping: dict[str | None, Page] = {None: Page([1], "a"), "a": Page([2], "b"), "b": Page([3], "a")}
    items = iter_cursor(looping.__getitem__)
    assert next(items) == 1
    assert next(items) == 2
    assert next(items) == 3
    with pytest.raises(PaginationLoopError, match="repeated") as caught:
        next(items)
    assert caught.value.cursor == "a"


async def test_async_twin() -> None:
    async def fetch(cursor: str | None) -> Page:
        return PAGES[cursor]

    items = aiter_cursor(fetch)
    assert [i async for i in items] == [1, 2, 3, 4, 5]

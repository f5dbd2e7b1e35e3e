"""CursorPager / AsyncCursorPager: laziness, every page, resumption, error wrapping, loop detection."""

from __future__ import annotations

import pytest

from switchboard_core import AsyncCursorPager, CursorPager, Page, PaginationLoopError

PAGES: dict[str | None, Page[int, str]] = {
    None: Page([1, 2], "a+b"),
    "a+b": Page([3, 4], "c&d/"),
    "c&d/": Page([5], None),
}


class Wrapped(Exception):
    def __init__(self, cursor: str, error: Exception) -> None:
        super().__init__(cursor)
        self.cursor = cursor
        self.error = error


def fetcher(pages: dict[str | None, Page[int, str]], seen: list[str | None], fail_on: str | None = "never"):  # type: ignore[no-untyped-def]
    def fetch(cursor: str | None) -> Page[int, str]:
        seen.append(cursor)
        if cursor == fail_on:
            raise RuntimeError(f"boom at {cursor}")
        return pages[cursor]

    return fetch


def test_lazy_until_iterated_and_then_every_item_in_order() -> None:
    seen: list[str | None] = []
    pager = CursorPager(fetcher(PAGES, seen))
    assert seen == []
    assert list(pager) == [1, 2, 3, 4, 5]
    assert seen == [None, "a+b", "c&d/"]
    assert pager.done
    assert pager.cursor is None
    assert list(pager) == []  # exhausted


def test_pages_are_fetched_one_at_a_time() -> None:
    seen: list[str | None] = []
    items = CursorPager(fetcher(PAGES, seen))  # an iterator itself, as a generator would be
    assert next(items) == 1
    assert next(items) == 2
    assert seen == [None]
    assert next(items) == 3
    assert seen == [None, "a+b"]


def test_start_cursor_resumes_and_empty_string_means_first_page() -> None:
    seen: list[str | None] = []
    assert list(CursorPager(fetcher(PAGES, seen), start_cursor="c&d/")) == [5]
    assert list(CursorPager(fetcher(PAGES, seen), start_cursor="")) == [1, 2, 3, 4, 5]
    assert seen[:2] == ["c&d/", None]


def test_empty_string_next_cursor_ends_the_listing() -> None:
    pages: dict[str | None, Page[int, str]] = {None: Page([1], "")}
    assert list(CursorPager(fetcher(pages, []))) == [1]


def test_later_page_failure_is_wrapped_with_its_cursor_and_resumable() -> None:
    seen: list[str | None] = []
    pager = CursorPager(fetcher(PAGES, seen, fail_on="a+b"), wrap_error=Wrapped)
    got: list[int] = []
    with pytest.raises(Wrapped) as caught:
        got.extend(pager)
    assert got == [1, 2]
    assert caught.value.cursor == "a+b" == pager.cursor
    assert isinstance(caught.value.error, RuntimeError)
    assert caught.value.__cause__ is caught.value.error
    assert list(CursorPager(fetcher(PAGES, []), start_cursor=caught.value.cursor)) == [3, 4, 5]


def test_first_request_errors_propagate_unwrapped_even_with_a_start_cursor() -> None:
    with pytest.raises(RuntimeError):
        list(CursorPager(fetcher(PAGES, [], fail_on=None), wrap_error=Wrapped))
    with pytest.raises(RuntimeError):
        list(CursorPager(fetcher(PAGES, [], fail_on="a+b"), start_cursor="a+b", wrap_error=Wrapped))


def test_a_page_pointing_at_itself_raises_after_its_items() -> None:
    pages: dict[str | None, Page[int, str]] = {None: Page([1], "x"), "x": Page([2], "x")}
    got: list[int] = []
    with pytest.raises(PaginationLoopError) as caught:
        got.extend(CursorPager(fetcher(pages, [])))
    assert got == [1, 2]
    assert caught.value.cursor == "x"


def test_pages_view() -> None:
    assert [p.items for p in CursorPager(fetcher(PAGES, [])).pages()] == [[1, 2], [3, 4], [5]]
    assert Page([], None).is_last
    assert Page([], "").is_last
    assert not Page([], "n").is_last


def afetcher(pages: dict[str | None, Page[int, str]], seen: list[str | None], fail_on: str | None = "never"):  # type: ignore[no-untyped-def]
    sync = fetcher(pages, seen, fail_on)

    async def fetch(cursor: str | None) -> Page[int, str]:
        return sync(cursor)  # type: ignore[no-any-return]

    return fetch


async def test_async_iterates_every_item_lazily() -> None:
    seen: list[str | None] = []
    pager = AsyncCursorPager(afetcher(PAGES, seen))
    assert seen == []
    assert await anext(pager) == 1
    assert seen == [None]
    pager = AsyncCursorPager(afetcher(PAGES, seen := []))
    assert [i async for i in pager] == [1, 2, 3, 4, 5]
    assert seen == [None, "a+b", "c&d/"]


async def test_async_resume_wrap_and_loop() -> None:
    assert [i async for i in AsyncCursorPager(afetcher(PAGES, []), start_cursor="a+b")] == [3, 4, 5]
    pager = AsyncCursorPager(afetcher(PAGES, [], fail_on="c&d/"), wrap_error=Wrapped)
    got: list[int] = []

    async def drain() -> None:
        async for item in pager:
            got.append(item)

    with pytest.raises(Wrapped) as caught:
        await drain()
    assert got == [1, 2, 3, 4]
    assert caught.value.cursor == "c&d/" == pager.cursor
    with pytest.raises(RuntimeError):
        [i async for i in AsyncCursorPager(afetcher(PAGES, [], fail_on=None), wrap_error=Wrapped)]
    looping: dict[str | None, Page[int, str]] = {None: Page([1], "x"), "x": Page([2], "x")}
    with pytest.raises(PaginationLoopError):
        [i async for i in AsyncCursorPager(afetcher(looping, []))]
    assert [len(p.items) async for p in AsyncCursorPager(afetcher(PAGES, [])).pages()] == [2, 2, 1]

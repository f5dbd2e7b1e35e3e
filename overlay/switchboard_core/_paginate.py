"""Cursor pagination, sync and async: lazy iteration over every item of every page, resumable from a cursor.

:class:`CursorPager` / :class:`AsyncCursorPager` are in ``switchboard_core._sync`` / ``._async._paginate``
(written once in the async form); the pages and the pager's state are here.

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

from collections.abc import Awaitable, Callable, Sequence
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


SyncFetch = Callable[[C | None], Page[T, C]]
"""Requests the page at a cursor (``None``: the first); ``SyncFetch[C, T]``: the cursor type first."""
AsyncFetch = Callable[[C | None], Awaitable[Page[T, C]]]
"""Requests the page at a cursor (``None``: the first), awaited."""


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


class PagerState(Generic[C]):
    """Where a cursor pager is: the next cursor, whether it is done, the pages fetched and the cursors seen."""

    def __init__(self, start_cursor: C | None, max_pages: int | None) -> None:
        self.cursor: C | None = _start(start_cursor)
        """The cursor of the next page to fetch (after a failure: the cursor whose page failed)."""
        self.done = False
        self.max_pages = _max_pages(max_pages)
        self.fetched = 0
        """Pages fetched so far."""
        self._seen: set[C] = set() if self.cursor is None else {self.cursor}

    def _advance(self, next_cursor: C | None, is_last: bool, cursor: C | None) -> bool:
        """Move past a page (fetched at ``cursor``); True if it named a cursor already handed out (its items are
        still handed out before :class:`PaginationLoopError`)."""
        self.fetched += 1
        if is_last or (self.max_pages is not None and self.fetched >= self.max_pages):
            self.done = True
            self.cursor = None if is_last else next_cursor
            return False
        assert next_cursor is not None  # not the last page
        if next_cursor == cursor or next_cursor in self._seen:
            self.done = True
            self.cursor = next_cursor
            return True
        self._seen.add(next_cursor)
        self.cursor = next_cursor
        return False


__all__ = ["Page", "PagerState", "PaginationLoopError", "with_cursor"]

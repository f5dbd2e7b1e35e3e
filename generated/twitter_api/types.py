"""Contains some shared types for properties"""

import threading
from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

_representing = threading.local()


def guarded_repr(obj: object, render: Callable[[], str]) -> str:
    """``render()``, or ``"..."`` for an object already being represented further up this thread (a cycle), as
    attrs' own ``__repr__`` does; the generated models write their ``__repr__`` out and call this."""
    active: set[int] | None = getattr(_representing, "ids", None)
    if active is None:
        active = _representing.ids = set()
    key = id(obj)
    if key in active:
        return "..."
    active.add(key)
    try:
        return render()
    finally:
        active.discard(key)


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint: its status, headers and body, and ``parsed``, its documented answer.

    ``reconciled`` is set when this is the answer to a retried call whose earlier attempt may have been processed
    (its answer lost to a dropped connection or a 5xx) and the operation's ``x-retry-reconcile`` says this answer
    proves that effect (e.g. 404: already deleted): the call succeeded. ``parsed`` is then None (the lost answer
    cannot be recreated; the retry's own answer, kept in ``status_code`` and ``content``, is not an error), and
    ``reconciled`` says why (``switchboard_core.reconciled_retry``; also logged at WARNING)."""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
    reconciled: str | None = None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]

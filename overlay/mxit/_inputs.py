"""Checking caller input before anything is sent; every problem is a :class:`MxitAPIParameterException`."""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from . import _files
from ._files import StrPath
from .exceptions import MxitAPIParameterException

CONTACT_LIST_FILTER = {
    "all": "@All",
    "friends": "@Friends",
    "apps": "@Apps",
    "invites": "@Invites",
    "connections": "@Connections",
    "rejected": "@Rejected",
    "pending": "@Pending",
    "deleted": "@Deleted",
    "blocked": "@Blocked",
}
"""python-mxit's filter names → the wire values of ``get_contact_list``'s ``filter``."""


def fail(message: str) -> MxitAPIParameterException:
    return MxitAPIParameterException(message)


def text(name: str, value: object, *, allow_empty: bool = False) -> str:
    if isinstance(value, bytes):
        try:
            value = value.decode("utf-8")
        except UnicodeDecodeError:
            raise fail(f"{name} must be text (UTF-8), not undecodable bytes") from None
    if not isinstance(value, str):
        raise fail(f"{name} must be a string, not {type(value).__name__}")
    if not allow_empty and not value:
        raise fail(f"{name} must not be empty")
    return value


def optional_text(name: str, value: object) -> str | None:
    return None if value is None else text(name, value, allow_empty=True)


def scope(value: object) -> str:
    checked = text("scope", value)
    if not checked.strip():
        raise fail("scope must not be blank")
    return checked


def user_ids(value: object) -> str:
    """``target_user_ids`` joined with ``,`` (a single string is one id, not a list of characters)."""
    if isinstance(value, str | bytes):
        items: Iterable[Any] = [value]
    elif isinstance(value, Iterable):
        items = value
    else:
        raise fail(f"target_user_ids must be a list of user ids, not {type(value).__name__}")
    ids = [text("target_user_ids[]", item) for item in items]
    if not ids:
        raise fail("target_user_ids must not be empty")
    bad = [i for i in ids if "," in i]
    if bad:
        raise fail(f"a user id cannot contain ',': {bad[0]!r}")
    return ",".join(ids)


def boolean(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise fail(f"{name} must be True or False, not {value!r}")
    return value


def integer(name: str, value: object, *, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise fail(f"{name} must be an integer >= {minimum}, not {value!r}")
    return value


def contact_filter(value: object) -> str:
    """A python-mxit filter name (``"all"``) or its wire value (``"@All"``, as ``CONTACT_LIST_FILTER`` gives)."""
    checked = text("list_filter", value)
    if checked in CONTACT_LIST_FILTER.values():
        return checked
    if checked.lower() in CONTACT_LIST_FILTER:
        return CONTACT_LIST_FILTER[checked.lower()]
    known = ", ".join(CONTACT_LIST_FILTER.values())
    raise fail(f"list_filter must be one of {known} (see CONTACT_LIST_FILTER), not {checked!r}")


def upload_data(data: object, input_file_path: StrPath | None, what: str) -> bytes:
    """The bytes to upload: ``data``, or the content of ``input_file_path``."""
    if data is not None:
        if isinstance(data, bytearray | memoryview):
            return bytes(data)
        if isinstance(data, bytes):
            return data
        if isinstance(data, str):
            return data.encode("utf-8")
        read = getattr(data, "read", None)
        if callable(read):
            content = read()
            if isinstance(content, str):
                content = content.encode("utf-8")
            if isinstance(content, bytes):
                return content
        raise fail(f"data must be bytes or a binary file object, not {type(data).__name__}")
    if input_file_path is not None:
        if not isinstance(input_file_path, str | os.PathLike):
            raise fail(f"input_file_path must be a path, not {type(input_file_path).__name__}")
        return _files.resolve(input_file_path).read_bytes()
    raise fail(f"Either the data of {what} or the path to {what} must be provided")

"""openapi-generator's call options, as 0.1.x took them in ``**kwargs`` (reference §2 "Return value"):

- ``_return_http_data_only=False``: ``(data, status, headers)`` instead of the data;
- ``_preload_content=False``: the raw answer (:class:`RawResponse`: ``data``, ``status``, ``reason``,
  ``getheaders()``, ``getheader(name)``), not deserialised; error answers still raise;
- ``_host_index``: the server index; SMS.CX has one server (0), another index is :class:`ApiValueError`;
- ``async_req=True`` (sync classes): the call runs on the client's thread pool and an ``ApplyResult`` is
  returned (``.get()`` gives the value or raises), as 0.1.x did;
- ``_check_return_type``, ``_content_type``, ``_spec_property_naming``, ``_request_auths`` (and ``async_req`` on
  the async classes): accepted, with a :class:`DeprecationWarning` (answers are always checked);
- anything else: :class:`ApiTypeError`, as 0.1.x raised it.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any, TypeVar, cast

import httpx

from switchboard_core import Call

from .exceptions import ApiTypeError, ApiValueError

IGNORED = frozenset({"_check_return_type", "_content_type", "_spec_property_naming", "_request_auths", "_check_type"})
T = TypeVar("T")
KNOWN = IGNORED | {"_return_http_data_only", "_preload_content", "_host_index", "async_req"}


class RawResponse:
    """An answer as 0.1.x's ``_preload_content=False`` gave it (urllib3's ``HTTPResponse`` reads)."""

    def __init__(self, response: httpx.Response) -> None:
        self.data, self.status, self.reason = response.content, response.status_code, response.reason_phrase
        self.headers = response.headers

    def getheaders(self) -> httpx.Headers:
        return self.headers

    def getheader(self, name: str, default: str | None = None) -> str | None:
        value: str | None = self.headers.get(name, default)
        return value


def shaped(call: Call[T], extra: dict[str, Any]) -> Call[T]:
    """``call`` answering as ``extra`` asks; unknown options are :class:`ApiTypeError` before anything is sent."""
    unknown = sorted(set(extra) - KNOWN)
    if unknown:
        raise ApiTypeError(f"Got an unexpected keyword argument {unknown[0]!r}")
    for name in sorted(extra.keys() & (IGNORED | {"async_req"})):  # the sync classes take async_req out first
        warnings.warn(f"{name} has no effect in this client", DeprecationWarning, stacklevel=4)
    if extra.get("_host_index") not in (None, 0):
        raise ApiValueError(f"Invalid host index {extra['_host_index']!r}: SMS.CX has one server (0)")
    parse: Callable[[httpx.Response], Any] = call.parse
    if extra.get("_preload_content") is False:
        parse = RawResponse
    if extra.get("_return_http_data_only") is False:
        data = parse

        def parse(response: httpx.Response) -> Any:
            return data(response), response.status_code, response.headers

    return call if parse is call.parse else cast("Call[T]", Call(call.kwargs, parse, call.extensions, call.absent))

"""``go_http.contacts.ContactsApiClient``: contacts and groups, with lazy, complete, resumable listings.

    api = ContactsApiClient(auth_token)
    for contact in api.contacts():            # every page, fetched as you go
        ...
    contact = api.get_contact(msisdn="+12345")

The single-request methods are generated (``vumigo_api.legacy.contacts`` / ``.groups``); this adds the listings
and ``get_contact``'s two call forms. Unlike go-http, cursors are percent-encoded like any query value (go-http
pasted them in raw, so a cursor with ``+`` or ``&`` asked for the wrong page), and ``get_contact(field=value)``
raises ContactNotFoundException when nothing matches (go-http raised IndexError or HTTPError).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

import httpx

from switchboard_core import Call, InvalidRequestError, Page, Steps, check, redact_url
from vumigo_api.legacy import schemas
from vumigo_api.legacy.contacts import (
    AsyncContactsApiClientOperations,
    ContactsApiClientOperations,
    get_contact_call,
    list_contacts_call,
)
from vumigo_api.legacy.groups import AsyncGroupsApiClientOperations, GroupsApiClientOperations, list_group_contacts_call

from ._base import AsyncBearerClient, BearerClient
from .exceptions import ContactNotFoundException, NotFoundException, PagedException

Contact = dict[str, Any]
Group = dict[str, Any]


def _cursor(value: object) -> str | None:
    """A start cursor: strings pass, integers (smart-group offsets) are sent in decimal; None, ``""`` and ``0``
    mean the first page, as in go-http (which sent a cursor only when it was truthy)."""
    if isinstance(value, bool) or not isinstance(value, str | int | None):
        raise InvalidRequestError(f"start_cursor must be a string or an integer, not {type(value).__name__}")
    return str(value) if value else None


def _page(call: Call[Any]) -> Call[Page[Contact, str]]:
    def parse(response: httpx.Response) -> Page[Contact, str]:
        data = call.parse(response)
        cursor = data["cursor"]  # checked against the spec: a string, an integer or null
        return Page(items=list(data["data"]), next_cursor=None if cursor is None else str(cursor))

    return replace(call, parse=parse)


def _lookup_404(field: str, value: str, exc: NotFoundException) -> NotFoundException:
    """A JSON 404 is the contacts API saying nothing matched; any other 404 (an HTML page from a wrong host or
    path) is not about the contact, and says to check ``api_url`` instead."""
    kind = exc.response.headers.get("Content-Type", "").split(";")[0].strip()
    if "json" in kind:
        return ContactNotFoundException(exc.response, f"no contact has {field} {value!r}", field=field, value=value)
    where = redact_url(exc.response.request.url.copy_with(query=None))
    return NotFoundException(
        exc.response, f"404 from {where} is not a Vumi Go API answer ({kind or 'no Content-Type'}): check api_url"
    )


def _lookup(args: tuple[object, ...], kw: Mapping[str, object]) -> Steps[Contact]:
    """``get_contact(contact_key)`` by key, or ``get_contact(field=value)``: the first contact whose address field
    has that value (the field is checked against the spec's ``query`` pattern)."""
    if len(args) + len(kw) != 1:
        raise InvalidRequestError("get_contact() takes one contact key (get_contact(key)) or one address field")
    field, value = ("contact_key", args[0]) if args else next(iter(kw.items()))
    if field == "contact_key":
        return (yield get_contact_call(value))  # type: ignore[no-any-return]
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not value:
        raise InvalidRequestError(f"{field} must be a non-empty string, not {value!r}")
    call = list_contacts_call(query=f"{field}={value}")
    try:
        found, response = yield replace(call, parse=lambda response: (call.parse(response), response))
    except NotFoundException as exc:
        raise _lookup_404(field, value, exc) from exc
    if not found["data"]:
        raise ContactNotFoundException(response, f"no contact has {field} {value!r}", field=field, value=value)
    return found["data"][0]  # type: ignore[no-any-return]


class _Contacts:
    """``get_contact`` and the listings, written once: the generated sync and async classes drive these hooks."""

    _invoker: Any

    def _get_contact_steps(self, *args: object, **kw: object) -> Steps[Contact]:
        return _lookup(args, kw)

    def _fetch(self, group_key: str | None) -> Callable[[str | None], Any]:
        """One page of the contacts (of a group); sync or awaitable, as the client's invoker is."""
        if group_key is None:
            return lambda cursor: self._invoker.run(_page(list_contacts_call(cursor=cursor)))
        return lambda cursor: self._invoker.run(_page(list_group_contacts_call(group_key, cursor=cursor)))

    def _contacts_pager(self, start_cursor: object) -> dict[str, Any]:
        """Every contact; ``start_cursor`` resumes at that page (e.g. ``PagedException.cursor``). A failure on a
        later page raises :class:`PagedException` with the cursor to resume from; the first page's errors propagate."""
        return {"fetch": self._fetch(None), "start_cursor": _cursor(start_cursor), "wrap_error": PagedException}

    def _group_contacts_pager(self, group_key: str, start_cursor: object) -> dict[str, Any]:
        """Every contact of a group (static members or smart-group matches), like :meth:`_contacts_pager`."""
        check("group_key", group_key, schemas.PARAMETER_GROUP_KEY)  # now, not at the first page
        return {"fetch": self._fetch(group_key), "start_cursor": _cursor(start_cursor), "wrap_error": PagedException}


class ContactsApiClient(_Contacts, BearerClient, ContactsApiClientOperations, GroupsApiClientOperations):
    """Client for Vumi Go's contacts API: ``ContactsApiClient(auth_token, api_url=None, session=None)``.

    Every method returns the API's JSON (contacts and groups as dicts). ``contacts()`` / ``group_contacts()`` are
    lazy iterators over every page; ``get_contact(key)`` or ``get_contact(field=value)`` (the first match).
    """


class AsyncContactsApiClient(
    _Contacts, AsyncBearerClient, AsyncContactsApiClientOperations, AsyncGroupsApiClientOperations
):
    """The async twin of :class:`ContactsApiClient`: ``async for contact in api.contacts(): ...``."""


__all__ = ["AsyncContactsApiClient", "ContactsApiClient"]

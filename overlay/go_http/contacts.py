"""``go_http.contacts.ContactsApiClient``: contacts and groups, with lazy, complete, resumable listings.

    api = ContactsApiClient(auth_token)
    for contact in api.contacts():            # every page, fetched as you go
        ...
    contact = api.get_contact(msisdn="+12345")

Unlike go-http, cursors are percent-encoded like any query value (go-http pasted them in raw, so a cursor with
``+`` or ``&`` asked for the wrong page), and ``get_contact(field=value)`` raises ContactNotFoundException when
nothing matches (go-http raised IndexError or HTTPError).
"""

from __future__ import annotations

from typing import Any

import httpx

from switchboard_core import AsyncCursorPager, CursorPager, Page, redact_url

from . import _calls, _inputs
from ._base import AsyncBearerClient, BearerClient
from .exceptions import ContactNotFoundException, NotFoundException, PagedException

Contact = dict[str, Any]
Group = dict[str, Any]


def _not_found(field: str, value: str, response: httpx.Response) -> ContactNotFoundException:
    return ContactNotFoundException(response, f"no contact has {field} {value!r}", field=field, value=value)


def _lookup_404(field: str, value: str, exc: NotFoundException) -> NotFoundException:
    """A JSON 404 is the contacts API saying nothing matched; any other 404 (an HTML page from a wrong host or
    path) is not about the contact, and says to check ``api_url`` instead."""
    kind = exc.response.headers.get("Content-Type", "").split(";")[0].strip()
    if "json" in kind:
        return _not_found(field, value, exc.response)
    where = redact_url(exc.response.request.url.copy_with(query=None))
    return NotFoundException(
        exc.response,
        f"404 from {where} is not a Vumi Go API answer ({kind or 'no Content-Type'}): check api_url",
    )


class ContactsApiClient(BearerClient):
    """Client for Vumi Go's contacts API: ``ContactsApiClient(auth_token, api_url=None, session=None)``.

    Every method returns the API's JSON (contacts and groups as dicts). ``api_url`` defaults to
    ``https://go.vumi.org/api/v1/go``; ``session`` may be an ``httpx.Client`` (see ``go_http`` for details).
    """

    def contacts(self, start_cursor: str | int | None = None) -> CursorPager[Contact, str]:
        """Every contact, page by page, as a lazy iterator (nothing is requested until iteration starts).

        ``start_cursor`` resumes at that page (e.g. ``PagedException.cursor``). A failure on a later page raises
        :class:`PagedException` with the cursor to resume from; the first page's errors propagate as they are.
        """
        cursor = _inputs.cursor(start_cursor)

        def fetch(at: str | None) -> Page[Contact, str]:
            return self._run(_calls.contacts_page(at))

        return CursorPager(fetch, start_cursor=cursor, wrap_error=PagedException)

    def group_contacts(self, group_key: str, start_cursor: str | int | None = None) -> CursorPager[Contact, str]:
        """Every contact of a group (static members or smart-group matches), like :meth:`contacts`."""
        key = _inputs.text("group_key", group_key)
        cursor = _inputs.cursor(start_cursor)

        def fetch(at: str | None) -> Page[Contact, str]:
            return self._run(_calls.group_contacts_page(key, at))

        return CursorPager(fetch, start_cursor=cursor, wrap_error=PagedException)

    def create_contact(self, contact_data: dict[str, Any]) -> Contact:
        """Create a contact from ``contact_data`` (e.g. ``msisdn``, ``name``, ``extra``); the API assigns ``key``."""
        return self._run(_calls.create_contact_(_inputs.body("contact_data", contact_data)))

    def get_contact(self, *args: str, **kw: str) -> Contact:
        """``get_contact(contact_key)`` by key, or ``get_contact(field=value)`` by an address field (``msisdn``,
        ``twitter_handle``, ``bbm_pin``, ``mxit_id``, ``facebook_id``, ``wechat_id``, ``gtalk_id``): the first match.
        """
        key_or_field, value = _inputs.contact_lookup(args, kw)
        if value is None:
            return self._run(_calls.get_contact_(key_or_field))
        try:
            found, response = self._run(_calls.find_contacts(key_or_field, value))
        except NotFoundException as exc:
            raise _lookup_404(key_or_field, value, exc) from exc
        if not found:
            raise _not_found(key_or_field, value, response)
        return found[0]

    def update_contact(self, contact_key: str, update_data: dict[str, Any]) -> Contact:
        """Change the fields in ``update_data`` (``extra`` and ``subscription`` are replaced whole)."""
        key = _inputs.text("contact_key", contact_key)
        return self._run(_calls.update_contact_(key, _inputs.body("update_data", update_data)))

    def delete_contact(self, contact_key: str) -> Contact:
        """Delete a contact; returns it as it was."""
        return self._run(_calls.delete_contact_(_inputs.text("contact_key", contact_key)))

    def create_group(self, group_data: dict[str, Any]) -> Group:
        """Create a group: ``{"name": ...}``, plus ``"query"`` for a smart group."""
        return self._run(_calls.create_group_(_inputs.body("group_data", group_data)))

    def get_group(self, group_key: str) -> Group:
        return self._run(_calls.get_group_(_inputs.text("group_key", group_key)))

    def update_group(self, group_key: str, update_data: dict[str, Any]) -> Group:
        """Change a group's ``name`` or ``query`` (``update_data`` is a dict; go-http's docs said str)."""
        key = _inputs.text("group_key", group_key)
        return self._run(_calls.update_group_(key, _inputs.body("update_data", update_data)))

    def delete_group(self, group_key: str) -> Group:
        """Delete a group (its contacts stay); returns it as it was."""
        return self._run(_calls.delete_group_(_inputs.text("group_key", group_key)))


class AsyncContactsApiClient(AsyncBearerClient):
    """The async twin of :class:`ContactsApiClient`: ``async for contact in api.contacts(): ...``."""

    def contacts(self, start_cursor: str | int | None = None) -> AsyncCursorPager[Contact, str]:
        cursor = _inputs.cursor(start_cursor)

        async def fetch(at: str | None) -> Page[Contact, str]:
            return await self._run(_calls.contacts_page(at))

        return AsyncCursorPager(fetch, start_cursor=cursor, wrap_error=PagedException)

    def group_contacts(self, group_key: str, start_cursor: str | int | None = None) -> AsyncCursorPager[Contact, str]:
        key = _inputs.text("group_key", group_key)
        cursor = _inputs.cursor(start_cursor)

        async def fetch(at: str | None) -> Page[Contact, str]:
            return await self._run(_calls.group_contacts_page(key, at))

        return AsyncCursorPager(fetch, start_cursor=cursor, wrap_error=PagedException)

    async def create_contact(self, contact_data: dict[str, Any]) -> Contact:
        return await self._run(_calls.create_contact_(_inputs.body("contact_data", contact_data)))

    async def get_contact(self, *args: str, **kw: str) -> Contact:
        key_or_field, value = _inputs.contact_lookup(args, kw)
        if value is None:
            return await self._run(_calls.get_contact_(key_or_field))
        try:
            found, response = await self._run(_calls.find_contacts(key_or_field, value))
        except NotFoundException as exc:
            raise _lookup_404(key_or_field, value, exc) from exc
        if not found:
            raise _not_found(key_or_field, value, response)
        return found[0]

    async def update_contact(self, contact_key: str, update_data: dict[str, Any]) -> Contact:
        key = _inputs.text("contact_key", contact_key)
        return await self._run(_calls.update_contact_(key, _inputs.body("update_data", update_data)))

    async def delete_contact(self, contact_key: str) -> Contact:
        return await self._run(_calls.delete_contact_(_inputs.text("contact_key", contact_key)))

    async def create_group(self, group_data: dict[str, Any]) -> Group:
        return await self._run(_calls.create_group_(_inputs.body("group_data", group_data)))

    async def get_group(self, group_key: str) -> Group:
        return await self._run(_calls.get_group_(_inputs.text("group_key", group_key)))

    async def update_group(self, group_key: str, update_data: dict[str, Any]) -> Group:
        key = _inputs.text("group_key", group_key)
        return await self._run(_calls.update_group_(key, _inputs.body("update_data", update_data)))

    async def delete_group(self, group_key: str) -> Group:
        return await self._run(_calls.delete_group_(_inputs.text("group_key", group_key)))


__all__ = ["AsyncContactsApiClient", "ContactsApiClient"]

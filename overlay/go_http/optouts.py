"""``go_http.optouts.OptOutsApiClient``: look up, record, remove and count opt-outs.

As in go-http, ``get_optout`` and ``delete_optout`` return None when the API answers 404 (no such opt-out);
``set_optout`` and ``count`` raise for every error status. Addresses are percent-encoded in the path
(``+1234`` → ``%2B1234``), ``/`` included (go-http left ``/`` literal).
"""

from __future__ import annotations

from typing import Any

from . import _calls, _inputs
from ._base import AsyncBearerClient, BearerClient
from .exceptions import NotFoundException

OptOut = dict[str, Any]


def _address(address_type: object, address: object) -> tuple[str, str]:
    return _inputs.text("address_type", address_type), _inputs.text("address", address)


class OptOutsApiClient(BearerClient):
    """Client for Vumi Go's opt-out API: ``OptOutsApiClient(auth_token, api_url=None, session=None)``."""

    def get_optout(self, address_type: str, address: str) -> OptOut | None:
        """The opt-out record (``created_at``, ``message``, ``user_account``), or None if the address has none."""
        try:
            return self._run(_calls.get_optout_(*_address(address_type, address)))
        except NotFoundException:
            return None

    def set_optout(self, address_type: str, address: str) -> OptOut:
        """Record that ``address`` opted out; returns the new record (409 ConflictException if it already had)."""
        return self._run(_calls.set_optout_(*_address(address_type, address)))

    def delete_optout(self, address_type: str, address: str) -> OptOut | None:
        """Remove the address's opt-out; returns the deleted record, or None if there was none."""
        try:
            return self._run(_calls.delete_optout_(*_address(address_type, address)))
        except NotFoundException:
            return None

    def count(self) -> int:
        """The total number of opt-out records."""
        return self._run(_calls.count_optouts_())


class AsyncOptOutsApiClient(AsyncBearerClient):
    """The async twin of :class:`OptOutsApiClient`."""

    async def get_optout(self, address_type: str, address: str) -> OptOut | None:
        try:
            return await self._run(_calls.get_optout_(*_address(address_type, address)))
        except NotFoundException:
            return None

    async def set_optout(self, address_type: str, address: str) -> OptOut:
        return await self._run(_calls.set_optout_(*_address(address_type, address)))

    async def delete_optout(self, address_type: str, address: str) -> OptOut | None:
        try:
            return await self._run(_calls.delete_optout_(*_address(address_type, address)))
        except NotFoundException:
            return None

    async def count(self) -> int:
        return await self._run(_calls.count_optouts_())


__all__ = ["AsyncOptOutsApiClient", "OptOutsApiClient"]

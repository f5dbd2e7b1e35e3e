"""``OptoutsApi`` (sync) and ``AsyncOptoutsApi``: the SMS.CX optouts operations."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from switchboard_core import CallOptions, DownloadTarget

from .._api import NOT_GIVEN, AsyncApi, SyncApi, Timeout
from ..model.add_contacts_to_group_request import AddContactsToGroupRequest

if TYPE_CHECKING:  # the result types; the generated models load when a call parses them
    from smscx_api.models import DataOptouts, OptoutsDeleteResponse, OptoutsListResponse, OptoutsNewResponse


class OptoutsApi(SyncApi):
    """SMS.CX optouts operations (sync)."""

    def add_contact_to_optouts_list(
        self,
        add_contacts_to_group_request: AddContactsToGroupRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> OptoutsNewResponse:
        """Add contact to optouts list."""
        result: OptoutsNewResponse = self._run(
            "add_contact_to_optouts_list",
            (),
            body=add_contacts_to_group_request,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    def delete_contact_from_optouts_list(
        self, optout_id: int, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> OptoutsDeleteResponse:
        """Delete contact from optouts list."""
        result: OptoutsDeleteResponse = self._run(
            "delete_contact_from_optouts_list", (optout_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def export_optouts_to_csv(
        self, *, to: DownloadTarget = None, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> bytes | Path | IO[bytes]:
        """Export optouts to CSV.

        Streams it to ``to`` (a path or an open binary file), or returns its bytes.
        """
        result: bytes | Path | IO[bytes] = self._download(
            "export_optouts_to_csv", (), to=to, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def export_optouts_to_xlsx(
        self, *, to: DownloadTarget = None, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> bytes | Path | IO[bytes]:
        """Export optouts to XLSX.

        Streams it to ``to`` (a path or an open binary file), or returns its bytes.
        """
        result: bytes | Path | IO[bytes] = self._download(
            "export_optouts_to_xlsx", (), to=to, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def get_optouts_list(
        self,
        *,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> OptoutsListResponse:
        """Get optouts list."""
        result: OptoutsListResponse = self._run(
            "get_optouts_list",
            (),
            limit=limit,
            next=next,
            previous=previous,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    def iter_optouts_list(
        self,
        *,
        limit: int | None = None,
        max_pages: int | None = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> Iterator[DataOptouts]:
        """Every item of :meth:`get_optouts_list`, fetching the cursor pages lazily."""
        return self._iterate(
            "get_optouts_list",
            (),
            limit=limit,
            max_pages=max_pages,
            options=CallOptions(_request_timeout, _max_retries),
        )


class AsyncOptoutsApi(AsyncApi):
    """SMS.CX optouts operations (async): ``await api.method(...)``."""

    async def add_contact_to_optouts_list(
        self,
        add_contacts_to_group_request: AddContactsToGroupRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> OptoutsNewResponse:
        """Add contact to optouts list."""
        result: OptoutsNewResponse = await self._run(
            "add_contact_to_optouts_list",
            (),
            body=add_contacts_to_group_request,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    async def delete_contact_from_optouts_list(
        self, optout_id: int, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> OptoutsDeleteResponse:
        """Delete contact from optouts list."""
        result: OptoutsDeleteResponse = await self._run(
            "delete_contact_from_optouts_list", (optout_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def export_optouts_to_csv(
        self, *, to: DownloadTarget = None, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> bytes | Path | IO[bytes]:
        """Export optouts to CSV.

        Streams it to ``to`` (a path or an open binary file), or returns its bytes.
        """
        result: bytes | Path | IO[bytes] = await self._download(
            "export_optouts_to_csv", (), to=to, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def export_optouts_to_xlsx(
        self, *, to: DownloadTarget = None, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> bytes | Path | IO[bytes]:
        """Export optouts to XLSX.

        Streams it to ``to`` (a path or an open binary file), or returns its bytes.
        """
        result: bytes | Path | IO[bytes] = await self._download(
            "export_optouts_to_xlsx", (), to=to, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def get_optouts_list(
        self,
        *,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> OptoutsListResponse:
        """Get optouts list."""
        result: OptoutsListResponse = await self._run(
            "get_optouts_list",
            (),
            limit=limit,
            next=next,
            previous=previous,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    def iter_optouts_list(
        self,
        *,
        limit: int | None = None,
        max_pages: int | None = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> AsyncIterator[DataOptouts]:
        """Every item of :meth:`get_optouts_list`, fetching the cursor pages lazily."""
        return self._iterate(
            "get_optouts_list",
            (),
            limit=limit,
            max_pages=max_pages,
            options=CallOptions(_request_timeout, _max_retries),
        )

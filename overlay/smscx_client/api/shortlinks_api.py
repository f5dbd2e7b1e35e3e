"""``ShortlinksApi`` (sync) and ``AsyncShortlinksApi``: the SMS.CX shortlinks operations."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from switchboard_core import CallOptions, DownloadTarget

from .._api import NOT_GIVEN, AsyncApi, SyncApi, Timeout
from ..model.shortlink_new_request import ShortlinkNewRequest
from ..model.shortlink_update_request import ShortlinkUpdateRequest

if TYPE_CHECKING:  # the result types; the generated models load when a call parses them
    from smscx_api.models import (
        DataShortlinkDetail,
        ShortlinkDeleteResponse,
        ShortlinkDetailsResponse,
        ShortlinkNewResponse,
        ShortlinksListResponse,
        ShortlinkUpdateResponse,
    )


class ShortlinksApi(SyncApi):
    """SMS.CX shortlinks operations (sync)."""

    def create_shortlink(
        self,
        shortlink_new_request: ShortlinkNewRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> ShortlinkNewResponse:
        """Create shortlink."""
        result: ShortlinkNewResponse = self._run(
            "create_shortlink", (), body=shortlink_new_request, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def delete_shortlink(
        self, short_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> ShortlinkDeleteResponse:
        """Delete shortlink."""
        result: ShortlinkDeleteResponse = self._run(
            "delete_shortlink", (short_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def export_shortlink_hits_to_csv(
        self,
        short_id: str,
        *,
        to: DownloadTarget = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> bytes | Path | IO[bytes]:
        """Export shortlink hits to CSV.

        Streams it to ``to`` (a path or an open binary file), or returns its bytes.
        """
        result: bytes | Path | IO[bytes] = self._download(
            "export_shortlink_hits_to_csv", (short_id,), to=to, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def export_shortlink_hits_to_xlsx(
        self,
        short_id: str,
        *,
        to: DownloadTarget = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> bytes | Path | IO[bytes]:
        """Export shortlink hits to XLSX.

        Streams it to ``to`` (a path or an open binary file), or returns its bytes.
        """
        result: bytes | Path | IO[bytes] = self._download(
            "export_shortlink_hits_to_xlsx", (short_id,), to=to, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def get_shortlink_hits(
        self,
        short_id: str,
        *,
        short_response: bool | None = None,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> ShortlinkDetailsResponse:
        """Get shortlink hits."""
        result: ShortlinkDetailsResponse = self._run(
            "get_shortlink_hits",
            (short_id,),
            short_response=short_response,
            limit=limit,
            next=next,
            previous=previous,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    def iter_shortlink_hits(
        self,
        short_id: str,
        *,
        short_response: bool | None = None,
        limit: int | None = None,
        max_pages: int | None = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> Iterator[DataShortlinkDetail]:
        """Every item of :meth:`get_shortlink_hits`, fetching the cursor pages lazily."""
        return self._iterate(
            "get_shortlink_hits",
            (short_id,),
            short_response=short_response,
            limit=limit,
            max_pages=max_pages,
            options=CallOptions(_request_timeout, _max_retries),
        )

    def get_shortlinks_list(
        self, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> ShortlinksListResponse:
        """Get shortlinks list."""
        result: ShortlinksListResponse = self._run(
            "get_shortlinks_list", (), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def update_shortlink(
        self,
        short_id: str,
        shortlink_update_request: ShortlinkUpdateRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> ShortlinkUpdateResponse | None:
        """Update shortlink. ``None`` when the API answers 204 (nothing changed)."""
        result: ShortlinkUpdateResponse | None = self._run(
            "update_shortlink",
            (short_id,),
            body=shortlink_update_request,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result


class AsyncShortlinksApi(AsyncApi):
    """SMS.CX shortlinks operations (async): ``await api.method(...)``."""

    async def create_shortlink(
        self,
        shortlink_new_request: ShortlinkNewRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> ShortlinkNewResponse:
        """Create shortlink."""
        result: ShortlinkNewResponse = await self._run(
            "create_shortlink", (), body=shortlink_new_request, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def delete_shortlink(
        self, short_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> ShortlinkDeleteResponse:
        """Delete shortlink."""
        result: ShortlinkDeleteResponse = await self._run(
            "delete_shortlink", (short_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def export_shortlink_hits_to_csv(
        self,
        short_id: str,
        *,
        to: DownloadTarget = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> bytes | Path | IO[bytes]:
        """Export shortlink hits to CSV.

        Streams it to ``to`` (a path or an open binary file), or returns its bytes.
        """
        result: bytes | Path | IO[bytes] = await self._download(
            "export_shortlink_hits_to_csv", (short_id,), to=to, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def export_shortlink_hits_to_xlsx(
        self,
        short_id: str,
        *,
        to: DownloadTarget = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> bytes | Path | IO[bytes]:
        """Export shortlink hits to XLSX.

        Streams it to ``to`` (a path or an open binary file), or returns its bytes.
        """
        result: bytes | Path | IO[bytes] = await self._download(
            "export_shortlink_hits_to_xlsx", (short_id,), to=to, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def get_shortlink_hits(
        self,
        short_id: str,
        *,
        short_response: bool | None = None,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> ShortlinkDetailsResponse:
        """Get shortlink hits."""
        result: ShortlinkDetailsResponse = await self._run(
            "get_shortlink_hits",
            (short_id,),
            short_response=short_response,
            limit=limit,
            next=next,
            previous=previous,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    def iter_shortlink_hits(
        self,
        short_id: str,
        *,
        short_response: bool | None = None,
        limit: int | None = None,
        max_pages: int | None = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> AsyncIterator[DataShortlinkDetail]:
        """Every item of :meth:`get_shortlink_hits`, fetching the cursor pages lazily."""
        return self._iterate(
            "get_shortlink_hits",
            (short_id,),
            short_response=short_response,
            limit=limit,
            max_pages=max_pages,
            options=CallOptions(_request_timeout, _max_retries),
        )

    async def get_shortlinks_list(
        self, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> ShortlinksListResponse:
        """Get shortlinks list."""
        result: ShortlinksListResponse = await self._run(
            "get_shortlinks_list", (), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def update_shortlink(
        self,
        short_id: str,
        shortlink_update_request: ShortlinkUpdateRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> ShortlinkUpdateResponse | None:
        """Update shortlink. ``None`` when the API answers 204 (nothing changed)."""
        result: ShortlinkUpdateResponse | None = await self._run(
            "update_shortlink",
            (short_id,),
            body=shortlink_update_request,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

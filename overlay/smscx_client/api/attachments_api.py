"""``AttachmentsApi`` (sync) and ``AsyncAttachmentsApi``: the SMS.CX attachments operations."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING

from switchboard_core import CallOptions, DownloadTarget

from .._api import NOT_GIVEN, AsyncApi, SyncApi, Timeout

if TYPE_CHECKING:  # the result types; the generated models load when a call parses them
    from smscx_api.models import (
        AttachmentDeleteResponse,
        AttachmentDetailsResponse,
        AttachmentListResponse,
        DataShortlinkDetail,
    )


class AttachmentsApi(SyncApi):
    """SMS.CX attachments operations (sync)."""

    def delete_attachment(
        self, attachment_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> AttachmentDeleteResponse:
        """Delete attachment."""
        result: AttachmentDeleteResponse = self._run(
            "delete_attachment", (attachment_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def export_attachment_hits_to_csv(
        self,
        attachment_id: str,
        *,
        to: DownloadTarget = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> bytes | Path | IO[bytes]:
        """Export attachment hits to CSV.

        Streams it to ``to`` (a path or an open binary file), or returns its bytes.
        """
        result: bytes | Path | IO[bytes] = self._download(
            "export_attachment_hits_to_csv",
            (attachment_id,),
            to=to,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    def export_attachment_hits_to_xlsx(
        self,
        attachment_id: str,
        *,
        to: DownloadTarget = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> bytes | Path | IO[bytes]:
        """Export attachment hits to XLSX.

        Streams it to ``to`` (a path or an open binary file), or returns its bytes.
        """
        result: bytes | Path | IO[bytes] = self._download(
            "export_attachment_hits_to_xlsx",
            (attachment_id,),
            to=to,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    def get_attachment_hits(
        self,
        attachment_id: str,
        *,
        short_response: bool | None = None,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> AttachmentDetailsResponse:
        """Get attachment hits."""
        result: AttachmentDetailsResponse = self._run(
            "get_attachment_hits",
            (attachment_id,),
            short_response=short_response,
            limit=limit,
            next=next,
            previous=previous,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    def iter_attachment_hits(
        self,
        attachment_id: str,
        *,
        short_response: bool | None = None,
        limit: int | None = None,
        max_pages: int | None = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> Iterator[DataShortlinkDetail]:
        """Every item of :meth:`get_attachment_hits`, fetching the cursor pages lazily."""
        return self._iterate(
            "get_attachment_hits",
            (attachment_id,),
            short_response=short_response,
            limit=limit,
            max_pages=max_pages,
            options=CallOptions(_request_timeout, _max_retries),
        )

    def get_attachments_list(
        self, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> AttachmentListResponse:
        """Get attachments list."""
        result: AttachmentListResponse = self._run(
            "get_attachments_list", (), options=CallOptions(_request_timeout, _max_retries)
        )
        return result


class AsyncAttachmentsApi(AsyncApi):
    """SMS.CX attachments operations (async): ``await api.method(...)``."""

    async def delete_attachment(
        self, attachment_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> AttachmentDeleteResponse:
        """Delete attachment."""
        result: AttachmentDeleteResponse = await self._run(
            "delete_attachment", (attachment_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def export_attachment_hits_to_csv(
        self,
        attachment_id: str,
        *,
        to: DownloadTarget = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> bytes | Path | IO[bytes]:
        """Export attachment hits to CSV.

        Streams it to ``to`` (a path or an open binary file), or returns its bytes.
        """
        result: bytes | Path | IO[bytes] = await self._download(
            "export_attachment_hits_to_csv",
            (attachment_id,),
            to=to,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    async def export_attachment_hits_to_xlsx(
        self,
        attachment_id: str,
        *,
        to: DownloadTarget = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> bytes | Path | IO[bytes]:
        """Export attachment hits to XLSX.

        Streams it to ``to`` (a path or an open binary file), or returns its bytes.
        """
        result: bytes | Path | IO[bytes] = await self._download(
            "export_attachment_hits_to_xlsx",
            (attachment_id,),
            to=to,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    async def get_attachment_hits(
        self,
        attachment_id: str,
        *,
        short_response: bool | None = None,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> AttachmentDetailsResponse:
        """Get attachment hits."""
        result: AttachmentDetailsResponse = await self._run(
            "get_attachment_hits",
            (attachment_id,),
            short_response=short_response,
            limit=limit,
            next=next,
            previous=previous,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    def iter_attachment_hits(
        self,
        attachment_id: str,
        *,
        short_response: bool | None = None,
        limit: int | None = None,
        max_pages: int | None = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> AsyncIterator[DataShortlinkDetail]:
        """Every item of :meth:`get_attachment_hits`, fetching the cursor pages lazily."""
        return self._iterate(
            "get_attachment_hits",
            (attachment_id,),
            short_response=short_response,
            limit=limit,
            max_pages=max_pages,
            options=CallOptions(_request_timeout, _max_retries),
        )

    async def get_attachments_list(
        self, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> AttachmentListResponse:
        """Get attachments list."""
        result: AttachmentListResponse = await self._run(
            "get_attachments_list", (), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

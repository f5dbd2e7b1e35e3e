"""``GroupsApi`` (sync) and ``AsyncGroupsApi``: the SMS.CX groups operations."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from switchboard_core import CallOptions, DownloadTarget

from .._api import NOT_GIVEN, AsyncApi, SyncApi, Timeout
from ..model.add_contacts_to_group_request import AddContactsToGroupRequest
from ..model.new_group_request import NewGroupRequest
from ..model.update_number_request import UpdateNumberRequest

if TYPE_CHECKING:  # the result types; the generated models load when a call parses them
    from smscx_api.models import (
        AddContactsToGroupResponse,
        DataGroupsDetails,
        DeleteContact,
        DeleteGroup,
        GroupDetailsResponse,
        GroupResponse,
        GroupsList,
        NewGroupResponse,
        UpdateNumberResponse,
    )


class GroupsApi(SyncApi):
    """SMS.CX groups operations (sync)."""

    def add_contacts_to_group(
        self,
        group_id: int,
        add_contacts_to_group_request: AddContactsToGroupRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> AddContactsToGroupResponse:
        """Add contacts to group."""
        result: AddContactsToGroupResponse = self._run(
            "add_contacts_to_group",
            (group_id,),
            body=add_contacts_to_group_request,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    def create_group(
        self,
        new_group_request: NewGroupRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> NewGroupResponse:
        """Create new group."""
        result: NewGroupResponse = self._run(
            "create_group", (), body=new_group_request, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def delete_contact_from_group(
        self,
        group_id: int,
        phone_number_id: str,
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> DeleteContact:
        """Delete contact from group."""
        result: DeleteContact = self._run(
            "delete_contact_from_group",
            (
                group_id,
                phone_number_id,
            ),
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    def delete_group(
        self, group_id: int, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> DeleteGroup:
        """Delete group."""
        result: DeleteGroup = self._run(
            "delete_group", (group_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def empty_group(
        self, group_id: int, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> GroupResponse | None:
        """Empty group. ``None`` when the API answers 204 (nothing changed)."""
        result: GroupResponse | None = self._run(
            "empty_group", (group_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def export_group_to_csv(
        self,
        group_id: int,
        *,
        to: DownloadTarget = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> bytes | Path | IO[bytes]:
        """Export group to CSV.

        Streams it to ``to`` (a path or an open binary file), or returns its bytes.
        """
        result: bytes | Path | IO[bytes] = self._download(
            "export_group_to_csv", (group_id,), to=to, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def export_group_to_xlsx(
        self,
        group_id: int,
        *,
        to: DownloadTarget = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> bytes | Path | IO[bytes]:
        """Export group to XLSX.

        Streams it to ``to`` (a path or an open binary file), or returns its bytes.
        """
        result: bytes | Path | IO[bytes] = self._download(
            "export_group_to_xlsx", (group_id,), to=to, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def get_group_details(
        self,
        group_id: int,
        *,
        short_response: bool | None = None,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> GroupDetailsResponse:
        """Get group details."""
        result: GroupDetailsResponse = self._run(
            "get_group_details",
            (group_id,),
            short_response=short_response,
            limit=limit,
            next=next,
            previous=previous,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    def iter_group_details(
        self,
        group_id: int,
        *,
        short_response: bool | None = None,
        limit: int | None = None,
        max_pages: int | None = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> Iterator[DataGroupsDetails]:
        """Every item of :meth:`get_group_details`, fetching the cursor pages lazily."""
        return self._iterate(
            "get_group_details",
            (group_id,),
            short_response=short_response,
            limit=limit,
            max_pages=max_pages,
            options=CallOptions(_request_timeout, _max_retries),
        )

    def get_groups_list(self, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None) -> GroupsList:
        """Get list of groups."""
        result: GroupsList = self._run("get_groups_list", (), options=CallOptions(_request_timeout, _max_retries))
        return result

    def update_contact_from_group(
        self,
        group_id: int,
        phone_number_id: str,
        update_number_request: UpdateNumberRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> UpdateNumberResponse | None:
        """Update contact from group. ``None`` when the API answers 204 (nothing changed)."""
        result: UpdateNumberResponse | None = self._run(
            "update_contact_from_group",
            (
                group_id,
                phone_number_id,
            ),
            body=update_number_request,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result


class AsyncGroupsApi(AsyncApi):
    """SMS.CX groups operations (async): ``await api.method(...)``."""

    async def add_contacts_to_group(
        self,
        group_id: int,
        add_contacts_to_group_request: AddContactsToGroupRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> AddContactsToGroupResponse:
        """Add contacts to group."""
        result: AddContactsToGroupResponse = await self._run(
            "add_contacts_to_group",
            (group_id,),
            body=add_contacts_to_group_request,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    async def create_group(
        self,
        new_group_request: NewGroupRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> NewGroupResponse:
        """Create new group."""
        result: NewGroupResponse = await self._run(
            "create_group", (), body=new_group_request, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def delete_contact_from_group(
        self,
        group_id: int,
        phone_number_id: str,
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> DeleteContact:
        """Delete contact from group."""
        result: DeleteContact = await self._run(
            "delete_contact_from_group",
            (
                group_id,
                phone_number_id,
            ),
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    async def delete_group(
        self, group_id: int, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> DeleteGroup:
        """Delete group."""
        result: DeleteGroup = await self._run(
            "delete_group", (group_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def empty_group(
        self, group_id: int, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> GroupResponse | None:
        """Empty group. ``None`` when the API answers 204 (nothing changed)."""
        result: GroupResponse | None = await self._run(
            "empty_group", (group_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def export_group_to_csv(
        self,
        group_id: int,
        *,
        to: DownloadTarget = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> bytes | Path | IO[bytes]:
        """Export group to CSV.

        Streams it to ``to`` (a path or an open binary file), or returns its bytes.
        """
        result: bytes | Path | IO[bytes] = await self._download(
            "export_group_to_csv", (group_id,), to=to, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def export_group_to_xlsx(
        self,
        group_id: int,
        *,
        to: DownloadTarget = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> bytes | Path | IO[bytes]:
        """Export group to XLSX.

        Streams it to ``to`` (a path or an open binary file), or returns its bytes.
        """
        result: bytes | Path | IO[bytes] = await self._download(
            "export_group_to_xlsx", (group_id,), to=to, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def get_group_details(
        self,
        group_id: int,
        *,
        short_response: bool | None = None,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> GroupDetailsResponse:
        """Get group details."""
        result: GroupDetailsResponse = await self._run(
            "get_group_details",
            (group_id,),
            short_response=short_response,
            limit=limit,
            next=next,
            previous=previous,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    def iter_group_details(
        self,
        group_id: int,
        *,
        short_response: bool | None = None,
        limit: int | None = None,
        max_pages: int | None = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> AsyncIterator[DataGroupsDetails]:
        """Every item of :meth:`get_group_details`, fetching the cursor pages lazily."""
        return self._iterate(
            "get_group_details",
            (group_id,),
            short_response=short_response,
            limit=limit,
            max_pages=max_pages,
            options=CallOptions(_request_timeout, _max_retries),
        )

    async def get_groups_list(
        self, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> GroupsList:
        """Get list of groups."""
        result: GroupsList = await self._run("get_groups_list", (), options=CallOptions(_request_timeout, _max_retries))
        return result

    async def update_contact_from_group(
        self,
        group_id: int,
        phone_number_id: str,
        update_number_request: UpdateNumberRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> UpdateNumberResponse | None:
        """Update contact from group. ``None`` when the API answers 204 (nothing changed)."""
        result: UpdateNumberResponse | None = await self._run(
            "update_contact_from_group",
            (
                group_id,
                phone_number_id,
            ),
            body=update_number_request,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

"""``OriginatorsApi`` (sync) and ``AsyncOriginatorsApi``: the SMS.CX originators operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from switchboard_core import CallOptions

from .._api import NOT_GIVEN, AsyncApi, SyncApi, Timeout
from ..model.originator_new_request import OriginatorNewRequest

if TYPE_CHECKING:  # the result types; the generated models load when a call parses them
    from smscx_api.models import OriginatorNewResponse, OriginatorsListResponse


class OriginatorsApi(SyncApi):
    """SMS.CX originators operations (sync)."""

    def create_originator(
        self,
        originator_new_request: OriginatorNewRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> OriginatorNewResponse:
        """Create new originator."""
        result: OriginatorNewResponse = self._run(
            "create_originator", (), body=originator_new_request, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def delete_originator(
        self, originator_id: int, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> OriginatorNewResponse:
        """Delete originator."""
        result: OriginatorNewResponse = self._run(
            "delete_originator", (originator_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def get_originators_list(
        self, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> OriginatorsListResponse:
        """Get originators list."""
        result: OriginatorsListResponse = self._run(
            "get_originators_list", (), options=CallOptions(_request_timeout, _max_retries)
        )
        return result


class AsyncOriginatorsApi(AsyncApi):
    """SMS.CX originators operations (async): ``await api.method(...)``."""

    async def create_originator(
        self,
        originator_new_request: OriginatorNewRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> OriginatorNewResponse:
        """Create new originator."""
        result: OriginatorNewResponse = await self._run(
            "create_originator", (), body=originator_new_request, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def delete_originator(
        self, originator_id: int, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> OriginatorNewResponse:
        """Delete originator."""
        result: OriginatorNewResponse = await self._run(
            "delete_originator", (originator_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def get_originators_list(
        self, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> OriginatorsListResponse:
        """Get originators list."""
        result: OriginatorsListResponse = await self._run(
            "get_originators_list", (), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

"""``TemplatesApi`` (sync) and ``AsyncTemplatesApi``: the SMS.CX templates operations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from switchboard_core import CallOptions

from .._api import NOT_GIVEN, AsyncApi, SyncApi, Timeout
from ..model.templates_new_request import TemplatesNewRequest
from ..model.templates_update_request import TemplatesUpdateRequest

if TYPE_CHECKING:  # the result types; the generated models load when a call parses them
    from smscx_api.models import (
        TemplateDetailsResponse,
        TemplatesDeleteResponse,
        TemplatesListResponse,
        TemplatesNewResponse,
        TemplatesUpdateResponse,
    )


class TemplatesApi(SyncApi):
    """SMS.CX templates operations (sync)."""

    def create_template(
        self,
        templates_new_request: TemplatesNewRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> TemplatesNewResponse:
        """Create template."""
        result: TemplatesNewResponse = self._run(
            "create_template", (), body=templates_new_request, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def delete_template(
        self, template_id: int, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> TemplatesDeleteResponse:
        """Delete template."""
        result: TemplatesDeleteResponse = self._run(
            "delete_template", (template_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def get_template(
        self, template_id: int, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> TemplateDetailsResponse:
        """Get template."""
        result: TemplateDetailsResponse = self._run(
            "get_template", (template_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def get_templates_list(
        self, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> TemplatesListResponse:
        """Get templates list."""
        result: TemplatesListResponse = self._run(
            "get_templates_list", (), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def update_template(
        self,
        template_id: int,
        templates_update_request: TemplatesUpdateRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> TemplatesUpdateResponse | None:
        """Update template. ``None`` when the API answers 204 (nothing changed)."""
        result: TemplatesUpdateResponse | None = self._run(
            "update_template",
            (template_id,),
            body=templates_update_request,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result


class AsyncTemplatesApi(AsyncApi):
    """SMS.CX templates operations (async): ``await api.method(...)``."""

    async def create_template(
        self,
        templates_new_request: TemplatesNewRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> TemplatesNewResponse:
        """Create template."""
        result: TemplatesNewResponse = await self._run(
            "create_template", (), body=templates_new_request, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def delete_template(
        self, template_id: int, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> TemplatesDeleteResponse:
        """Delete template."""
        result: TemplatesDeleteResponse = await self._run(
            "delete_template", (template_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def get_template(
        self, template_id: int, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> TemplateDetailsResponse:
        """Get template."""
        result: TemplateDetailsResponse = await self._run(
            "get_template", (template_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def get_templates_list(
        self, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> TemplatesListResponse:
        """Get templates list."""
        result: TemplatesListResponse = await self._run(
            "get_templates_list", (), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def update_template(
        self,
        template_id: int,
        templates_update_request: TemplatesUpdateRequest | Mapping[str, Any],
        *,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> TemplatesUpdateResponse | None:
        """Update template. ``None`` when the API answers 204 (nothing changed)."""
        result: TemplatesUpdateResponse | None = await self._run(
            "update_template",
            (template_id,),
            body=templates_update_request,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

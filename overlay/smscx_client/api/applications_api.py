"""``ApplicationsApi`` (sync) and ``AsyncApplicationsApi``: the SMS.CX applications operations."""

from __future__ import annotations

from typing import TYPE_CHECKING

from switchboard_core import CallOptions

from .._api import NOT_GIVEN, AsyncApi, SyncApi, Timeout

if TYPE_CHECKING:  # the result types; the generated models load when a call parses them
    from smscx_api.models import ApplicationSettingsResponse, ApplicationsListResponse


class ApplicationsApi(SyncApi):
    """SMS.CX applications operations (sync)."""

    def get_application_settings(
        self, application_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> ApplicationSettingsResponse:
        """Get application settings."""
        result: ApplicationSettingsResponse = self._run(
            "get_application_settings", (application_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def get_applications_list(
        self, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> ApplicationsListResponse:
        """Get applications list."""
        result: ApplicationsListResponse = self._run(
            "get_applications_list", (), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def get_scopes(self, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None) -> list[str]:
        """Get scopes."""
        result: list[str] = self._run("get_scopes", (), options=CallOptions(_request_timeout, _max_retries))
        return result


class AsyncApplicationsApi(AsyncApi):
    """SMS.CX applications operations (async): ``await api.method(...)``."""

    async def get_application_settings(
        self, application_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> ApplicationSettingsResponse:
        """Get application settings."""
        result: ApplicationSettingsResponse = await self._run(
            "get_application_settings", (application_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def get_applications_list(
        self, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> ApplicationsListResponse:
        """Get applications list."""
        result: ApplicationsListResponse = await self._run(
            "get_applications_list", (), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def get_scopes(self, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None) -> list[str]:
        """Get scopes."""
        result: list[str] = await self._run("get_scopes", (), options=CallOptions(_request_timeout, _max_retries))
        return result

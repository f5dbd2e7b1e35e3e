"""``OauthApi`` (sync) and ``AsyncOauthApi``: the SMS.CX oauth operations."""

from __future__ import annotations

from typing import TYPE_CHECKING

from switchboard_core import CallOptions

from .._api import NOT_GIVEN, AsyncApi, SyncApi, Timeout

if TYPE_CHECKING:  # the result type; the generated model loads when a call parses it
    from ..model.oauth_token_response import OauthTokenResponse


class OauthApi(SyncApi):
    """SMS.CX oauth operations (sync)."""

    def get_access_token(
        self,
        grant_type: str = "client_credentials",
        *,
        scope: str | None = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> OauthTokenResponse:
        """Get access token."""
        result: OauthTokenResponse = self._run(
            "get_access_token",
            (),
            grant_type=grant_type,
            scope=scope,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result


class AsyncOauthApi(AsyncApi):
    """SMS.CX oauth operations (async): ``await api.method(...)``."""

    async def get_access_token(
        self,
        grant_type: str = "client_credentials",
        *,
        scope: str | None = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> OauthTokenResponse:
        """Get access token."""
        result: OauthTokenResponse = await self._run(
            "get_access_token",
            (),
            grant_type=grant_type,
            scope=scope,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

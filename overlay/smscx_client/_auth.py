"""SMS.CX authentication on the shared ``httpx.Auth`` objects.

- ``X-API-KEY: <api key>`` and/or ``Authorization: Bearer <access token>`` on every operation but the token call
  (both when both are configured, as the legacy client did);
- with only an application ID and secret (``username`` / ``password``), a client-credentials token is fetched
  from ``POST /oauth/token`` (HTTP Basic client authentication, optional scope), cached until shortly before it
  expires, refreshed then or after a 401;
- the token call itself (``OauthApi.get_access_token``) carries only the Basic credentials.
"""

from __future__ import annotations

import httpx

from smscx_api.legacy import PATHS
from switchboard_core import REDACTED
from switchboard_core._credentials import check_printable
from switchboard_core.auth import BasicAuth, LockedFlow, OAuth2ClientCredentials, TokenCache, TokenResponseReader

from .exceptions import ERROR_MAP

TOKEN_PATH = PATHS["get_access_token"]  # the spec's path of the token operation


class SmscxAuth(TokenResponseReader):
    """Adds the configured credentials to each request (see the module docstring). Only token answers are read
    before the flow sees them: API answers (downloads included) stay streamed."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        access_token: str | None = None,
        username: str | None = None,
        password: str | None = None,
        token_url: str | None = None,
        scope: str | None = None,
        token_cache: TokenCache | None = None,
    ) -> None:
        # the error names the Configuration's parameter, never the value
        check_printable(ERROR_MAP, api_key=api_key, access_token=access_token, username=username, password=password)
        self._api_key = api_key or None
        self._access_token = access_token or None
        has_app = bool(username) and bool(password)
        self._basic = BasicAuth(username or "", password or "") if has_app else None
        self.oauth: OAuth2ClientCredentials | None = None
        if has_app and not self._api_key and not self._access_token and token_url:
            self.oauth = OAuth2ClientCredentials(  # token endpoint errors raise this client's exceptions
                token_url, username or "", password or "", scope=scope, cache=token_cache, error_map=ERROR_MAP
            )

    def __repr__(self) -> str:
        parts = [
            f"api_key={REDACTED if self._api_key else None}",
            f"access_token={REDACTED if self._access_token else None}",
            f"application={REDACTED if self._basic else None}",
        ]
        if self.oauth is not None:
            parts.append(f"oauth2_scope={self.oauth.scope!r}")
        return f"SmscxAuth({', '.join(parts)})"

    def flow(self, request: httpx.Request) -> LockedFlow[None]:
        if request.url.path.endswith(TOKEN_PATH):
            if self._basic is not None:
                yield from self._basic.auth_flow(request)
            else:
                yield request
            return
        if self._api_key:
            request.headers["X-API-KEY"] = self._api_key
        if self._access_token:
            request.headers["Authorization"] = f"Bearer {self._access_token}"
        if self.oauth is not None:
            yield from self.oauth.flow(request)
        else:
            yield request

"""``client.oauth``: the authorize URL, user tokens from authorization codes, app tokens (python-mxit's OAuth helper).

Tokens are kept per scope (and under each scope of a multi-scope grant) until 30 s before they expire; another
grant never evicts them. App tokens are fetched on demand; user tokens come from :meth:`OAuth.get_user_token`
and are refreshed with their refresh token when they expire or the API answers 401.
"""

from __future__ import annotations

import threading
from collections.abc import Generator
from typing import TYPE_CHECKING, NoReturn

import httpx

from switchboard_core import APIError, APIStatusError, InvalidRequestError
from switchboard_core.auth import OAuth2ScopedAuth, ScopeRequirement, Token, arun_token_flow, run_token_flow

if TYPE_CHECKING:
    import asyncio

from . import _inputs
from .exceptions import ERROR_MAP, MxitAPIException, MxitAPIParameterException

TokenFlow = Generator[httpx.Request, httpx.Response, Token]


def translate(exc: Exception, what: str) -> NoReturn:
    """Re-raise a shared-runtime error from the token endpoint as the Mxit error for its status."""
    if isinstance(exc, MxitAPIException):
        raise exc
    if isinstance(exc, APIStatusError):
        cls = ERROR_MAP.by_status.get(exc.response.status_code) or (
            ERROR_MAP.server_error if exc.response.status_code >= 500 else ERROR_MAP.fallback
        )
        raise cls(exc.response, f"Failed to retrieve {what}: {exc.message}") from exc
    if isinstance(exc, InvalidRequestError):
        raise MxitAPIParameterException(str(exc)) from exc
    raise exc


class _OAuthBase:
    def __init__(self, auth: OAuth2ScopedAuth, state: str | None) -> None:
        self._auth = auth
        self.state = state

    @property
    def redirect_uri(self) -> str | None:
        return self._auth.redirect_uri

    def auth_url(self, scope: str) -> str:
        """The URL to send the user to so they grant ``scope`` (space-separated scopes); they come back to
        ``redirect_uri`` with ``?code=...`` (and ``state``). ``redirect_uri`` is left out when none was given
        (python-mxit wrote ``redirect_uri=None``)."""
        return self._auth.authorization_url(_inputs.scope(scope), state=self.state)

    def _cached_user_token(self, scope: str) -> Token | None:
        return self._auth.usable("authorization_code", scope)

    def _user_flow(self, scope: str, code: str | None) -> TokenFlow:
        stale = self._auth.stored("authorization_code", scope)
        if code is None and stale is not None and stale.refresh_token is not None:
            return self._auth.refresh_flow(scope, stale)
        if code is None or self._auth.redirect_uri is None:
            missing = "an authorization code" if code is None else "a redirect_uri (give it to Mxit(...))"
            raise MxitAPIParameterException(f"no user token for scope {scope!r} yet, and {missing} is needed for one")
        return self._auth.exchange_code_flow(scope, _inputs.text("code", code))

    def has_user_token(self, scope: str) -> bool:
        """True if calls needing a user token for ``scope`` can be made (a usable or refreshable token is kept)."""
        return self._auth.can_authorize(ScopeRequirement(_inputs.scope(scope), "authorization_code"))


class OAuth(_OAuthBase):
    """Sync OAuth helper (``client.oauth``)."""

    def __init__(self, auth: OAuth2ScopedAuth, state: str | None, http: httpx.Client) -> None:
        super().__init__(auth, state)
        self._http = http
        self._fetching = threading.Lock()

    def _run(self, flow: TokenFlow, what: str) -> Token:
        try:
            return run_token_flow(flow, self._http)
        except (APIError, InvalidRequestError) as exc:
            translate(exc, what)

    def get_user_token(self, scope: str, code: str | None = None) -> str:
        """The user's access token for ``scope``: the kept one, else one for the authorization ``code`` that Mxit
        sent to ``redirect_uri`` (python-mxit raised ``MxitAPIParameterException`` without a code; so does this)."""
        scope = _inputs.scope(scope)
        token = self._cached_user_token(scope)
        if token is None:
            token = self._run(self._user_flow(scope, code), f"user token for {scope!r} scope")
        return token.access_token

    def get_app_token(self, scope: str) -> str:
        """The app's access token for ``scope`` (client credentials), fetched when none is kept."""
        scope = _inputs.scope(scope)
        token = self._auth.usable("client_credentials", scope)
        if token is None:
            with self._fetching:  # threads needing the same token wait for one fetch
                token = self._auth.usable("client_credentials", scope)
                if token is None:
                    token = self._run(self._auth.app_token_flow(scope), f"app token for {scope!r} scope")
        return token.access_token


class AsyncOAuth(_OAuthBase):
    """Async OAuth helper (``client.oauth`` of :class:`AsyncMxit`); :meth:`auth_url` stays sync."""

    def __init__(self, auth: OAuth2ScopedAuth, state: str | None, http: httpx.AsyncClient) -> None:
        super().__init__(auth, state)
        self._http = http
        self._fetching: asyncio.Lock | None = None  # created on first use, inside the running loop

    async def _run(self, flow: TokenFlow, what: str) -> Token:
        try:
            return await arun_token_flow(flow, self._http)
        except (APIError, InvalidRequestError) as exc:
            translate(exc, what)

    async def get_user_token(self, scope: str, code: str | None = None) -> str:
        scope = _inputs.scope(scope)
        token = self._cached_user_token(scope)
        if token is None:
            token = await self._run(self._user_flow(scope, code), f"user token for {scope!r} scope")
        return token.access_token

    async def get_app_token(self, scope: str) -> str:
        scope = _inputs.scope(scope)
        token = self._auth.usable("client_credentials", scope)
        if token is None:
            if self._fetching is None:
                import asyncio  # here, not at module level: sync users do not pay for importing it

                self._fetching = asyncio.Lock()
            async with self._fetching:  # concurrent calls needing the same token wait for one fetch
                token = self._auth.usable("client_credentials", scope)
                if token is None:
                    token = await self._run(self._auth.app_token_flow(scope), f"app token for {scope!r} scope")
        return token.access_token

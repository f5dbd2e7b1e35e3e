"""``client.oauth``: the authorize URL, user tokens from authorization codes, app tokens (python-mxit's OAuth helper).

Tokens are kept per scope (and under each scope of a multi-scope grant) until 30 s before they expire; another
grant never evicts them. App tokens are fetched on demand; user tokens come from :meth:`OAuth.get_user_token` and
are refreshed with their refresh token when they expire or the API answers 401. Fetches and refreshes are
single-flight per grant and scope (the runtime's :meth:`OAuth2ScopedAuth.token_flow`, for sync and async alike).
Token endpoint failures raise the Mxit classes (``error_map=`` on the shared :class:`OAuth2ScopedAuth`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mxit_api.legacy.surface import AsyncOAuthMethods, OAuthMethods
from switchboard_core import Steps, TokenFlow, drive
from switchboard_core.auth import OAuth2ScopedAuth, ScopeRequirement

from .exceptions import MxitAPIParameterException

if TYPE_CHECKING:
    from switchboard_core import AsyncInvoker, SyncInvoker
    from switchboard_core.auth import Token
    from switchboard_core.auth._flight import LockedFlow


def checked_scope(scope: object) -> str:
    if not isinstance(scope, str) or not scope.strip():
        raise MxitAPIParameterException(f"scope must be a non-blank string, not {scope!r}")
    return scope


class _OAuthBase:
    """What the sync and async helpers share; their public token methods are generated (``legacy.surface``)."""

    _invoker: SyncInvoker | AsyncInvoker

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
        return self._auth.authorization_url(checked_scope(scope), state=self.state)

    def has_user_token(self, scope: str) -> bool:
        """True if calls needing a user token for ``scope`` can be made (a usable or refreshable token is kept)."""
        return self._auth.can_authorize(ScopeRequirement(checked_scope(scope), "authorization_code"))

    def _user_token(self, scope: str, code: str | None) -> Steps[str]:
        token = self._auth.usable("authorization_code", checked_scope(scope))
        if token is None:
            token = yield TokenFlow(self._user_flow(scope, code))
        return token.access_token

    def _user_flow(self, scope: str, code: str | None) -> LockedFlow[Token]:
        stale = self._auth.stored("authorization_code", scope)
        if code is None and stale is not None and stale.refresh_token is not None:
            return self._auth.token_flow(ScopeRequirement(scope, "authorization_code"))
        if code is None or self._auth.redirect_uri is None:
            missing = "an authorization code" if code is None else "a redirect_uri (give it to Mxit(...))"
            raise MxitAPIParameterException(f"no user token for scope {scope!r} yet, and {missing} is needed for one")
        if not isinstance(code, str) or not code:
            raise MxitAPIParameterException(f"code must be a non-empty string, not {code!r}")
        return self._auth.exchange_code_flow(scope, code)

    def _get_user_token_impl(self, scope: str, code: str | None = None) -> Any:
        return drive(self._user_token(scope, code), self._invoker)  # the token, or on an async client an awaitable

    def _get_app_token_impl(self, scope: str) -> Any:
        return drive(self._app_token(scope), self._invoker)

    def _app_token(self, scope: str) -> Steps[str]:
        token = self._auth.usable("client_credentials", checked_scope(scope))
        if token is None:
            token = yield TokenFlow(self._auth.token_flow(ScopeRequirement(scope)))
        return token.access_token


class OAuth(_OAuthBase, OAuthMethods):
    """Sync OAuth helper (``client.oauth``)."""

    def __init__(self, auth: OAuth2ScopedAuth, state: str | None, invoker: SyncInvoker) -> None:
        super().__init__(auth, state)
        self._invoker = invoker


class AsyncOAuth(_OAuthBase, AsyncOAuthMethods):
    """Async OAuth helper (``client.oauth`` of :class:`AsyncMxit`); :meth:`auth_url` stays sync."""

    def __init__(self, auth: OAuth2ScopedAuth, state: str | None, invoker: AsyncInvoker) -> None:
        super().__init__(auth, state)
        self._invoker = invoker

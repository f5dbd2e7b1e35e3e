"""OAuth 2 with a token per scope: client credentials (app) tokens and authorization code (user) tokens.

One :class:`OAuth2ScopedAuth` serves every request of a client. Each request says which token it needs with
the :data:`OAUTH2_SCOPE_EXTENSION` request extension (a :class:`ScopeRequirement`); requests without it are
sent as they are.

- **App tokens** (``grant="client_credentials"``) are fetched on first use, cached per scope until ``leeway``
  seconds before they expire, and re-fetched once when the API answers 401.
- **User tokens** (``grant="authorization_code"``) come from :meth:`OAuth2ScopedAuth.exchange_code_flow` (the
  code the authorization server handed to ``redirect_uri``). When one expires, or the API answers 401, it is
  refreshed with its refresh token if the server gave one; otherwise the request fails with
  :class:`MissingTokenError` (expired) or the API's 401 is returned.

A token is stored under the scope string it was requested for and under each space-separated scope in it, so
a token for ``"profile/public message/send"`` also serves ``"message/send"``. Storing a token never evicts the
tokens of other scopes. Token endpoint calls are generator flows (:meth:`exchange_code_flow`,
:meth:`app_token_flow`) that :func:`run_token_flow` / :func:`arun_token_flow` drive on any httpx client.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlencode

import httpx

from switchboard_core._errors import ErrorMap, InvalidRequestError, SwitchboardError, connection_error
from switchboard_core._redact import redact_url

from ._common import REDACTED, basic_authorization, require_absolute_url
from ._flight import DONE, FlightLocks, LockedFlow, arun_flow, requests_only
from ._oauth2 import TokenResponseReader, mark_token_request, parse_token_response
from ._tokens import MemoryTokenCache, Token, TokenCache

OAUTH2_SCOPE_EXTENSION = "switchboard.oauth2_scope"
"""Request extension naming the token a request needs: a :class:`ScopeRequirement`."""

Grant = Literal["client_credentials", "authorization_code"]
TokenFlow = Generator[httpx.Request, httpx.Response, Token]


@dataclass(frozen=True)
class ScopeRequirement:
    """The token a request needs: an app token (``client_credentials``) or a user token (``authorization_code``)
    granted for ``scope``."""

    scope: str
    grant: Grant = "client_credentials"

    def __post_init__(self) -> None:
        if not isinstance(self.scope, str) or not self.scope.strip():
            raise InvalidRequestError("scope must be a non-empty string")
        if self.grant not in ("client_credentials", "authorization_code"):
            raise InvalidRequestError(f"grant must be 'client_credentials' or 'authorization_code', not {self.grant!r}")

    def extensions(self) -> dict[str, ScopeRequirement]:
        """``{OAUTH2_SCOPE_EXTENSION: self}``, ready for a request's extensions."""
        return {OAUTH2_SCOPE_EXTENSION: self}


class MissingTokenError(SwitchboardError):
    """A request needs a user token for a scope, and there is none (or it expired and cannot be refreshed).

    Not an :class:`InvalidRequestError` (nor a ``ValueError``): no argument was wrong, an authorization is missing."""

    def __init__(self, message: str, *, scope: str) -> None:
        super().__init__(message)
        self.scope = scope


def scopes_of(scope: str) -> list[str]:
    """``scope`` itself, then each space-separated scope in it (no duplicates)."""
    keys = [scope]
    for part in scope.split():
        if part not in keys:
            keys.append(part)
    return keys


class OAuth2ScopedAuth(TokenResponseReader):
    """Per-scope OAuth 2 tokens for one client (see the module docstring).

    ``cache`` (default: a private :class:`MemoryTokenCache`) holds the tokens under ``cache_key(grant, scope)``;
    the default key is a hash of the token URL, client id, grant and scope, so a shared cache never holds the
    client id in clear. ``client_auth="basic"`` sends ``client_id:client_secret`` as HTTP Basic on token requests;
    ``"body"`` puts them in the form instead.
    """

    def __init__(
        self,
        token_url: str,
        client_id: str,
        client_secret: str,
        *,
        authorize_url: str | None = None,
        redirect_uri: str | None = None,
        client_auth: Literal["basic", "body"] = "basic",
        cache: TokenCache | None = None,
        cache_key: Callable[[Grant, str], str] | None = None,
        leeway: float = 30.0,
        clock: Callable[[], float] = time.time,
        error_map: ErrorMap | None = None,
    ) -> None:
        require_absolute_url(token_url, "token_url")
        if authorize_url is not None:
            require_absolute_url(authorize_url, "authorize_url")
        if client_auth not in ("basic", "body"):
            raise ValueError(f"client_auth must be 'basic' or 'body', not {client_auth!r}")
        if leeway < 0:
            raise ValueError("leeway must not be negative")
        self.token_url = token_url
        self.authorize_url = authorize_url
        self.redirect_uri = redirect_uri
        self.client_auth: Literal["basic", "body"] = client_auth
        self.leeway = leeway
        self._client_id = client_id
        self._client_secret = client_secret
        self._cache: TokenCache = cache if cache is not None else MemoryTokenCache()
        self._cache_key = cache_key or self._default_key
        self._clock = clock
        self.error_map = error_map
        """A provider's error classes for token endpoint failures (default: the runtime's)."""
        self._lock = threading.RLock()
        self.flights = FlightLocks()

    def __repr__(self) -> str:
        return f"OAuth2ScopedAuth(token_url={redact_url(self.token_url)!r}, client_id={REDACTED})"

    @property
    def client_id(self) -> str:
        return self._client_id

    def _default_key(self, grant: Grant, scope: str) -> str:
        identity = json.dumps([self.token_url, self._client_id, grant, scope])
        return f"oauth2-{grant}:" + hashlib.sha256(identity.encode()).hexdigest()

    # -- URLs and token endpoint requests -------------------------------------------------------------------------

    def authorization_url(self, scope: str, *, state: str | None = None, **extra: str) -> str:
        """Where to send the user to grant ``scope``: ``authorize_url?response_type=code&client_id=...``.

        ``redirect_uri`` is included when configured; ``state`` when given.
        """
        if self.authorize_url is None:
            raise InvalidRequestError("no authorize_url is configured")
        params = {"response_type": "code", "client_id": self._client_id}
        if self.redirect_uri is not None:
            params["redirect_uri"] = self.redirect_uri
        params["scope"] = scope
        if state is not None:
            params["state"] = state
        params.update(extra)
        separator = "&" if "?" in self.authorize_url else "?"
        return self.authorize_url + separator + urlencode(params)

    def _token_request(self, form: dict[str, str]) -> httpx.Request:
        headers = {"Accept": "application/json"}
        if self.client_auth == "basic":
            headers["Authorization"] = basic_authorization(self._client_id, self._client_secret)
        else:
            form = {**form, "client_id": self._client_id, "client_secret": self._client_secret}
        return mark_token_request(httpx.Request("POST", self.token_url, data=form, headers=headers))

    def client_credentials_request(self, scope: str) -> httpx.Request:
        return self._token_request({"grant_type": "client_credentials", "scope": scope})

    def authorization_code_request(self, code: str) -> httpx.Request:
        form = {"grant_type": "authorization_code", "code": code}
        if self.redirect_uri is not None:
            form["redirect_uri"] = self.redirect_uri
        return self._token_request(form)

    def refresh_request(self, refresh_token: str) -> httpx.Request:
        return self._token_request({"grant_type": "refresh_token", "refresh_token": refresh_token})

    # -- cache ----------------------------------------------------------------------------------------------------

    def stored(self, grant: Grant, scope: str) -> Token | None:
        """The token kept for ``scope``, expired or not."""
        with self._lock:
            return self._cache.get(self._cache_key(grant, scope))

    def usable(self, grant: Grant, scope: str) -> Token | None:
        """The token kept for ``scope`` unless it is within ``leeway`` seconds of expiry."""
        token = self.stored(grant, scope)
        if token is None or token.expired(self._clock(), self.leeway):
            return None
        return token

    def can_authorize(self, requirement: ScopeRequirement) -> bool:
        """True if a request with ``requirement`` can get a token without user interaction."""
        if requirement.grant == "client_credentials":
            return True
        token = self.stored(requirement.grant, requirement.scope)
        return token is not None and (not token.expired(self._clock(), self.leeway) or token.refresh_token is not None)

    def store(self, grant: Grant, scope: str, token: Token) -> None:
        """Keep ``token`` under ``scope`` and each scope in it; other scopes' tokens are left alone."""
        with self._lock:
            for key in scopes_of(scope):
                self._cache.set(self._cache_key(grant, key), token)

    def discard(self, grant: Grant, scope: str, token: Token) -> None:
        """Drop ``token`` wherever :meth:`store` put it, unless another token replaced it there."""
        with self._lock:
            for key in scopes_of(scope):
                cache_key = self._cache_key(grant, key)
                if self._cache.get(cache_key) == token:
                    self._cache.delete(cache_key)

    # -- token flows ----------------------------------------------------------------------------------------------

    def _parse(self, response: httpx.Response, what: str | None = None) -> Token:
        return parse_token_response(response, self._clock(), self.error_map, what)

    def app_token_flow(self, scope: str, api_request: httpx.Request | None = None) -> TokenFlow:
        """Fetch an app token for ``scope`` (client credentials) and store it."""
        request = self.client_credentials_request(scope)
        token = self._parse((yield mark_token_request(request, api_request)), f"app token for {scope!r} scope")
        self.store("client_credentials", scope, token)
        return token

    def exchange_code_flow(self, scope: str, code: str) -> TokenFlow:
        """Exchange an authorization ``code`` for a user token and store it under ``scope``."""
        token = self._parse((yield self.authorization_code_request(code)), f"user token for {scope!r} scope")
        self.store("authorization_code", scope, token)
        return token

    def refresh_flow(self, scope: str, stale: Token, api_request: httpx.Request | None = None) -> TokenFlow:
        """Refresh the user token ``stale`` (which must have a refresh token) and store the new one."""
        assert stale.refresh_token is not None
        request = self.refresh_request(stale.refresh_token)
        token = self._parse((yield mark_token_request(request, api_request)), f"user token for {scope!r} scope")
        if token.refresh_token is None:  # the server kept the refresh token: keep using it
            token = Token(token.access_token, token.token_type, token.expires_at, token.scope, stale.refresh_token)
        # Replace the stale token everywhere it was kept: under the scope asked for now and under the scope it was
        # granted (a refresh token is often single-use, so a stale copy left under another scope would fail).
        for where in dict.fromkeys(s for s in (stale.scope, scope) if s):
            self.discard("authorization_code", where, stale)
            self.store("authorization_code", where, token)
        return token

    def _usable_unless(self, grant: Grant, scope: str, refused: Token | None) -> Token | None:
        token = self.usable(grant, scope)
        return None if token is None or token == refused else token

    def token_flow(
        self, requirement: ScopeRequirement, api_request: httpx.Request | None = None, refused: Token | None = None
    ) -> LockedFlow[Token]:
        """A usable token for ``requirement`` other than ``refused`` (one the API answered 401 to): the kept one,
        else an app token fetched, or a user token refreshed, single-flight per grant and scope: concurrent flows
        for the same token wait for the first one's fetch and use its token (a refresh token is often single-use).
        Drive it with :func:`run_token_flow` / :func:`arun_token_flow`.

        Raises :class:`MissingTokenError` when a user token is needed and none is kept that can be refreshed."""
        scope, grant = requirement.scope, requirement.grant
        token = self._usable_unless(grant, scope, refused)
        if token is not None:
            return token
        key = self._cache_key(grant, scope)
        yield self.flights.acquire(key)
        token = self._usable_unless(grant, scope, refused)  # fetched by the flow this one waited for
        if token is None:
            token = yield from self._new_token(grant, scope, api_request, refused)
        yield self.flights.release(key)
        return token

    def _new_token(
        self, grant: Grant, scope: str, api_request: httpx.Request | None, refused: Token | None
    ) -> TokenFlow:
        if grant == "client_credentials":
            if refused is not None:
                self.discard(grant, scope, refused)
            return (yield from self.app_token_flow(scope, api_request))
        stale = self.stored(grant, scope)
        if stale is not None and stale.refresh_token is not None:
            return (yield from self.refresh_flow(scope, stale, api_request))
        what = "has expired and cannot be refreshed" if stale is not None else "has been obtained"
        raise MissingTokenError(
            f"no user token for scope {scope!r} {what}: exchange an authorization code for it first", scope=scope
        )

    def flow(self, request: httpx.Request) -> LockedFlow[None]:
        requirement = request.extensions.get(OAUTH2_SCOPE_EXTENSION)
        if not isinstance(requirement, ScopeRequirement):
            yield request
            return
        token = yield from self.token_flow(requirement, request)
        request.headers["Authorization"] = f"Bearer {token.access_token}"
        response = yield request
        if response.status_code != 401:
            return
        grant, scope = requirement.grant, requirement.scope
        if grant == "authorization_code" and token.refresh_token is None and self.stored(grant, scope) == token:
            self.discard(grant, scope, token)  # nothing to refresh it with: the API's 401 goes back
            return
        fresh = yield from self.token_flow(requirement, request, refused=token)
        request.headers["Authorization"] = f"Bearer {fresh.access_token}"
        yield request


def run_token_flow(flow: LockedFlow[Token], http: httpx.Client) -> Token:
    """Drive a token flow on a sync client, its lock steps with thread locks (its own auth is not applied;
    transport errors become :class:`~switchboard_core.APIConnectionError`)."""
    steps = requests_only(flow)
    response: httpx.Response = DONE  # starts the flow
    while True:
        try:
            request = steps.send(response)
        except StopIteration as done:
            token: Token = done.value
            return token
        try:
            response = http.send(request, auth=None)
        except httpx.TransportError as exc:
            raise connection_error(exc, request) from exc


async def arun_token_flow(flow: LockedFlow[Token], http: httpx.AsyncClient) -> Token:
    """:func:`run_token_flow` on an async client, its lock steps with asyncio locks."""

    async def send(request: httpx.Request) -> httpx.Response:
        try:
            return await http.send(request, auth=None)
        except httpx.TransportError as exc:
            raise connection_error(exc, request) from exc

    return await arun_flow(flow, send)


class ScopeBoundAuth(httpx.Auth):
    """``auth`` with a default :class:`ScopeRequirement` for requests that carry none (e.g. those of a generated
    client, whose signatures have no room for request extensions)."""

    def __init__(self, auth: OAuth2ScopedAuth, requirement: ScopeRequirement) -> None:
        self.auth = auth
        self.requirement = requirement

    def __repr__(self) -> str:
        return f"ScopeBoundAuth({self.auth!r}, {self.requirement!r})"

    def _bind(self, request: httpx.Request) -> None:
        request.extensions.setdefault(OAUTH2_SCOPE_EXTENSION, self.requirement)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self._bind(request)
        yield from self.auth.sync_auth_flow(request)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        self._bind(request)
        flow = self.auth.async_auth_flow(request)
        outgoing = await flow.__anext__()
        while True:
            response = yield outgoing
            try:
                outgoing = await flow.asend(response)
            except StopAsyncIteration:
                return

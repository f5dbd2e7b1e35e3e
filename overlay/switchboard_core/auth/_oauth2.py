"""OAuth 2 client credentials grant (RFC 6749 §4.4) with a token cache, expiry-driven refresh and retry on 401."""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator, Mapping
from typing import Any, Literal

import httpx

from switchboard_core._errors import (
    DEFAULT_ERROR_MAP,
    APIStatusError,
    AuthenticationError,
    ErrorMap,
    ResponseParseError,
)
from switchboard_core._redact import redact_url

from ._common import REDACTED, basic_authorization, require_absolute_url
from ._flight import DONE, Acquire, FlightLocks, LockedFlow, Release, TaskHolds, requests_only
from ._tokens import MemoryTokenCache, Token, TokenCache

_RESERVED_PARAMS = frozenset({"grant_type", "scope", "client_id", "client_secret"})

TOKEN_REQUEST_EXTENSION = "switchboard.oauth2_token_request"  # noqa: S105 - an extension name
"""Set (to True) on the requests an auth flow sends to a token endpoint: only their answers are read whole."""


class TokenResponseReader(httpx.Auth):
    """Base for auth flows that talk to a token endpoint: reads the body of token responses only, and fetches
    tokens single-flight.

    ``requires_response_body = True`` would make httpx buffer every API response before the flow sees it, which
    defeats streamed downloads. Instead, the flow marks its token requests with :data:`TOKEN_REQUEST_EXTENSION`
    and only their responses are read before being handed back to :meth:`flow`. (httpx reads the
    intermediate API responses itself when the flow sends another request, e.g. a retry after 401.)

    A subclass writes its flow once, in :meth:`flow`, with acquire / release steps (from :attr:`flights`) around
    its token fetches; the drivers here carry them out with thread locks for ``httpx.Client`` and asyncio locks
    for ``httpx.AsyncClient``.
    """

    requires_response_body = False
    flights: FlightLocks

    def flow(self, request: httpx.Request) -> LockedFlow[None]:
        """Authenticate ``request`` (sync/async agnostic, lock steps included)."""
        raise NotImplementedError

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        yield from requests_only(self.flow(request))

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        flow = requests_only(self.flow(request))
        outgoing = next(flow)
        while True:
            response = yield outgoing
            if outgoing.extensions.get(TOKEN_REQUEST_EXTENSION):
                response.read()
            try:
                outgoing = flow.send(response)
            except StopIteration:
                return

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        flow = self.flow(request)
        with TaskHolds() as holds:
            step = next(flow)
            while True:
                answer: httpx.Response = DONE
                if isinstance(step, Acquire | Release):
                    await holds.apply(step)
                else:
                    answer = yield step
                    if step.extensions.get(TOKEN_REQUEST_EXTENSION):
                        await answer.aread()
                try:
                    step = flow.send(answer)
                except StopIteration:
                    return


def mark_token_request(request: httpx.Request, api_request: httpx.Request | None = None) -> httpx.Request:
    """Mark ``request`` as a token endpoint request (see :class:`TokenResponseReader`); copy the API request's
    timeout to it, since requests yielded by an auth flow get no client defaults."""
    request.extensions[TOKEN_REQUEST_EXTENSION] = True
    if api_request is not None and "timeout" in api_request.extensions:
        request.extensions["timeout"] = api_request.extensions["timeout"]
    return request


class OAuth2ClientCredentials(TokenResponseReader):
    """Fetches, caches and sends ``Authorization: Bearer <token>`` tokens from a client credentials grant.

    A cached token is reused until it is within ``leeway`` seconds of expiry (by ``clock``). When the API answers
    401 the cached token is dropped, a new one is fetched and the request is sent once more. Token endpoint
    failures raise :class:`~switchboard_core._errors.AuthenticationError` (400/401/403), the
    :data:`~switchboard_core._errors.DEFAULT_ERROR_MAP` class for other non-2xx statuses (e.g.
    ``InternalServerError``, ``RateLimitError``), or :class:`~switchboard_core._errors.ResponseParseError`
    (a 2xx body that is not a JSON token).

    Tokens live in ``cache`` (default: a private :class:`MemoryTokenCache`) under :attr:`cache_key`, which
    covers the token URL, client id, scope and extra parameters, so several scopes can share one cache.
    """

    def __init__(
        self,
        token_url: str,
        client_id: str,
        client_secret: str,
        *,
        scope: str | None = None,
        client_auth: Literal["basic", "body"] = "basic",
        extra_params: Mapping[str, str] | None = None,
        cache: TokenCache | None = None,
        leeway: float = 30.0,
        clock: Callable[[], float] = time.time,
        error_map: ErrorMap | None = None,
    ) -> None:
        require_absolute_url(token_url, "token_url")
        if client_auth not in ("basic", "body"):
            raise ValueError(f"client_auth must be 'basic' or 'body', not {client_auth!r}")
        extra = dict(extra_params or {})
        clashes = sorted(_RESERVED_PARAMS & extra.keys())
        if clashes:
            raise ValueError(f"extra_params must not set {', '.join(clashes)}")
        if leeway < 0:
            raise ValueError("leeway must not be negative")
        self.token_url = token_url
        self.scope = scope
        self.client_auth: Literal["basic", "body"] = client_auth
        self.leeway = leeway
        self._client_id = client_id
        self._client_secret = client_secret
        self._extra_params = extra
        self._cache: TokenCache = cache if cache is not None else MemoryTokenCache()
        self._clock = clock
        self.error_map = error_map
        """A provider's error classes for token endpoint failures (default: the runtime's)."""
        self._lock = threading.Lock()
        self.flights = FlightLocks()
        identity = json.dumps([token_url, client_id, scope, sorted(extra.items())])
        self.cache_key = "oauth2-cc:" + hashlib.sha256(identity.encode()).hexdigest()
        """The cache key (a hash, so a shared cache never holds the client id in clear)."""

    def __repr__(self) -> str:
        return (
            f"OAuth2ClientCredentials(token_url={redact_url(self.token_url)!r}, client_id={REDACTED}, "
            f"scope={self.scope!r})"
        )

    # -- token endpoint -------------------------------------------------------------------------------------------

    def token_request(self) -> httpx.Request:
        """The ``POST token_url`` request for a new token (form body, client authentication, ``Accept: json``)."""
        form: dict[str, str] = {"grant_type": "client_credentials"}
        if self.scope is not None:
            form["scope"] = self.scope
        form.update(self._extra_params)
        headers = {"Accept": "application/json"}
        if self.client_auth == "basic":
            headers["Authorization"] = basic_authorization(self._client_id, self._client_secret)
        else:
            form["client_id"] = self._client_id
            form["client_secret"] = self._client_secret
        return httpx.Request("POST", self.token_url, data=form, headers=headers)

    def parse_token_response(self, response: httpx.Response) -> Token:
        """Turn a token endpoint response (body already read) into a :class:`Token`, or raise.

        Usable for any grant whose answer is an RFC 6749 §5.1 JSON token (e.g. authorization-code user tokens).
        """
        return parse_token_response(response, self._clock(), self.error_map)

    # -- cache ----------------------------------------------------------------------------------------------------

    def cached_token(self) -> Token | None:
        """The cached token if it is still usable (not within ``leeway`` of expiry), else ``None``."""
        with self._lock:
            token = self._cache.get(self.cache_key)
        if token is None or token.expired(self._clock(), self.leeway):
            return None
        return token

    def _store(self, token: Token) -> None:
        with self._lock:
            self._cache.set(self.cache_key, token)

    def _discard(self, token: Token) -> None:
        """Drop ``token`` from the cache unless another request already replaced it."""
        with self._lock:
            if self._cache.get(self.cache_key) == token:
                self._cache.delete(self.cache_key)

    def _fetch(self, api_request: httpx.Request) -> Generator[httpx.Request, httpx.Response, Token]:
        response = yield mark_token_request(self.token_request(), api_request)
        token = self.parse_token_response(response)
        self._store(token)
        return token

    def _usable(self, refused: Token | None) -> Token | None:
        token = self.cached_token()
        return None if token is None or token == refused else token

    def _token(self, api_request: httpx.Request, refused: Token | None = None) -> LockedFlow[Token]:
        """A usable token other than ``refused``: the cached one, else one fetched while concurrent requests wait
        (one fetch for all of them)."""
        token = self._usable(refused)
        if token is not None:
            return token
        yield self.flights.acquire(self.cache_key)
        token = self._usable(refused)  # fetched by the request this one waited for
        if token is None:
            if refused is not None:
                self._discard(refused)
            token = yield from self._fetch(api_request)
        yield self.flights.release(self.cache_key)
        return token

    # -- flow -----------------------------------------------------------------------------------------------------

    def flow(self, request: httpx.Request) -> LockedFlow[None]:
        token = yield from self._token(request)
        request.headers["Authorization"] = f"Bearer {token.access_token}"
        response = yield request
        if response.status_code != 401:
            return
        fresh = yield from self._token(request, refused=token)
        request.headers["Authorization"] = f"Bearer {fresh.access_token}"
        yield request


def parse_token_response(
    response: httpx.Response, now: float, error_map: ErrorMap | None = None, what: str | None = None
) -> Token:
    """Parse an RFC 6749 §5.1 token response received at ``now`` (epoch seconds); see the class for errors.

    With ``error_map`` (a provider's), a non-2xx answer raises ``error_map.for_response(response)`` and a 2xx
    that is no token ``error_map.parse_error``, so callers catch the provider's own exception classes; the
    message stays the runtime's, prefixed ``Failed to retrieve <what>: `` when ``what`` names the token."""
    try:
        return _parse_token_response(response, now)
    except (APIStatusError, ResponseParseError) as exc:
        if error_map is None and what is None:
            raise
        message = f"Failed to retrieve {what}: {exc.message}" if what else exc.message
        if isinstance(exc, ResponseParseError):
            raise (error_map.parse_error if error_map else type(exc))(response, message) from exc.__cause__
        raise (type(error_map.for_response(response)) if error_map else type(exc))(response, message) from None


def _parse_token_response(response: httpx.Response, now: float) -> Token:
    where = f"token endpoint {redact_url(response.request.url)}" if _has_request(response) else "token endpoint"
    status = response.status_code
    if status in (400, 401, 403):
        raise AuthenticationError(response, f"{where} refused the token request: {_oauth_error(response)}")
    if not 200 <= status < 300:
        raise _status_error_class(status)(response, f"{where} answered HTTP {status}: {_oauth_error(response)}")
    try:
        payload: Any = response.json()
    except ValueError as exc:
        content_type = response.headers.get("content-type", "no content type")
        message = f"{where} answered {status} with a body that is not JSON ({content_type})"
        raise ResponseParseError(response, message) from exc
    if not isinstance(payload, dict):
        raise ResponseParseError(response, f"{where} answered {status} with JSON that is not an object")
    try:
        return Token.from_response(payload, now)
    except ValueError as exc:
        raise ResponseParseError(response, f"{where} answered {status}, but {exc}") from exc


def _status_error_class(status: int) -> type[APIStatusError]:
    errors = DEFAULT_ERROR_MAP
    return errors.by_status.get(status) or (errors.server_error if status >= 500 else errors.fallback)


def _has_request(response: httpx.Response) -> bool:
    try:
        response.request  # noqa: B018 - raises RuntimeError when the response was built without a request
    except RuntimeError:
        return False
    return True


def _oauth_error(response: httpx.Response) -> str:
    """The RFC 6749 §5.2 ``error``/``error_description`` of a failed token response, or a short placeholder."""
    try:
        payload = response.json()
    except ValueError:
        return "no OAuth error in the body"
    if not isinstance(payload, dict):
        return "no OAuth error in the body"
    parts = [str(payload[key])[:200] for key in ("error", "error_description") if isinstance(payload.get(key), str)]
    return ": ".join(parts) if parts else "no OAuth error in the body"

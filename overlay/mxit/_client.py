"""``Mxit`` (python-mxit's client) and its async twin ``AsyncMxit``.

    client = Mxit(client_id, client_secret, redirect_uri="https://example.org/cb")
    client.users.get_user_id("example_mxit_id")                   # app token, fetched on demand
    client.oauth.get_user_token("status/write", code)             # code from the redirect
    client.users.set_status("Some awesome status")                # user token

Hosts: ``base_url=`` (or ``SWITCHBOARD_MXIT_BASE_URL``, legacy ``MXIT_BASE_URL``, default the spec's server,
``https://api.mxit.com``) for the REST API and ``auth_base_url=`` (or ``SWITCHBOARD_MXIT_AUTH_URL``, legacy
``MXIT_AUTH_URL``, default the spec's server of the OAuth paths, ``https://auth.mxit.com``) for the authorize
page and the token endpoint (their paths are the spec's).
``verify_cert`` applies to every request (python-mxit honoured it at the token endpoint only); as with requests'
``verify=``, it may also be the path of a CA bundle file (or directory) instead of True/False. The lifecycle
(``close``, ``with``, ``with_options`` sharing the connection pool and the tokens) is the runtime's.
"""

from __future__ import annotations

import os
import ssl
from collections.abc import Callable, Mapping
from dataclasses import replace
from functools import cached_property
from typing import TYPE_CHECKING, Any

import httpx

from switchboard_core import (
    AsyncAPIClient,
    ClientSettings,
    SyncAPIClient,
    base_url_from_env,
    build_async_http_client,
    build_http_client,
    default_async_transport,
    lazy_module,
    retry_policy,
)
from switchboard_core._client import DEFAULT_LIMITS, DEFAULT_TIMEOUT, TimeoutLike, as_timeout, python2_json
from switchboard_core.auth import MemoryTokenCache, OAuth2ScopedAuth, ScopeBoundAuth, ScopeRequirement, TokenCache

from ._cache import ExternalTokenCache, LegacyCache, legacy_key
from ._version import __version__
from .exceptions import ERROR_MAP, MxitAPIParameterException, _parameter_errors

if TYPE_CHECKING:
    import mxit_api
    from mxit_api import AuthenticatedClient

    from ._oauth import AsyncOAuth, OAuth
    from .services import AsyncMessagingService, AsyncUserService, MessagingService, UserService
else:  # imported when first used: ``import mxit`` does not load the generated package
    mxit_api = lazy_module("mxit_api")

USER_AGENT = f"switchboard-mxit/{__version__} (python-mxit 0.3.8 compatible)"


def _verify(verify_cert: object) -> bool | ssl.SSLContext:
    """True/False, or a CA bundle path (python-mxit handed ``verify_cert`` to requests, which took either)."""
    if isinstance(verify_cert, bool | ssl.SSLContext):
        return verify_cert
    if isinstance(verify_cert, str | os.PathLike) and os.fspath(verify_cert):
        path = os.fspath(verify_cert)
        try:
            if os.path.isdir(path):
                return ssl.create_default_context(capath=path)
            return ssl.create_default_context(cafile=path)
        except (OSError, ssl.SSLError) as exc:
            raise MxitAPIParameterException(f"verify_cert: cannot load the CA bundle {path!r}: {exc}") from None
    raise MxitAPIParameterException(f"verify_cert must be True, False or a CA bundle path, not {verify_cert!r}")


def _token_cache(cache: object) -> TokenCache:
    if cache is None:
        return MemoryTokenCache()
    if isinstance(cache, LegacyCache):
        return ExternalTokenCache(cache)
    raise MxitAPIParameterException("cache must have get(key) and set(key, value, timeout) methods")


def _text(name: str, value: object, *, optional: bool = False) -> Any:
    if (value is None and optional) or (isinstance(value, str) and (value or optional)):
        return value
    raise MxitAPIParameterException(f"{name} must be a non-empty string, not {value!r}")


class _MxitBase:
    _settings: ClientSettings

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        redirect_uri: str | None = None,
        state: str | None = None,
        cache: Any = None,
        verify_cert: bool | str | os.PathLike[str] | ssl.SSLContext = True,
        oauth_provider: Callable[..., Any] | None = None,
        user_id: str | None = None,
        *,
        redirect_url: str | None = None,
        base_url: str | None = None,
        auth_base_url: str | None = None,
        timeout: TimeoutLike = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        headers: Mapping[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        """``redirect_url=`` (the spelling of one python-mxit example) is accepted as ``redirect_uri``.
        ``oauth_provider`` (python-mxit's hook): a factory called as python-mxit did, ``oauth_provider(client_id,
        client_secret, user_id, redirect_uri, state, cache, verify_cert)``; what it returns is ``client.oauth``, and
        every call sends the token its ``get_app_token(scope)`` / ``get_user_token(scope)`` gives (``user_id`` is
        only passed to it)."""
        self._oauth_provider = (
            None
            if oauth_provider is None
            else oauth_provider(client_id, client_secret, user_id, redirect_uri, state, cache, verify_cert)
        )
        if redirect_url is not None and redirect_uri is not None and redirect_url != redirect_uri:
            raise MxitAPIParameterException("give redirect_uri or redirect_url, not two different values")
        redirect = _text("redirect_uri", redirect_uri if redirect_uri is not None else redirect_url, optional=True)
        verify = _verify(verify_cert)
        with _parameter_errors():
            retry = retry_policy(max_retries)
        from mxit_api.legacy import PATHS, SERVERS  # here: ``import mxit`` does not load the generated package

        auth_url = auth_base_url or base_url_from_env("mxit", SERVERS["oauth"], "MXIT_AUTH_URL", setting="AUTH_URL")
        auth_root = auth_url.rstrip("/")
        self.auth = OAuth2ScopedAuth(
            auth_root + PATHS["get_token"],
            _text("client_id", client_id),
            _text("client_secret", client_secret),
            authorize_url=auth_root + PATHS["authorize"],
            redirect_uri=redirect,
            cache=_token_cache(cache),
            cache_key=legacy_key(client_id),
            error_map=ERROR_MAP,
        )
        self.state: str | None = _text("state", state, optional=True)
        self.verify_cert = verify_cert
        super().__init__(  # type: ignore[call-arg]  # SyncAPIClient / AsyncAPIClient
            ClientSettings(
                base_url=base_url or base_url_from_env("mxit", SERVERS[""], "MXIT_BASE_URL"),
                provider="mxit",
                auth=self.auth,
                timeout=as_timeout(timeout),
                retry=retry,
                headers={"Accept": "application/json", "User-Agent": USER_AGENT, **(headers or {})},
                error_map=ERROR_MAP,
                json_dumps=python2_json,  # python-mxit's body bytes (Python 2 json.dumps defaults)
                transport=transport or httpx.HTTPTransport(verify=verify, limits=DEFAULT_LIMITS),
                async_transport=async_transport or default_async_transport(verify=verify, limits=DEFAULT_LIMITS),
            )
        )

    @property
    def redirect_uri(self) -> str | None:
        return self.auth.redirect_uri

    def _shared_attributes(self) -> frozenset[str]:
        return frozenset({"auth", "state", "verify_cert", "_oauth_provider"})  # a with_options copy shares the tokens

    def _typed_settings(self, scope: str, user: bool) -> ClientSettings:
        from ._oauth import checked_scope  # the OAuth helpers load with the generated package, on first use

        requirement = ScopeRequirement(checked_scope(scope), "authorization_code" if user else "client_credentials")
        return replace(self._settings, auth=ScopeBoundAuth(self.auth, requirement))


class Mxit(_MxitBase, SyncAPIClient):
    """Sync client: ``client.oauth``, ``client.messaging``, ``client.users``."""

    @cached_property
    def oauth(self) -> OAuth:
        from ._oauth import OAuth

        return self._oauth_provider or OAuth(self.auth, self.state, self._invoker)

    @cached_property
    def messaging(self) -> MessagingService:
        from .services import MessagingService

        return MessagingService(self._invoker, self.oauth)

    @cached_property
    def users(self) -> UserService:
        from .services import UserService

        return UserService(self._invoker, self.oauth)

    def typed(self, scope: str, *, user: bool = False) -> AuthenticatedClient:
        """The generated ``mxit_api`` client on this client's stack (retries, timeouts, the same token cache), sending
        an app token for ``scope`` (or the user token, with ``user=True``). Errors come back as values there.
        Close it when done (``with client.typed("profile/public") as typed: ...``)."""
        http = build_http_client(self._typed_settings(scope, user))
        return mxit_api.AuthenticatedClient(base_url=self.base_url, token="").set_httpx_client(http)


class AsyncMxit(_MxitBase, AsyncAPIClient):
    """Async client with the same surface: ``await client.users.get_status("example_mxit_id")``."""

    @cached_property
    def oauth(self) -> AsyncOAuth:
        from ._oauth import AsyncOAuth

        return self._oauth_provider or AsyncOAuth(self.auth, self.state, self._invoker)

    @cached_property
    def messaging(self) -> AsyncMessagingService:
        from .services import AsyncMessagingService

        return AsyncMessagingService(self._invoker, self.oauth)

    @cached_property
    def users(self) -> AsyncUserService:
        from .services import AsyncUserService

        return AsyncUserService(self._invoker, self.oauth)

    def typed(self, scope: str, *, user: bool = False) -> AuthenticatedClient:
        """The generated client for ``asyncio``/``asyncio_detailed`` calls (see :meth:`Mxit.typed`)."""
        http = build_async_http_client(self._typed_settings(scope, user))
        return mxit_api.AuthenticatedClient(base_url=self.base_url, token="").set_async_httpx_client(http)

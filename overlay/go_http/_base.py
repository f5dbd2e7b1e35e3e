"""What every go_http client shares: its settings, the caller's ``session``, and go-http's Content-Type.

``session=None`` (the default) builds an httpx client with retries (idempotent requests only), timeouts
(5 s connect / 30 s read) and redacted logging; ``close()`` / ``with`` closes it. ``session=requests.Session()``
(what go-http took) sends every request through that session (its adapters, proxies, certificates, test doubles),
on our httpx stack (credentials, retries, timeouts, logging) with :class:`~switchboard_core.requests_transport.
RequestsSessionTransport` as its transport. ``session=httpx.Client(...)`` (``httpx.AsyncClient`` for the async
classes) sends through the caller's client as it is configured (no retries are added) with this client's
credentials on each request. A caller's session is never closed by us; ``.session`` is it, as in go-http.
"""

from __future__ import annotations

from collections.abc import Generator, Mapping
from typing import TYPE_CHECKING, Any, cast

import httpx

from switchboard_core import (
    DEFAULT_TIMEOUT,
    AsyncLifecycle,
    ClientSettings,
    InvalidRequestError,
    SyncLifecycle,
    TimeoutLike,
    as_timeout,
    base_url_from_env,
    retry_policy,
)
from switchboard_core._client import python2_json
from switchboard_core._credentials import check_printable
from switchboard_core.auth import BearerAuth
from switchboard_core.requests_transport import RequestsSessionTransport, checked_session, with_session
from vumigo_api.legacy import SERVERS

from ._version import __version__
from .exceptions import ERROR_MAP

if TYPE_CHECKING:
    import requests

    from vumigo_api import Client

DEFAULT_API_URL = SERVERS[""]
DEFAULT_SENDER_URL = SERVERS["conversation"]
USER_AGENT = f"switchboard-vumigo/{__version__} (go-http 0.3.2 compatible)"
CONTENT_TYPE = "application/json; charset=utf-8"
"""Sent on every request, bodiless ones included, as go-http did."""


class GoHttpAuth(httpx.Auth):
    """The client's auth, plus go-http's Content-Type on every request (the generated builders set their own)."""

    def __init__(self, inner: httpx.Auth) -> None:
        self.inner = inner

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Content-Type"] = CONTENT_TYPE
        return (yield from self.inner.auth_flow(request))

    def __repr__(self) -> str:
        return repr(self.inner)


def default_api_url() -> str:
    """``SWITCHBOARD_VUMIGO_BASE_URL`` (or go-http era ``VUMIGO_API_URL``), else :data:`DEFAULT_API_URL`."""
    return base_url_from_env("vumigo", DEFAULT_API_URL, "VUMIGO_API_URL")


def default_sender_url() -> str:
    """``SWITCHBOARD_VUMIGO_SENDER_URL``, else ``SWITCHBOARD_VUMIGO_BASE_URL`` (or ``VUMIGO_API_URL``) plus the
    conversation API's path, else :data:`DEFAULT_SENDER_URL`."""
    base = base_url_from_env("vumigo", "", "VUMIGO_API_URL").rstrip("/")
    default = base + DEFAULT_SENDER_URL.removeprefix(DEFAULT_API_URL) if base else DEFAULT_SENDER_URL
    return base_url_from_env("vumigo", default, setting="SENDER_URL")


def credential(name: str, value: object) -> str:
    if not isinstance(value, str) or not value:
        raise InvalidRequestError(f"{name} must be a non-empty string, not {type(value).__name__}")
    check_printable(ERROR_MAP, **{name: value})  # the error names go-http's parameter, never the value
    return value


def settings(auth: httpx.Auth, url: object, default: str, options: Mapping[str, Any], **retry: Any) -> ClientSettings:
    """A client's settings from go-http's ``api_url`` (or ``default``) and the keyword-only HTTP ``options``."""
    if url is not None and (not isinstance(url, str) or not url.startswith(("http://", "https://"))):
        raise InvalidRequestError(f"api_url must be an http:// or https:// URL, not {url!r}")
    return ClientSettings(
        base_url=(url or default).rstrip("/"),
        provider="vumigo",
        auth=GoHttpAuth(auth),
        timeout=as_timeout(options["timeout"]),
        retry=retry_policy(options["max_retries"], **retry),
        headers={"User-Agent": USER_AGENT, **(options["headers"] or {})},
        error_map=ERROR_MAP,
        follow_redirects=True,  # go-http's requests followed them (reference 1.2); Authorization stays on the host
        json_dumps=python2_json,  # go-http's body bytes (Python 2 json.dumps defaults)
        transport=options.get("transport"),
        async_transport=options.get("async_transport"),
    )


class GoClient:
    """``api_url``, ``session`` and ``typed``; the lifecycle comes from ``SyncLifecycle`` / ``AsyncLifecycle``."""

    _typed_package = "vumigo_api"
    _settings: ClientSettings
    _invoker: Any

    @property
    def api_url(self) -> str:
        return self._settings.base_url

    def _shared_attributes(self) -> frozenset[str]:
        """go-http's credential attributes, kept by a ``with_options`` copy (which shares the connection pool)."""
        return frozenset({"auth_token", "account_key", "conversation_key", "conversation_token"})

    @property
    def session(self) -> Any:
        """The caller's ``session`` (a ``requests.Session`` or an httpx client), else the httpx client we built."""
        transport = self._settings.transport
        return transport.session if isinstance(transport, RequestsSessionTransport) else self._invoker.http


class _Bearer(GoClient):
    auth_token: str
    """The access token, as go-http kept it (never in a repr, log record or error message)."""

    def _bearer(self, auth_token: object) -> BearerAuth:
        self.auth_token = credential("auth_token", auth_token)
        return BearerAuth(self.auth_token)


class BearerClient(_Bearer, SyncLifecycle):
    """``(auth_token, api_url=None, session=None)`` as in go-http, plus keyword-only HTTP settings."""

    def __init__(
        self,
        auth_token: str,
        api_url: str | None = None,
        session: httpx.Client | requests.Session | None = None,
        *,
        timeout: TimeoutLike = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        headers: Mapping[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        options = {"timeout": timeout, "max_retries": max_retries, "headers": headers, "transport": transport}
        auth = self._bearer(auth_token)
        super().__init__(*with_session(settings(auth, api_url, default_api_url(), options), session))

    @property
    def typed(self) -> Client:
        """The generated ``vumigo_api`` client on this client's HTTP stack (auth, retries, timeouts):
        ``get_contact.sync_detailed(key, client=api.typed)``; errors come back as values there. With a caller's
        ``session``, only that session's own auth applies."""
        return cast("Client", super().typed)


class AsyncBearerClient(_Bearer, AsyncLifecycle):
    """The async twin of :class:`BearerClient` (``session`` is an ``httpx.AsyncClient``)."""

    def __init__(
        self,
        auth_token: str,
        api_url: str | None = None,
        session: httpx.AsyncClient | None = None,
        *,
        timeout: TimeoutLike = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        headers: Mapping[str, str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        options = {"timeout": timeout, "max_retries": max_retries, "headers": headers, "async_transport": transport}
        auth = self._bearer(auth_token)
        config = settings(auth, api_url, default_api_url(), options)
        super().__init__(config, checked_session(session, httpx.AsyncClient))

    @property
    def typed(self) -> Client:
        """The generated client on this stack: ``await get_contact.asyncio_detailed(key, client=api.typed)``."""
        return cast("Client", super().typed)

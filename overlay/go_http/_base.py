"""What every go_http client shares: base URL handling, the HTTP stack (own or the caller's ``session``), auth,
and sending :class:`~switchboard_core.Call` objects.

``session=None`` (the default) builds an httpx client with retries (idempotent requests only), timeouts
(5 s connect / 30 s read) and redacted logging; ``close()`` / ``with`` closes it. ``session=httpx.Client(...)``
(``httpx.AsyncClient`` for the async classes) sends through the caller's client as it is configured (its
transport, proxies, timeouts; no retries are added) with this client's credentials on each request, and is
never closed by us. A ``requests.Session`` (what go-http took) cannot carry httpx requests and is refused with
:class:`~switchboard_core.InvalidRequestError` naming the fix.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx

from switchboard_core import (
    DEFAULT_TIMEOUT,
    AsyncInvoker,
    Call,
    ClientSettings,
    InvalidRequestError,
    RetryPolicy,
    SyncInvoker,
    TimeoutLike,
    as_timeout,
    base_url_from_env,
    build_async_http_client,
    build_http_client,
)
from switchboard_core.auth import BearerAuth

if TYPE_CHECKING:
    from vumigo_api import Client

from ._version import __version__
from .exceptions import ERROR_MAP

T = TypeVar("T")

DEFAULT_API_URL = "https://go.vumi.org/api/v1/go"
DEFAULT_SENDER_URL = "https://go.vumi.org/api/v1/go/http_api_nostream"
USER_AGENT = f"switchboard-vumigo/{__version__} (go-http 0.3.2 compatible)"
CONTENT_TYPE = "application/json; charset=utf-8"
"""Sent on every request, bodiless ones included, as go-http did."""


def api_url(value: object, default: str) -> str:
    """``value`` (or ``default``) without trailing slashes; :class:`InvalidRequestError` unless it is http(s)."""
    if value is None:
        return default
    if not isinstance(value, str) or not value.startswith(("http://", "https://")):
        raise InvalidRequestError(f"api_url must be an http:// or https:// URL, not {value!r}")
    return value.rstrip("/")


def credential(name: str, value: object) -> str:
    if not isinstance(value, str) or not value:
        raise InvalidRequestError(f"{name} must be a non-empty string, not {type(value).__name__}")
    return value


@dataclass(frozen=True)
class Setup:
    """One client's settings, the Authorization value it adds to a caller's session, and that session."""

    settings: ClientSettings
    authorization: str
    session: httpx.Client | httpx.AsyncClient | None

    def __repr__(self) -> str:
        return f"Setup(settings={self.settings!r}, session={self.session!r})"


def setup(
    auth: httpx.Auth,
    authorization: str,
    url: str,
    session: object,
    *,
    is_async: bool,
    timeout: TimeoutLike,
    max_retries: int,
    transport: httpx.BaseTransport | None,
    async_transport: httpx.AsyncBaseTransport | None,
    headers: Mapping[str, str] | None,
    idempotent_methods: frozenset[str] | None = None,
) -> Setup:
    wanted = httpx.AsyncClient if is_async else httpx.Client
    if session is not None and not isinstance(session, wanted):
        kind = f"{type(session).__module__}.{type(session).__name__}"
        name = f"{wanted.__module__}.{wanted.__name__}"
        raise InvalidRequestError(
            f"session must be an {name} (or None), not {kind}: go-http's requests.Session is not supported; "
            f"configure an {name} the same way, or leave it out"
        )
    try:
        retry = RetryPolicy(max_retries=max_retries)
        if idempotent_methods is not None:
            retry = RetryPolicy(max_retries=max_retries, idempotent_methods=idempotent_methods)
    except ValueError as exc:
        raise InvalidRequestError(str(exc)) from exc
    settings = ClientSettings(
        base_url=url,
        provider="vumigo",
        auth=auth,
        timeout=as_timeout(timeout),
        retry=retry,
        headers={"User-Agent": USER_AGENT, **(headers or {})},
        error_map=ERROR_MAP,
        transport=transport,
        async_transport=async_transport,
    )
    return Setup(settings=settings, authorization=authorization, session=session)


class _Base:
    _setup: Setup

    @property
    def api_url(self) -> str:
        return self._setup.settings.base_url

    def _prepare(self, call: Call[T]) -> Call[T]:
        """The call with an absolute URL, go-http's Content-Type, and credentials when a caller's session sends it."""
        kwargs: dict[str, Any] = dict(call.kwargs)
        kwargs["url"] = self.api_url + kwargs["url"]
        headers = {**kwargs.get("headers", {}), "Content-Type": CONTENT_TYPE}
        if self._setup.session is not None:  # our client has these as defaults; a caller's does not
            headers = {**self._setup.settings.headers, **headers, "Authorization": self._setup.authorization}
        kwargs["headers"] = headers
        return Call(kwargs, call.parse)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(api_url={self.api_url!r}, auth={self._setup.settings.auth!r})"


class SyncBase(_Base):
    @cached_property
    def _invoker(self) -> SyncInvoker:
        session = self._setup.session
        http = session if isinstance(session, httpx.Client) else build_http_client(self._setup.settings)
        return SyncInvoker(http, self._setup.settings)

    def _run(self, call: Call[T]) -> T:
        return self._invoker.run(self._prepare(call))

    def close(self) -> None:
        """Close the HTTP client this object built (a caller's ``session`` is left open)."""
        if "_invoker" in self.__dict__ and self._setup.session is None:
            self._invoker.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncBase(_Base):
    @cached_property
    def _invoker(self) -> AsyncInvoker:
        session = self._setup.session
        http = session if isinstance(session, httpx.AsyncClient) else build_async_http_client(self._setup.settings)
        return AsyncInvoker(http, self._setup.settings)

    async def _run(self, call: Call[T]) -> T:
        return await self._invoker.run(self._prepare(call))

    async def aclose(self) -> None:
        if "_invoker" in self.__dict__ and self._setup.session is None:
            await self._invoker.http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


def bearer_setup(
    auth_token: object,
    url: object,
    session: object,
    *,
    is_async: bool,
    timeout: TimeoutLike,
    max_retries: int,
    headers: Mapping[str, str] | None,
    transport: httpx.BaseTransport | None,
    async_transport: httpx.AsyncBaseTransport | None,
) -> Setup:
    """The set-up of the Bearer-token clients (account, contacts, metrics, opt-outs)."""
    token = credential("auth_token", auth_token)
    return setup(
        BearerAuth(token),
        f"Bearer {token}",
        api_url(url, base_url_from_env("vumigo", DEFAULT_API_URL, "VUMIGO_API_URL")),
        session,
        is_async=is_async,
        timeout=timeout,
        max_retries=max_retries,
        transport=transport,
        async_transport=async_transport,
        headers=headers,
    )


class BearerClient(SyncBase):
    """``(auth_token, api_url=None, session=None)`` as in go-http, plus keyword-only HTTP settings."""

    def __init__(
        self,
        auth_token: str,
        api_url: str | None = None,
        session: httpx.Client | None = None,
        *,
        timeout: TimeoutLike = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        headers: Mapping[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._setup = bearer_setup(
            auth_token,
            api_url,
            session,
            is_async=False,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            transport=transport,
            async_transport=None,
        )

    @cached_property
    def typed(self) -> Client:
        """The generated ``vumigo_api`` client on this client's HTTP stack (auth, retries, timeouts):
        ``get_contact.sync_detailed(key, client=api.typed)``; errors come back as values there. With a caller's
        ``session``, only that session's own auth applies."""
        from vumigo_api import Client

        return Client(base_url=self.api_url).set_httpx_client(self._invoker.http)


class AsyncBearerClient(AsyncBase):
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
        self._setup = bearer_setup(
            auth_token,
            api_url,
            session,
            is_async=True,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            transport=None,
            async_transport=transport,
        )

    @cached_property
    def typed(self) -> Client:
        """The generated client on this stack: ``await get_contact.asyncio_detailed(key, client=api.typed)``."""
        from vumigo_api import Client

        return Client(base_url=self.api_url).set_async_httpx_client(self._invoker.http)


__all__ = [
    "CONTENT_TYPE",
    "DEFAULT_API_URL",
    "DEFAULT_SENDER_URL",
    "DEFAULT_TIMEOUT",
    "AsyncBase",
    "AsyncBearerClient",
    "BearerClient",
    "Setup",
    "SyncBase",
    "api_url",
    "bearer_setup",
    "credential",
    "setup",
]

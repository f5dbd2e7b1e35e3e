"""``ApiClient`` (sync) and ``AsyncApiClient``: one HTTP stack (auth, retries, timeouts, redacted logging) that
every API class of the client sends its calls on."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Self

import httpx

from switchboard_core import (
    AsyncInvoker,
    ClientSettings,
    SyncInvoker,
    as_timeout,
    build_async_http_client,
    build_http_client,
)

from ._auth import TOKEN_PATH, SmscxAuth
from ._retry import SmscxRetryPolicy
from ._version import __version__
from .configuration import Configuration
from .exceptions import ERROR_MAP, ApiValueError

if TYPE_CHECKING:
    from smscx_api import Client

USER_AGENT = f"smscx-client/0.1.0/python switchboard-smscx/{__version__}"


def settings_for(
    configuration: Configuration,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
) -> ClientSettings:
    """The shared runtime's settings for ``configuration``."""
    try:
        retry = SmscxRetryPolicy(max_retries=configuration.max_retries)
        timeout = as_timeout(configuration.timeout)
    except ValueError as exc:
        raise ApiValueError(str(exc)) from exc
    auth = SmscxAuth(
        api_key=configuration.api_key,
        access_token=configuration.access_token,
        username=configuration.username,
        password=configuration.password,
        token_url=configuration.host + TOKEN_PATH,
        scope=configuration.scope,
        token_cache=configuration.token_cache,
    )
    return ClientSettings(
        base_url=configuration.host,
        provider="smscx",
        auth=auth,
        timeout=timeout,
        retry=retry,
        headers={"Accept": "application/json", "User-Agent": USER_AGENT},
        error_map=ERROR_MAP,
        transport=transport,
        async_transport=async_transport,
    )


class _Base:
    def __init__(
        self,
        configuration: Configuration | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        """``configuration`` defaults to ``Configuration()`` (no credentials); ``transport`` /
        ``async_transport`` replace the network (e.g. ``httpx.MockTransport`` in tests)."""
        self.configuration = configuration if configuration is not None else Configuration()
        self.settings = settings_for(self.configuration, transport, async_transport)
        self._invoker = self._build()  # built here, once: no lazily built stack that two threads could build twice

    def _build(self) -> Any:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}(host={self.configuration.host!r}, auth={self.settings.auth!r})"


class ApiClient(_Base):
    """The sync HTTP stack: ``SmsApi(ApiClient(configuration))``. Close it (or use ``with``) when done."""

    _invoker: SyncInvoker

    def _build(self) -> SyncInvoker:
        return SyncInvoker(build_http_client(self.settings), self.settings)

    @property
    def invoker(self) -> SyncInvoker:
        return self._invoker

    @cached_property
    def typed(self) -> Client:
        """The generated ``smscx_api`` client on this stack (its errors come back as values)."""
        from smscx_api import Client

        return Client(base_url=self.settings.base_url).set_httpx_client(self.invoker.http)

    def close(self) -> None:
        self.invoker.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncApiClient(_Base):
    """The async HTTP stack: ``AsyncSmsApi(AsyncApiClient(configuration))``; ``await client.aclose()`` when done."""

    _invoker: AsyncInvoker

    def _build(self) -> AsyncInvoker:
        return AsyncInvoker(build_async_http_client(self.settings), self.settings)

    @property
    def invoker(self) -> AsyncInvoker:
        return self._invoker

    @cached_property
    def typed(self) -> Client:
        """The generated ``smscx_api`` client on this stack: ``await op.asyncio_detailed(client=...)``."""
        from smscx_api import Client

        return Client(base_url=self.settings.base_url).set_async_httpx_client(self.invoker.http)

    async def aclose(self) -> None:
        await self.invoker.http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

"""``ApiClient`` (sync) and ``AsyncApiClient``: one HTTP stack (auth, retries, timeouts, redacted logging) that
every API class of the client sends its calls on."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, cast

import httpx

from switchboard_core import AsyncAPIClient, AsyncInvoker, ClientSettings, SyncAPIClient, SyncInvoker, as_timeout
from switchboard_core._client import python2_json

from ._aliases import add_attribute_aliases
from ._auth import TOKEN_PATH, SmscxAuth
from ._connection import apply_logging, transports, warn_ignored
from ._retry import SmscxRetryPolicy
from .configuration import Configuration
from .exceptions import ERROR_MAP, ApiValueError

if TYPE_CHECKING:
    from multiprocessing.pool import ThreadPool

    from smscx_api import Client

USER_AGENT = "smscx-client/0.1.0/python"  # 0.1.x's, exactly (reference §2)


def settings_for(
    configuration: Configuration,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
) -> ClientSettings:
    """The shared runtime's settings for ``configuration``."""
    add_attribute_aliases()
    warn_ignored(configuration)
    apply_logging(configuration)
    try:
        retries = configuration.max_retries if configuration.retries is None else configuration.retries
        retry = SmscxRetryPolicy(max_retries=retries)
        timeout = as_timeout(configuration.timeout)
    except ValueError as exc:
        raise ApiValueError(str(exc)) from exc
    if transport is None and async_transport is None:
        transport, async_transport = transports(configuration)
    auth = SmscxAuth(
        api_key=configuration.api_key,  # 0.1.x sent the key bare: api_key_prefix had no effect (reference §3)
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
        headers={"Accept": "application/json", "Accept-Encoding": "identity", "User-Agent": USER_AGENT},  # §2
        json_dumps=python2_json,  # 0.1.x's json.dumps defaults: ", " / ": " separators, \uXXXX (reference §2)
        error_map=ERROR_MAP,
        transport=transport,
        async_transport=async_transport,
    )


class _Configured:
    """The legacy constructor: ``ApiClient(configuration)``; the lifecycle is the runtime's."""

    _typed_package = "smscx_api"
    _settings: ClientSettings

    def __init__(
        self,
        configuration: Configuration | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        """``configuration`` defaults to ``Configuration.get_default_copy()`` (as 0.1.x); ``transport`` /
        ``async_transport`` replace the network (e.g. ``httpx.MockTransport`` in tests)."""
        self.configuration = configuration if configuration is not None else Configuration.get_default_copy()
        super().__init__(settings_for(self.configuration, transport, async_transport))  # type: ignore[call-arg]

    @property
    def settings(self) -> ClientSettings:
        return self._settings

    def _shared_attributes(self) -> frozenset[str]:
        return frozenset({"configuration"})

    def __repr__(self) -> str:
        return f"{type(self).__name__}(host={self.configuration.host!r}, auth={self._settings.auth!r})"


class ApiClient(_Configured, SyncAPIClient):
    """The sync HTTP stack: ``SmsApi(ApiClient(configuration))``. Close it (or use ``with``) when done."""

    _invoker: SyncInvoker

    @cached_property
    def pool(self) -> ThreadPool:
        """The thread pool ``async_req=True`` calls run on (0.1.x's), made on first use, closed with the client."""
        from multiprocessing.pool import ThreadPool

        return ThreadPool()

    def close(self) -> None:
        if "pool" in self.__dict__:
            self.__dict__.pop("pool").close()
        super().close()

    @property
    def invoker(self) -> SyncInvoker:
        return self._invoker

    @property
    def typed(self) -> Client:
        """The generated ``smscx_api`` client on this stack (its errors come back as values)."""
        return cast("Client", super().typed)


class AsyncApiClient(_Configured, AsyncAPIClient):
    """The async HTTP stack: ``AsyncSmsApi(AsyncApiClient(configuration))``; ``await client.aclose()`` when done."""

    _invoker: AsyncInvoker

    @property
    def invoker(self) -> AsyncInvoker:
        return self._invoker

    @property
    def typed(self) -> Client:
        """The generated ``smscx_api`` client on this stack: ``await op.asyncio_detailed(client=...)``."""
        return cast("Client", super().typed)

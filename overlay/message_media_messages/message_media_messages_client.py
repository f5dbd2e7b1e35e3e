"""``MessageMediaMessagesClient`` (the 1.1.0 entry point) and its async twin.

    client = MessageMediaMessagesClient(api_key, api_secret)          # HTTP Basic
    client = MessageMediaMessagesClient(api_key, api_secret, True)    # HMAC signatures
    client.messages.create_send_messages({"messages": [...]})

Unlike 1.1.0, configuration is per instance (not global class state), the default host is https, and
timeouts (5 s connect / 30 s read) and retries (2, idempotent requests only) are on by default.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Self

import httpx

from switchboard_core import (
    AsyncInvoker,
    ClientSettings,
    InvalidRequestError,
    RetryPolicy,
    SyncInvoker,
    base_url_from_env,
    build_async_http_client,
    build_http_client,
)
from switchboard_core._client import DEFAULT_TIMEOUT, NOT_GIVEN, TimeoutLike, _NotGiven, as_timeout
from switchboard_core.auth import BasicAuth, MessageMediaHmacAuth

from ._version import __version__
from .controllers import (
    AsyncDeliveryReportsController,
    AsyncMessagesController,
    AsyncRepliesController,
    DeliveryReportsController,
    MessagesController,
    RepliesController,
)
from .exceptions.api_exception import ERROR_MAP

if TYPE_CHECKING:
    from messagemedia_api import Client

DEFAULT_BASE_URL = "https://api.messagemedia.com"
USER_AGENT = f"messagemedia-messages-python-sdk-1.1.0 switchboard-messagemedia/{__version__}"


def _settings(
    auth_user_name: str | None,
    auth_password: str | None,
    use_hmac: bool,
    base_url: str | None,
    timeout: TimeoutLike,
    max_retries: int,
    headers: Mapping[str, str] | None,
    transport: httpx.BaseTransport | None,
    async_transport: httpx.AsyncBaseTransport | None,
) -> ClientSettings:
    key = auth_user_name or os.environ.get("MESSAGEMEDIA_API_KEY")
    secret = auth_password or os.environ.get("MESSAGEMEDIA_API_SECRET")
    if not key or not secret:
        raise InvalidRequestError(
            "MessageMedia needs an API key and secret: pass auth_user_name and auth_password, "
            "or set MESSAGEMEDIA_API_KEY and MESSAGEMEDIA_API_SECRET"
        )
    try:
        retry = RetryPolicy(max_retries=max_retries)
    except ValueError as exc:
        raise InvalidRequestError(str(exc)) from exc
    return ClientSettings(
        base_url=base_url or base_url_from_env("messagemedia", DEFAULT_BASE_URL, "MESSAGEMEDIA_BASE_URL"),
        provider="messagemedia",
        auth=MessageMediaHmacAuth(key, secret) if use_hmac else BasicAuth(key, secret),
        timeout=as_timeout(timeout),
        retry=retry,
        headers={"Accept": "application/json", "User-Agent": USER_AGENT, **(headers or {})},
        error_map=ERROR_MAP,
        transport=transport,
        async_transport=async_transport,
    )


class _ClientBase:
    def __init__(
        self,
        auth_user_name: str | None = None,
        auth_password: str | None = None,
        use_hmac_autentication: bool = False,
        *,
        use_hmac_authentication: bool | None = None,
        base_url: str | None = None,
        timeout: TimeoutLike = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        headers: Mapping[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        """Credentials are the API key and secret (or ``MESSAGEMEDIA_API_KEY``/``_SECRET``); the third
        argument (1.1.0's misspelt ``use_hmac_autentication``, or ``use_hmac_authentication``) switches from
        HTTP Basic to HMAC signatures. ``base_url`` defaults to ``MESSAGEMEDIA_BASE_URL`` or the real host."""
        use_hmac = use_hmac_autentication if use_hmac_authentication is None else use_hmac_authentication
        self._settings = _settings(
            auth_user_name,
            auth_password,
            bool(use_hmac),
            base_url,
            timeout,
            max_retries,
            headers,
            transport,
            async_transport,
        )

    @classmethod
    def _from_settings(cls, settings: ClientSettings) -> Self:
        client = cls.__new__(cls)
        client._settings = settings
        return client

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._settings.base_url!r}, auth={self._settings.auth!r})"


class MessageMediaMessagesClient(_ClientBase):
    """Sync client: ``client.messages``, ``client.delivery_reports``, ``client.replies``."""

    @cached_property
    def _invoker(self) -> SyncInvoker:
        return SyncInvoker(build_http_client(self._settings), self._settings)

    @cached_property
    def messages(self) -> MessagesController:
        return MessagesController(self._invoker)

    @cached_property
    def delivery_reports(self) -> DeliveryReportsController:
        return DeliveryReportsController(self._invoker)

    @cached_property
    def replies(self) -> RepliesController:
        return RepliesController(self._invoker)

    @cached_property
    def typed(self) -> Client:
        """The generated ``messagemedia_api`` client on this client's stack (auth, retries, timeouts):
        ``send_messages.sync_detailed(client=client.typed, body=...)``. Errors come back as values there."""
        from messagemedia_api import Client

        return Client(base_url=self._settings.base_url).set_httpx_client(self._invoker.http)

    def with_options(self, *, timeout: TimeoutLike | _NotGiven = NOT_GIVEN, max_retries: int | None = None) -> Self:
        """A new client with another default timeout or retry count (and its own connection pool)."""
        return self._from_settings(self._settings.evolve(timeout=timeout, max_retries=max_retries))

    def close(self) -> None:
        if "_invoker" in self.__dict__:
            self._invoker.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncMessageMediaMessagesClient(_ClientBase):
    """Async client with the same surface: ``await client.messages.get_message_status(id)``."""

    @cached_property
    def _invoker(self) -> AsyncInvoker:
        return AsyncInvoker(build_async_http_client(self._settings), self._settings)

    @cached_property
    def messages(self) -> AsyncMessagesController:
        return AsyncMessagesController(self._invoker)

    @cached_property
    def delivery_reports(self) -> AsyncDeliveryReportsController:
        return AsyncDeliveryReportsController(self._invoker)

    @cached_property
    def replies(self) -> AsyncRepliesController:
        return AsyncRepliesController(self._invoker)

    @cached_property
    def typed(self) -> Client:
        """The generated client on this stack: ``await send_messages.asyncio_detailed(client=client.typed, ...)``."""
        from messagemedia_api import Client

        return Client(base_url=self._settings.base_url).set_async_httpx_client(self._invoker.http)

    def with_options(self, *, timeout: TimeoutLike | _NotGiven = NOT_GIVEN, max_retries: int | None = None) -> Self:
        return self._from_settings(self._settings.evolve(timeout=timeout, max_retries=max_retries))

    async def aclose(self) -> None:
        if "_invoker" in self.__dict__:
            await self._invoker.http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

"""``MessageMediaMessagesClient`` (the 1.1.0 entry point) and its async twin.

    client = MessageMediaMessagesClient(api_key, api_secret)          # HTTP Basic
    client = MessageMediaMessagesClient(api_key, api_secret, True)    # HMAC signatures
    client.messages.create_send_messages({"messages": [...]})

1.1.0's class settings (``Configuration.base_uri``, ...) are read when a client is built; the default host is
https, and timeouts (5 s connect / 30 s read) and retries (2, idempotent requests only) are on by default.
"""

from __future__ import annotations

import json
import os
from collections.abc import Generator, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, cast

import httpx

from messagemedia_api import legacy
from switchboard_core import (
    DEFAULT_TIMEOUT,
    AsyncAPIClient,
    ClientSettings,
    SyncAPIClient,
    TimeoutLike,
    as_timeout,
    base_url_from_env,
    retry_policy,
)
from switchboard_core._credentials import check_printable
from switchboard_core.auth import BasicAuth, MessageMediaHmacAuth

from .configuration import PLACEHOLDER, Configuration
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

DEFAULT_BASE_URL = legacy.SERVERS[""]
USER_AGENT = "messagemedia-messages-python-sdk-1.1.0"  # 1.1.0's, exactly (reference §2)
_JSON_TYPE = "application/json; charset=utf-8"


class _LegacyJsonBody(httpx.Auth):
    """Rewrites a JSON body as 1.1.0 wrote it (reference §2: ``jsonpickle``, i.e. ``json.dumps`` with sorted keys,
    ``", "`` / ``": "`` separators, ``\\uXXXX`` escapes, as ``application/json; charset=utf-8``: the same bytes, so an
    HMAC ``x-Content-MD5`` is 1.1.0's, §3.2), then lets ``inner`` (Basic or HMAC) authenticate the request."""

    requires_request_body = True

    def __init__(self, inner: httpx.Auth) -> None:
        self.inner = inner

    def __repr__(self) -> str:
        return repr(self.inner)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if request.content and request.headers.get("content-type", "").startswith("application/json"):
            text = json.dumps(json.loads(request.content), sort_keys=True).encode()
            # in place, as httpx's own auths change a request: no second parse of the URL and headers
            request.headers["content-type"], request.headers["content-length"] = _JSON_TYPE, str(len(text))
            request.stream = httpx.ByteStream(text)
            request._content = text
        yield from self.inner.auth_flow(request)


class _Credentials:
    """1.1.0's constructor: key, secret and the (misspelt) HMAC switch, plus the modern keyword options."""

    _typed_package = "messagemedia_api"

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
        HTTP Basic to HMAC signatures. What is left out comes from :class:`Configuration` (1.1.0's class settings),
        then the environment; with no credentials at all, 1.1.0's placeholder is sent. ``base_url`` defaults to
        ``Configuration.base_uri``, ``MESSAGEMEDIA_BASE_URL`` or the real host."""
        use_hmac = use_hmac_autentication if use_hmac_authentication is None else use_hmac_authentication
        key, secret, use_hmac = Configuration.credentials(auth_user_name, auth_password, use_hmac)
        key = key or os.environ.get("MESSAGEMEDIA_API_KEY") or PLACEHOLDER
        secret = secret or os.environ.get("MESSAGEMEDIA_API_SECRET") or PLACEHOLDER
        check_printable(ERROR_MAP, auth_user_name=key, auth_password=secret)  # naming 1.1.0's parameters
        base_url = base_url or Configuration.base_uri
        settings = ClientSettings(
            base_url=base_url or base_url_from_env("messagemedia", DEFAULT_BASE_URL, "MESSAGEMEDIA_BASE_URL"),
            provider="messagemedia",
            auth=_LegacyJsonBody(MessageMediaHmacAuth(key, secret) if use_hmac else BasicAuth(key, secret)),
            timeout=as_timeout(timeout),
            retry=retry_policy(max_retries),
            headers={"Accept": "application/json", "User-Agent": USER_AGENT, **(headers or {})},
            error_map=ERROR_MAP,
            transport=transport,
            async_transport=async_transport,
        )
        super().__init__(settings)  # type: ignore[call-arg]  # the lifecycle base (SyncAPIClient / AsyncAPIClient)


class MessageMediaMessagesClient(_Credentials, SyncAPIClient):
    """Sync client: ``client.messages``, ``client.delivery_reports``, ``client.replies``."""

    @cached_property
    def messages(self) -> MessagesController:
        return MessagesController(self._invoker)

    @cached_property
    def delivery_reports(self) -> DeliveryReportsController:
        return DeliveryReportsController(self._invoker)

    @cached_property
    def replies(self) -> RepliesController:
        return RepliesController(self._invoker)

    @property
    def typed(self) -> Client:
        """The generated ``messagemedia_api`` client on this client's stack (auth, retries, timeouts):
        ``send_messages.sync_detailed(client=client.typed, body=...)``. Errors come back as values there."""
        return cast("Client", super().typed)


class AsyncMessageMediaMessagesClient(_Credentials, AsyncAPIClient):
    """Async client with the same surface: ``await client.messages.get_message_status(id)``."""

    @cached_property
    def messages(self) -> AsyncMessagesController:
        return AsyncMessagesController(self._invoker)

    @cached_property
    def delivery_reports(self) -> AsyncDeliveryReportsController:
        return AsyncDeliveryReportsController(self._invoker)

    @cached_property
    def replies(self) -> AsyncRepliesController:
        return AsyncRepliesController(self._invoker)

    @property
    def typed(self) -> Client:
        """The generated client on this stack: ``await send_messages.asyncio_detailed(client=client.typed, ...)``."""
        return cast("Client", super().typed)

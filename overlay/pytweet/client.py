"""``Client`` (PyTweet 1.3.6's entry point) and ``AsyncClient`` (the same surface, awaited).

    client = pytweet.Client(bearer_token, consumer_key=..., consumer_key_secret=..., access_token=...,
                            access_token_secret=...)
    user = client.fetch_user_by_name("TwitterDev")
    user.follow()

Calls that read public data go out with the app's bearer token, calls that act for the account with OAuth 1.0a
user context (the reference's credential table, with ``User.report`` corrected to user context). Timeouts
(5 s connect / 30 s read), retries of idempotent requests (2) and typed errors are on by default;
``wait_on_rate_limit=True`` waits for ``x-rate-limit-reset`` (up to 15 minutes) and tries again, POSTs included
(tweepy's opt-in: a 429 means Twitter did not act on the request).
"""

from __future__ import annotations

import inspect
import os
import sys
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

import httpx

from switchboard_core import (
    DEFAULT_DEADLINE,
    DEFAULT_TIMEOUT,
    AsyncAPIClient,
    Call,
    ClientSettings,
    Steps,
    SyncAPIClient,
    TimeoutLike,
    as_timeout,
    base_url_from_env,
    lazy_module,
    retry_policy,
)
from switchboard_core.auth import BearerAuth, OAuth1Auth, SecuritySchemeAuth
from twitter_api.legacy.surface import AsyncClientMethods, ClientMethods

from ._fields import SPACE_FIELDS, USER_FIELDS
from ._http import AnyHTTPClient, AsyncHTTPClient, HTTPClient
from ._payload import wire
from ._version import __version__
from .attachments import Geo, Poll
from .dm_client import DirectMessagesClient
from .enums import MessageTypeEnum, ReplySetting, SpaceState
from .errors import ERROR_MAP, InvalidRequest, InvalidType, UnKnownSpaceState, raise_for_partial
from .message import DirectMessage, Message
from .models import Space, Tweet, User, _checked_id, _fetch_tweet, _fetch_user
from .stream import StreamingClient, attach
from .upload import File, upload

if TYPE_CHECKING:
    from twitter_api.legacy import geo, spaces, tweets, users
else:  # the generated plumbing loads on the first call, not on ``import pytweet``
    geo = lazy_module("twitter_api.legacy.geo")
    spaces = lazy_module("twitter_api.legacy.spaces")
    tweets = lazy_module("twitter_api.legacy.tweets")
    users = lazy_module("twitter_api.legacy.users")

DEFAULT_BASE_URL = "https://api.twitter.com"
USER_AGENT = (
    f"Py-Tweet (https://github.com/TheFarGG/PyTweet/) Python/{sys.version.split()[0]} httpx/{httpx.__version__} "
    f"switchboard-twitter/{__version__}"
)
"""1.3.6's User-Agent (reference §1.1) with the HTTP library that really sends (1.3.6: ``requests/<version>``),
then this package, as every Switchboard facade appends."""
RATE_LIMIT_WINDOW = 15 * 60.0
"""Twitter's rate-limit window: the longest ``wait_on_rate_limit`` waits before trying again."""
CREDENTIALS = ("bearer_token", "consumer_key", "consumer_key_secret", "access_token", "access_token_secret")
ENVIRONMENT = {name: f"TWITTER_{name.upper()}" for name in CREDENTIALS}
"""Where a credential left as None is read from (``TWITTER_BEARER_TOKEN``, ...)."""


def _credentials(given: Mapping[str, object]) -> tuple[str | None, ...]:
    values: list[str | None] = []
    for name in CREDENTIALS:
        value = given[name]
        if value is None:
            value = os.environ.get(ENVIRONMENT[name]) or None
        if value is not None and not isinstance(value, str):
            raise InvalidType(f"Wrong authorization passed for credential: {name}.")
        values.append(value)
    return tuple(values)


def _missing(values: tuple[str | None, ...]) -> Callable[[str], Exception]:
    def missing(scheme: str) -> Exception:
        needed = CREDENTIALS[:1] if scheme == "bearerAuth" else CREDENTIALS[1:]
        name = next((n for n in needed if values[CREDENTIALS.index(n)] is None), scheme)
        return InvalidRequest(f"{name} is a required credentials that is missing!")

    return missing


def _settings(
    values: tuple[str | None, ...],
    *,
    base_url: str | None,
    timeout: TimeoutLike,
    max_retries: int,
    wait_on_rate_limit: bool,
    headers: Mapping[str, str] | None,
    transport: httpx.BaseTransport | None,
    async_transport: httpx.AsyncBaseTransport | None,
) -> ClientSettings:
    bearer, consumer_key, consumer_secret, token, token_secret = values
    user_context = None
    if consumer_key and consumer_secret and token and token_secret:
        user_context = OAuth1Auth(consumer_key, consumer_secret, token, token_secret)
    auth = SecuritySchemeAuth(
        {"bearerAuth": BearerAuth(bearer) if bearer else None, "oauth1User": user_context},
        "bearerAuth",
        missing=_missing(values),
    )
    if not isinstance(wait_on_rate_limit, bool):
        raise InvalidType(f"wait_on_rate_limit must be True or False, not {wait_on_rate_limit!r}")
    retry = (
        retry_policy(max(max_retries, 3), max_retry_after=RATE_LIMIT_WINDOW + 5, retry_rate_limited_posts=True)
        if wait_on_rate_limit
        else retry_policy(max_retries)
    )
    return ClientSettings(
        base_url=base_url or base_url_from_env("twitter", DEFAULT_BASE_URL, "TWITTER_BASE_URL"),
        provider="twitter",
        auth=auth,
        timeout=as_timeout(timeout),
        retry=retry,
        # tweepy's wait_on_rate_limit waits out a whole window (15 minutes): no total deadline then.
        deadline=None if wait_on_rate_limit else DEFAULT_DEADLINE,
        headers={"User-Agent": USER_AGENT, **(headers or {})},
        error_map=ERROR_MAP,
        transport=transport,
        async_transport=async_transport,
    )


class _Surface(DirectMessagesClient, StreamingClient):
    """What ``Client`` and ``AsyncClient`` share: the credentials, and 1.3.6's methods written once as the hooks
    ``_<method>_impl`` behind the generated ``ClientMethods`` / ``AsyncClientMethods``; ``http`` decides whether
    they block or return awaitables."""

    _credentials: tuple[str | None, ...]

    def __init__(
        self,
        bearer_token: str | None,
        *,
        consumer_key: str | None = None,
        consumer_key_secret: str | None = None,
        access_token: str | None = None,
        access_token_secret: str | None = None,
        stream: object = None,
        base_url: str | None = None,
        timeout: TimeoutLike = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        wait_on_rate_limit: bool = False,
        headers: Mapping[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        """The five credentials as 1.3.6 took them (None: read from ``TWITTER_<NAME>``), plus the modern
        keyword options: ``base_url`` (default ``SWITCHBOARD_TWITTER_BASE_URL``, else ``TWITTER_BASE_URL``, else
        the real host), ``timeout``, ``max_retries``, ``wait_on_rate_limit``, extra ``headers`` and httpx
        transports."""
        given = {
            "bearer_token": bearer_token,
            "consumer_key": consumer_key,
            "consumer_key_secret": consumer_key_secret,
            "access_token": access_token,
            "access_token_secret": access_token_secret,
        }
        self._credentials = _credentials(given)
        settings = _settings(
            self._credentials,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            wait_on_rate_limit=wait_on_rate_limit,
            headers=headers,
            transport=transport,
            async_transport=async_transport,
        )
        super().__init__(settings)  # type: ignore[call-arg]  # the lifecycle base (SyncAPIClient / AsyncAPIClient)
        self._stream = attach(stream, lambda: self.http)

    def _shared_attributes(self) -> frozenset[str]:
        return frozenset({"_credentials", "_stream"})

    http: AnyHTTPClient

    def _account_impl(self) -> User | None:
        return self.http.drive(_account(self.http))

    def _fetch_user_impl(self, user_id: str | int | None = None) -> User | None:
        checked = _checked_id("user_id", user_id)
        return self.http.drive(_fetch_user(self.http, lambda: users.get_user_call(checked, user_fields=USER_FIELDS)))

    def _fetch_user_by_name_impl(self, username: str) -> User | None:
        if not isinstance(username, str):
            raise InvalidType(f"username must be a string, not {type(username).__name__}")
        name = username.replace("@", "", 1)
        build = lambda: users.get_user_by_username_call(name, user_fields=USER_FIELDS)  # noqa: E731
        return self.http.drive(_fetch_user(self.http, build))

    def _fetch_tweet_impl(self, tweet_id: str | int | None = None) -> Tweet | None:
        return self.http.drive(_fetch_tweet(self.http, _checked_id("tweet_id", tweet_id)))

    def _tweet_impl(
        self,
        text: str | None = None,
        *,
        file: File | None = None,
        poll: Poll | None = None,
        geo: Geo | str | None = None,
        quote_tweet: str | int | None = None,
        direct_message_deep_link: str | None = None,
        reply_setting: ReplySetting | str | None = None,
        reply_tweet: str | int | None = None,
        exclude_reply_users: list[str | int] | None = None,
        super_followers_only: bool = False,
    ) -> Message:
        if file is not None and not isinstance(file, File):
            raise InvalidType(f"file must be a pytweet.File, not {type(file).__name__}")
        body = _tweet_body(
            text,
            poll=poll,
            geo=geo,
            quote_tweet=quote_tweet,
            direct_message_deep_link=direct_message_deep_link,
            reply_setting=reply_setting,
            reply_tweet=reply_tweet,
            exclude_reply_users=exclude_reply_users,
            super_followers_only=super_followers_only,
        )
        return self.http.drive(_post_tweet(self.http, body, file))

    def _fetch_space_impl(self, space_id: str | int) -> Space:
        return self.http.drive(_fetch_space(lambda: spaces.get_space_call(str(space_id), space_fields=SPACE_FIELDS)))

    def _fetch_space_by_title_impl(self, title: str | int, state: SpaceState = SpaceState.live) -> Space | None:
        if not isinstance(state, SpaceState):
            raise UnKnownSpaceState(state)
        build = lambda: spaces.search_spaces_call(str(title), state.value, SPACE_FIELDS)  # noqa: E731
        return self.http.drive(_search_space(build))

    def _search_geo_impl(
        self,
        query: str | None,
        *,
        lat: float | None = None,
        long: float | None = None,
        ip: str | int | None = None,
        granularity: str = "neighborhood",
        max_results: str | int | None = None,
    ) -> list[Geo]:

        def build() -> Call[Any]:
            return geo.search_geo_call(
                query,
                lat,
                long,
                None if ip is None else str(ip),
                granularity,
                None if max_results is None else int(max_results),
            )

        return self.http.drive(_search_geo(build))

    def _get_tweet_impl(self, tweet_id: str | int | None = None) -> Tweet | None:
        return self.http.tweet_cache.get(_cache_key("Tweet", tweet_id))

    def _get_message_impl(self, event_id: str | int | None = None) -> DirectMessage | None:
        return self.http.message_cache.get(_cache_key("Event", event_id))

    def event(self, func: Callable[..., Any]) -> None:
        """Register an event handler under its name minus ``on_`` (``on_stream`` -> ``stream``)."""
        if not callable(func):
            raise InvalidType("event handlers must be functions")
        if inspect.iscoroutinefunction(func) and not self.http.is_async:
            raise InvalidType("Client event handlers must be synchronous functions (use AsyncClient)")
        self.http.events[func.__name__[3:]] = func


def _cache_key(kind: str, value: object) -> int:
    try:
        return value if isinstance(value, int) else int(str(value))
    except (TypeError, ValueError):
        raise InvalidRequest(f"{kind} id must be an integer, not {value!r}") from None


def _account(http: AnyHTTPClient) -> Steps[User | None]:
    if http.account is None and http.access_token_user_id:
        user_id = http.access_token_user_id
        http.account = yield from _fetch_user(http, lambda: users.get_user_call(user_id, user_fields=USER_FIELDS))
    return http.account  # type: ignore[no-any-return]


def _tweet_body(
    text: str | None,
    *,
    poll: Poll | None,
    geo: Geo | str | None,
    quote_tweet: str | int | None,
    direct_message_deep_link: str | None,
    reply_setting: ReplySetting | str | None,
    reply_tweet: str | int | None,
    exclude_reply_users: list[str | int] | None,
    super_followers_only: bool,
) -> dict[str, Any]:
    """1.3.6's create-tweet body: each key only when its option is truthy, in 1.3.6's order."""
    body: dict[str, Any] = {}
    if text:
        body["text"] = text
    if poll:
        if not isinstance(poll, Poll):
            raise InvalidType(f"poll must be a pytweet.Poll, not {type(poll).__name__}")
        body["poll"] = poll.wire()
    if geo:
        if not isinstance(geo, Geo | str):
            raise InvalidType(f"geo must be a pytweet.Geo or a place id string, not {type(geo).__name__}")
        body["geo"] = {"place_id": geo.id if isinstance(geo, Geo) else geo}
    if quote_tweet:
        body["quote_tweet_id"] = str(quote_tweet)
    if direct_message_deep_link:
        body["direct_message_deep_link"] = direct_message_deep_link
    if reply_setting:
        body["reply_settings"] = reply_setting.value if isinstance(reply_setting, ReplySetting) else reply_setting
    reply: dict[str, Any] = {}
    if reply_tweet:
        reply["in_reply_to_tweet_id"] = str(reply_tweet)
    if exclude_reply_users:
        reply["exclude_reply_user_ids"] = [str(user) for user in exclude_reply_users]
    if reply:
        body["reply"] = reply
    if super_followers_only:
        body["for_super_followers_only"] = True
    return body


def _post_tweet(http: AnyHTTPClient, body: dict[str, Any], file: File | None) -> Steps[Message]:
    if file is not None:  # the uploaded media goes right after the text, as in 1.3.6
        tweets.create_tweet_call({**body, "media": {"media_ids": ["1"]}})  # checked before the upload
        media_id = yield from upload(http, file, dm=False)
        text = {"text": body.pop("text")} if "text" in body else {}
        body = {**text, "media": {"media_ids": [str(media_id)]}, **body}
    created = wire((yield tweets.create_tweet_call(body)))
    data = created.get("data") or {}
    return Message(data.get("text"), data.get("id") or 0, MessageTypeEnum.MESSAGE_TWEET)


def _fetch_space(build: Callable[[], Call[Any]]) -> Steps[Space]:
    body = wire((yield build()))
    raise_for_partial(None, body)
    return Space(body)


def _search_space(build: Callable[[], Call[Any]]) -> Steps[Space | None]:
    body = wire((yield build()))
    found = body.get("data") or []
    return Space(found[0]) if found else None


def _search_geo(build: Callable[[], Call[Any]]) -> Steps[list[Geo]]:
    body = wire((yield build()))
    return [Geo(place) for place in (body.get("result") or {}).get("places") or []]


class Client(ClientMethods, _Surface, SyncAPIClient):
    """The sync client: ``client.fetch_user(...)``, ``client.tweet(...)``; models' methods block."""

    _typed_package = "twitter_api"

    @cached_property
    def http(self) -> HTTPClient:  # type: ignore[override]
        """The ``HTTPClient`` the models send through (credentials, caches, events)."""
        return HTTPClient(self._invoker, *self._credentials)


class AsyncClient(AsyncClientMethods, _Surface, AsyncAPIClient):
    """The async client with the same surface: ``await client.fetch_user(...)``, ``await user.follow()``,
    ``await client.account``, ``async for user in user.iter_followers()``; attach an ``AsyncStream``."""

    _typed_package = "twitter_api"

    @cached_property
    def http(self) -> AsyncHTTPClient:  # type: ignore[override]
        return AsyncHTTPClient(self._invoker, *self._credentials)


__all__ = ["AsyncClient", "Client"]

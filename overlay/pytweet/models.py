"""The Twitter models that send requests: ``User``, ``Tweet``, ``Space``, and the steps behind their methods.

Each method that talks to Twitter is written once as steps (a generator yielding the generated ``<op>_call``
builders' calls, see ``switchboard_core._steps``) and handed to the model's ``http_client.drive``: on a
``Client`` the method returns the value, on an ``AsyncClient`` an awaitable of it. The list methods return the
first page as a list (1.3.6's form) or, with ``limit=``, walk ``next_token`` pages up to that many items; the
``iter_*`` methods page lazily (``for`` / ``async for``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar, cast

from switchboard_core import AsyncCursorPager, Call, CursorPager, Page, Steps, lazy_module
from twitter_api.legacy.surface import AsyncTweetMethods, AsyncUserMethods, TweetMethods, UserMethods

from ._fields import EXPANSIONS, MEDIA_FIELDS, PLACE_FIELDS, POLL_FIELDS, TWEET_FIELDS, TWEET_QUERY, USER_FIELDS
from ._http import AnyHTTPClient
from ._payload import Payload, as_int, inner, parse_time, wire
from .attachments import Embed, Media, Poll
from .dm import Messageable
from .enums import ReplySetting, SpaceState
from .errors import InvalidRequest, NotFoundError, raise_for_partial
from .metrics import PublicTweetMetrics, PublicUserMetrics
from .relations import RelationFollow, RelationHide, RelationLike, RelationRetweet

if TYPE_CHECKING:
    from twitter_api.legacy import direct_messages, tweets, users
else:  # the generated plumbing loads on the first call, not on ``import pytweet``
    direct_messages = lazy_module("twitter_api.legacy.direct_messages")
    tweets = lazy_module("twitter_api.legacy.tweets")
    users = lazy_module("twitter_api.legacy.users")

T = TypeVar("T")
Pager = CursorPager[T, str]
"""The lazy pager (typed as the sync one; on an ``AsyncClient`` it is a ``switchboard_core.AsyncCursorPager``)."""
AsyncPager = AsyncCursorPager[T, str]
"""An ``AsyncClient``'s lazy pager (``async for``), as :class:`AsyncUser` and :class:`AsyncTweet` declare it."""


def _no_http() -> AnyHTTPClient:
    raise InvalidRequest("this object was not built by a client, so it cannot send requests")


def _checked_id(name: str, value: object) -> str:
    """An id as the decimal string Twitter takes; PyTweet's message for anything else, before sending."""
    if isinstance(value, bool) or not isinstance(value, int | str) or not str(value).isdigit():
        raise InvalidRequest(f"{name} must be an int, or a string of digits!")
    return str(int(value))


class User(UserMethods, Messageable):
    """A Twitter user (from ``fetch_user``, lists, a tweet's author). ``==`` compares ids; ``str()`` is the
    user's name."""

    def __init__(self, data: Payload, http_client: AnyHTTPClient | None = None) -> None:
        self.original_payload = data
        self._payload: Payload = inner(data)
        self.http_client = http_client
        self._metrics = PublicUserMetrics(self._payload)

    @property
    def _http(self) -> AnyHTTPClient:
        return self.http_client if self.http_client is not None else _no_http()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, User) and self.id == other.id

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __hash__(self) -> int:
        return hash(("User", self.id))

    def __str__(self) -> str:
        return str(self.name)

    def __repr__(self) -> str:
        return f"User(name={self.name!r} username={self.username!r} id={self.id})"

    # -- properties (payload only, no HTTP) ----------------------------------------------------------------

    @property
    def id(self) -> int:
        return int(self._payload.get("id") or 0)

    @property
    def name(self) -> str | None:
        return self._payload.get("name")

    @property
    def username(self) -> str:
        """The username with a leading ``@``."""
        return "@" + str(self._payload.get("username") or "")

    @property
    def bio(self) -> str | None:
        return self._payload.get("description")

    description = bio

    @property
    def link(self) -> str:
        """The URL on the profile ('' when there is none)."""
        return str(self._payload.get("url") or "")

    url = link

    @property
    def profile_url(self) -> str:
        return f"https://twitter.com/{self._payload.get('username')}"

    @property
    def verified(self) -> bool:
        return bool(self._payload.get("verified"))

    @property
    def protected(self) -> bool:
        return bool(self._payload.get("protected"))

    @property
    def private(self) -> bool:
        """An alias of :attr:`protected`."""
        return self.protected

    @property
    def profile_image_url(self) -> str | None:
        return self._payload.get("profile_image_url")

    avatar_url = profile_image_url

    @property
    def location(self) -> str | None:
        return self._payload.get("location")

    @property
    def created_at(self) -> datetime | None:
        return parse_time(self._payload.get("created_at"))

    @property
    def pinned_tweet_id(self) -> int | None:
        return as_int(self._payload.get("pinned_tweet_id"))

    @property
    def public_metrics(self) -> PublicUserMetrics:
        return self._metrics

    @property
    def followers_count(self) -> int:
        return self._metrics.followers_count

    @property
    def following_count(self) -> int:
        return self._metrics.following_count

    @property
    def tweet_count(self) -> int:
        return self._metrics.tweet_count

    @property
    def listed_count(self) -> int:
        return self._metrics.listed_count

    # -- requests ------------------------------------------------------------------------------------------

    def _follow_impl(self) -> RelationFollow:
        return self._http.drive(
            _relation(lambda: users.follow_user_call(self._http.me(), {"target_user_id": str(self.id)}))
        )

    def _unfollow_impl(self) -> RelationFollow:
        return self._http.drive(_relation(lambda: users.unfollow_user_call(self._http.me(), str(self.id))))

    def _block_impl(self) -> None:
        return self._http.drive(
            _ignore(lambda: users.block_user_call(self._http.me(), {"target_user_id": str(self.id)}))
        )

    def _unblock_impl(self) -> None:
        return self._http.drive(_ignore(lambda: users.unblock_user_call(self._http.me(), str(self.id))))

    def _mute_impl(self) -> None:
        return self._http.drive(
            _ignore(lambda: users.mute_user_call(self._http.me(), {"target_user_id": str(self.id)}))
        )

    def _unmute_impl(self) -> None:
        return self._http.drive(_ignore(lambda: users.unmute_user_call(self._http.me(), str(self.id))))

    def _trigger_typing_impl(self) -> None:
        return self._http.drive(_ignore(lambda: direct_messages.indicate_typing_call(str(self.id))))

    def _report_impl(self, block: bool = True) -> None:
        if not isinstance(block, bool):
            raise InvalidRequest(f"block must be True or False, not {block!r}")
        return self._http.drive(_ignore(lambda: users.report_spam_call(str(self.id), block)))

    def _fetch_followers_impl(self, *, limit: int | None = None) -> list[User]:
        return _collect(self._http, self.iter_followers(limit=limit), limit)

    def _fetch_following_impl(self, *, limit: int | None = None) -> list[User]:
        return _collect(self._http, self.iter_following(limit=limit), limit)

    def _iter_followers_impl(self, *, limit: int | None = None, page_size: int | None = None) -> Pager[User]:
        return _user_pager(self._http, users.get_followers_call, str(self.id), limit, page_size)

    def _iter_following_impl(self, *, limit: int | None = None, page_size: int | None = None) -> Pager[User]:
        return _user_pager(self._http, users.get_following_call, str(self.id), limit, page_size)

    def _fetch_pinned_tweet_impl(self) -> Tweet | None:
        if self.pinned_tweet_id is None:
            return self._http.drive(_nothing())
        return self._http.drive(_fetch_tweet(self._http, str(self.pinned_tweet_id)))

    def _fetch_timelines_impl(
        self,
        max_results: int = 10,
        *,
        start_time: datetime | None = None,
        end_time: datetime | None = None,
        since_id: str | int | None = None,
        until_id: str | int | None = None,
        mentioned: bool = False,
        exclude: str | None = None,
        limit: int | None = None,
    ) -> list[Tweet]:
        pager = self.iter_timelines(
            max_results,
            start_time=start_time,
            end_time=end_time,
            since_id=since_id,
            until_id=until_id,
            mentioned=mentioned,
            exclude=exclude,
            limit=limit,
        )
        return _collect(self._http, pager, limit)

    def _iter_timelines_impl(
        self,
        max_results: int = 10,
        *,
        start_time: datetime | None = None,
        end_time: datetime | None = None,
        since_id: str | int | None = None,
        until_id: str | int | None = None,
        mentioned: bool = False,
        exclude: str | None = None,
        limit: int | None = None,
    ) -> Pager[Tweet]:
        query = {
            "max_results": max_results,
            "start_time": _utc("start_time", start_time),
            "end_time": _utc("end_time", end_time),
            "since_id": None if since_id is None else str(since_id),
            "until_id": None if until_id is None else str(until_id),
            "exclude": exclude,
        }
        build = users.get_user_mentions_call if mentioned else users.get_user_tweets_call
        http, user_id = self._http, str(self.id)

        def page(cursor: str | None) -> Steps[Page[Tweet, str]]:
            call = build(
                user_id,
                expansions=EXPANSIONS,
                user_fields=USER_FIELDS,
                media_fields=MEDIA_FIELDS,
                place_fields=PLACE_FIELDS,
                poll_fields=POLL_FIELDS,
                tweet_fields=TWEET_FIELDS,
                pagination_token=cursor,
                **query,
            )
            body = wire((yield call))
            includes = body.get("includes") or {}
            items = [_tweet({"data": item, "includes": includes}, http) for item in body.get("data") or []]
            return Page(items, (body.get("meta") or {}).get("next_token"))

        return _pager(http, page, limit)


class Tweet(TweetMethods):
    """A tweet with its expansions (author, poll, media, embeds). ``==`` compares ids; ``str()`` is the text."""

    def __init__(self, data: Payload, **kwargs: Any) -> None:
        self.original_payload = data
        self._payload: Payload = inner(data)
        self._includes: Payload = data.get("includes") or {} if "data" in data else {}
        self.http_client: AnyHTTPClient | None = kwargs.get("http_client")
        self._metrics = PublicTweetMetrics(self._payload)

    @property
    def _http(self) -> AnyHTTPClient:
        return self.http_client if self.http_client is not None else _no_http()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Tweet) and self.id == other.id

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __hash__(self) -> int:
        return hash(("Tweet", self.id))

    def __str__(self) -> str:
        return str(self.text)

    def __repr__(self) -> str:
        return f"Tweet(text={self.text!r} id={self.id} author={self.author!r})"

    # -- properties ----------------------------------------------------------------------------------------

    @property
    def id(self) -> int:
        return int(self._payload.get("id") or 0)

    @property
    def text(self) -> str | None:
        return self._payload.get("text")

    def _author_impl(self) -> User | None:
        people = self._includes.get("users") or []
        author_id = self._payload.get("author_id")
        chosen = next((u for u in people if author_id is not None and u.get("id") == author_id), None)
        if chosen is None and people and author_id is None:
            chosen = people[0]
        return _user(chosen, self.http_client) if chosen else None

    @property
    def author_id(self) -> int | None:
        return as_int(self._payload.get("author_id"))

    @property
    def created_at(self) -> datetime | None:
        return parse_time(self._payload.get("created_at"))

    @property
    def source(self) -> str | None:
        return self._payload.get("source")

    @property
    def lang(self) -> str | None:
        return self._payload.get("lang")

    @property
    def raw_reply_setting(self) -> str:
        return str(self._payload.get("reply_settings") or "everyone")

    @property
    def reply_setting(self) -> ReplySetting:
        return ReplySetting(self.raw_reply_setting)

    @property
    def possibly_sensitive(self) -> bool:
        return bool(self._payload.get("possibly_sensitive"))

    sensitive = possibly_sensitive

    @property
    def conversation_id(self) -> int | None:
        return as_int(self._payload.get("conversation_id"))

    @property
    def in_reply_to_user_id(self) -> int | None:
        return as_int(self._payload.get("in_reply_to_user_id"))

    @property
    def public_metrics(self) -> PublicTweetMetrics:
        return self._metrics

    @property
    def like_count(self) -> int:
        return self._metrics.like_count

    @property
    def retweet_count(self) -> int:
        return self._metrics.retweet_count

    @property
    def reply_count(self) -> int:
        return self._metrics.reply_count

    @property
    def quote_count(self) -> int:
        return self._metrics.quote_count

    @property
    def mentions(self) -> list[str] | None:
        """The mentioned usernames (from ``entities.mentions``; None when there are none)."""
        found = (self._payload.get("entities") or {}).get("mentions") or []
        return [str(m.get("username")) for m in found] or None

    @property
    def embeds(self) -> list[Embed]:
        return [Embed(url) for url in (self._payload.get("entities") or {}).get("urls") or []]

    @property
    def poll(self) -> Poll | None:
        polls = self._includes.get("polls") or []
        return Poll.from_payload(polls[0]) if polls else None

    @property
    def media(self) -> list[Media] | None:
        found = self._includes.get("media") or []
        return [Media(m) for m in found] or None

    @property
    def url(self) -> str | None:
        author = self.author
        return f"https://twitter.com/{author.username[1:]}/status/{self.id}" if author else None

    # -- requests ------------------------------------------------------------------------------------------

    def _like_impl(self) -> RelationLike:
        me = self._http.me()
        return self._http.drive(_relation(lambda: tweets.like_tweet_call(me, {"tweet_id": str(self.id)}), RelationLike))

    def _unlike_impl(self) -> RelationLike:
        return self._http.drive(
            _relation(lambda: tweets.unlike_tweet_call(self._http.me(), str(self.id)), RelationLike)
        )

    def _retweet_impl(self) -> RelationRetweet:
        me = self._http.me()
        return self._http.drive(_relation(lambda: tweets.retweet_call(me, {"tweet_id": str(self.id)}), RelationRetweet))

    def _unretweet_impl(self) -> RelationRetweet:
        me = self._http.me()
        return self._http.drive(_relation(lambda: tweets.unretweet_call(me, str(self.id)), RelationRetweet))

    def _delete_impl(self) -> None:
        http = self._http
        http.tweet_cache.pop(self.id, None)
        return http.drive(_ignore(lambda: tweets.delete_tweet_call(str(self.id))))

    def _reply_impl(self, text: str) -> None:
        return self._http.drive(_reply(self._http, self, text))

    def _hide_impl(self) -> RelationHide:
        return self._http.drive(_relation(lambda: tweets.hide_reply_call(str(self.id), {"hidden": True}), RelationHide))

    def _unhide_impl(self) -> RelationHide:
        return self._http.drive(
            _relation(lambda: tweets.hide_reply_call(str(self.id), {"hidden": False}), RelationHide)
        )

    def _fetch_retweeters_impl(self, *, limit: int | None = None) -> list[User]:
        return _collect(self._http, self.iter_retweeters(limit=limit), limit)

    def _fetch_liking_users_impl(self, *, limit: int | None = None) -> list[User]:
        return _collect(self._http, self.iter_liking_users(limit=limit), limit)

    def _iter_retweeters_impl(self, *, limit: int | None = None, page_size: int | None = None) -> Pager[User]:
        return _user_pager(self._http, tweets.get_retweeters_call, str(self.id), limit, page_size)

    def _iter_liking_users_impl(self, *, limit: int | None = None, page_size: int | None = None) -> Pager[User]:
        return _user_pager(self._http, tweets.get_liking_users_call, str(self.id), limit, page_size)

    def _fetch_replied_user_impl(self) -> User | None:
        if self.in_reply_to_user_id is None:
            return self._http.drive(_nothing())
        user_id = str(self.in_reply_to_user_id)
        return self._http.drive(_fetch_user(self._http, lambda: users.get_user_call(user_id, user_fields=USER_FIELDS)))


class Space:
    """A Twitter Space."""

    def __init__(self, data: Payload) -> None:
        self.original_payload = data
        self._payload: Payload = inner(data)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Space) and self.id == other.id

    def __hash__(self) -> int:
        return hash(("Space", self.id))

    def __repr__(self) -> str:
        return f"Space(id={self.id!r} title={self.title!r} state={self.state})"

    @property
    def id(self) -> str:
        return str(self._payload.get("id"))

    @property
    def title(self) -> str | None:
        return self._payload.get("title")

    @property
    def state(self) -> SpaceState:
        return SpaceState(self._payload.get("state"))

    @property
    def raw_state(self) -> str | None:
        return self._payload.get("state")

    @property
    def lang(self) -> str | None:
        return self._payload.get("lang")

    @property
    def creator_id(self) -> int | None:
        return as_int(self._payload.get("creator_id"))

    @property
    def host_ids(self) -> list[int]:
        return [int(i) for i in self._payload.get("host_ids") or []]

    @property
    def speaker_ids(self) -> list[int]:
        return [int(i) for i in self._payload.get("speaker_ids") or []]

    @property
    def participant_count(self) -> int | None:
        return self._payload.get("participant_count")

    @property
    def invited_users(self) -> list[int] | None:
        """The invited users' ids (Twitter's ``invited_user_ids``; 1.3.6 read a key that does not exist)."""
        ids = self._payload.get("invited_user_ids") or self._payload.get("invited_users")
        return [int(i) for i in ids] if ids else None

    @property
    def created_at(self) -> datetime | None:
        return parse_time(self._payload.get("created_at"))

    @property
    def started_at(self) -> datetime | None:
        return parse_time(self._payload.get("started_at"))

    @property
    def updated_at(self) -> datetime | None:
        return parse_time(self._payload.get("updated_at"))

    @property
    def scheduled_start(self) -> datetime | None:
        return parse_time(self._payload.get("scheduled_start"))

    def is_ticketed(self) -> bool:
        return bool(self._payload.get("is_ticketed"))


def _user(data: Payload, http: AnyHTTPClient | None) -> User:
    """A user built from an answer: an :class:`AsyncUser` on an ``AsyncClient``."""
    return AsyncUser(data, http) if http is not None and http.is_async else User(data, http)


def _tweet(data: Payload, http: AnyHTTPClient | None) -> Tweet:
    """A tweet built from an answer: an :class:`AsyncTweet` on an ``AsyncClient``."""
    return AsyncTweet(data, http_client=http) if http is not None and http.is_async else Tweet(data, http_client=http)


class AsyncUser(AsyncUserMethods, User):  # type: ignore[misc]  # its generated methods are the awaited forms
    """A :class:`User` reached through an ``AsyncClient``: the same properties, and every method that sends a
    request is awaited (``await user.follow()``); the ``iter_*`` pagers are async iterators. The behaviour is
    :class:`User`'s (on an async client its steps run on the event loop)."""


class AsyncTweet(AsyncTweetMethods, Tweet):  # type: ignore[misc]  # its generated methods are the awaited forms
    """A :class:`Tweet` reached through an ``AsyncClient``: its methods that send requests are awaited
    (``await tweet.like()``), its ``author`` is an :class:`AsyncUser`, its ``iter_*`` pagers are async."""


# -- steps -----------------------------------------------------------------------------------------------------


def _nothing() -> Steps[None]:
    return None
    yield  # a generator that sends nothing


Build = Callable[[], Call[Any]]
"""A generated builder's call, made inside the steps (so its input checks raise as ``InvalidRequest``)."""


def _ignore(build: Build) -> Steps[None]:
    yield build()


def _relation(build: Build, kind: Callable[[Payload], T] = RelationFollow) -> Steps[T]:  # type: ignore[assignment]
    return kind(wire((yield build())))


def _fetch_user(http: AnyHTTPClient, build: Build) -> Steps[User | None]:
    """A user lookup: None for "Could not find" (1.3.6's form), the user otherwise."""
    body = wire((yield build()))
    try:
        raise_for_partial(None, body)
    except NotFoundError:
        return None
    return _user(body, http) if body.get("data") else None


def _fetch_tweet(http: AnyHTTPClient, tweet_id: str) -> Steps[Tweet | None]:
    """A tweet lookup with user context: None for "Could not find" without data (a partial error next to data
    keeps the tweet; reference §10.9). The client's own tweets go into its tweet cache."""
    body = wire((yield tweets.get_tweet_call(tweet_id, **TWEET_QUERY)))
    try:
        raise_for_partial(None, body)
    except NotFoundError:
        return None
    if not body.get("data"):
        return None
    tweet = _tweet(body, http)
    if http.access_token_user_id is not None and str(tweet.author_id) == http.access_token_user_id:
        http.tweet_cache[tweet.id] = tweet
    return tweet


def _reply(http: AnyHTTPClient, tweet: Tweet, text: str) -> Steps[None]:
    author = tweet.author
    if author is None and tweet.author_id is not None:
        author_id = str(tweet.author_id)
        author = yield from _fetch_user(http, lambda: users.get_user_call(author_id, user_fields=USER_FIELDS))
    if author is None:
        raise InvalidRequest("cannot reply: the tweet's author is unknown")
    yield tweets.update_status_call(f"{author.username} {text}", str(tweet.id))


def _utc(name: str, value: datetime | None) -> datetime | None:
    """A timeline bound as Twitter takes it (RFC 3339 with a zone): naive datetimes are taken as UTC, as tweepy
    does (1.3.6 sent them without a zone, which Twitter refuses; reference U13)."""
    if value is None:
        return None
    if not isinstance(value, datetime):
        raise InvalidRequest(f"{name} must be a datetime.datetime, not {type(value).__name__}")
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _pager(http: AnyHTTPClient, page: Callable[[str | None], Steps[Page[T, str]]], limit: int | None) -> Pager[T]:
    """A lazy pager over ``page`` steps, stopping after ``limit`` items (None: every page)."""
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
        raise InvalidRequest(f"limit must be a positive integer or None, not {limit!r}")
    state = {"left": limit}

    def trimmed(cursor: str | None) -> Steps[Page[T, str]]:
        found = yield from page(cursor)
        left = state["left"]
        if left is None:
            return found
        items = list(found.items)[:left]
        state["left"] = left - len(items)
        return Page(items, None if state["left"] == 0 else found.next_cursor)

    def fetch(cursor: str | None) -> Any:  # the page, or on an AsyncClient an awaitable of it
        return http.drive(trimmed(cursor))

    if http.is_async:
        return AsyncCursorPager(fetch)  # type: ignore[return-value]  # see Pager
    return CursorPager(fetch)


def _user_pager(
    http: AnyHTTPClient, build: Callable[..., Call[Any]], object_id: str, limit: int | None, page_size: int | None
) -> Pager[User]:
    def page(cursor: str | None) -> Steps[Page[User, str]]:
        call = build(object_id, user_fields=USER_FIELDS, max_results=page_size, pagination_token=cursor)
        body = wire((yield call))
        return Page([_user(u, http) for u in body.get("data") or []], (body.get("meta") or {}).get("next_token"))

    return _pager(http, page, limit)


def _collect(http: AnyHTTPClient, pager: Pager[T], limit: int | None) -> list[T]:
    """The pager's items as a list: its first page only when ``limit`` is None (1.3.6's lists), else up to
    ``limit`` items across pages. On an ``AsyncClient`` this is an awaitable of the list."""
    found: object = pager
    if isinstance(found, AsyncCursorPager):  # an AsyncClient's pager (see Pager)
        return cast(list[T], _acollect(found, limit))
    if limit is None:
        return list(next(iter(pager.pages())).items)
    return list(pager)


async def _acollect(pager: AsyncCursorPager[T, str], limit: int | None) -> list[T]:
    if limit is None:
        async for page in pager.pages():
            return list(page.items)
        return []
    return [item async for item in pager]


__all__ = ["AsyncTweet", "AsyncUser", "Space", "Tweet", "User"]

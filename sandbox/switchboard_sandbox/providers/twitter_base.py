"""The Twitter sandbox's shared core (:class:`TwitterBase`): state, OAuth 1.0a / bearer authentication, rate-limit
windows, v1.1 and v2 error bodies, field selection, expansions, pagination, and the helpers that create tweets,
polls and media. The handlers live in the ``twitter_*`` mixins, put together in :mod:`.twitter`."""

from __future__ import annotations

import copy
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, NoReturn
from urllib.parse import parse_qsl

from ..provider import ApiError, Clock, Provider, Result, SandboxRequest, timestamp, utc_now
from . import twitter_data as data
from .twitter_media import (
    ProcessingPlan,
    Upload,
)
from .twitter_oauth import FORM_CONTENT_TYPE, OAuthHeaderError, base_string_uri, parse_header, signature_matches

TIMESTAMP_WINDOW = 300
RATE_WINDOW = 900
DEFAULT_LIMIT = 900
FIRST_ID = 1460000000000001000

APP_CONTEXT = frozenset(
    {
        "get_user",
        "get_user_by_username",
        "get_followers",
        "get_following",
        "get_user_tweets",
        "get_user_mentions",
        "get_tweet",
        "get_retweeters",
        "get_liking_users",
        "search_spaces",
        "get_space",
        "get_stream_rules",
        "update_stream_rules",
        "search_stream",
        "sample_stream",
    }
)
"""Operations that accept the app's bearer token."""
APP_ONLY = frozenset({"get_stream_rules", "update_stream_rules", "search_stream", "sample_stream"})
"""Operations that accept nothing else (a user-context call is a 403)."""
UNAUTHENTICATED = frozenset({"authorize"})
"""Checked by their handler: the browser page."""

V1_CODES = {400: 214, 401: 32, 403: 200, 404: 34, 405: 34, 409: 151, 429: 88}
V2_TITLES = {
    400: "Invalid Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found Error",
    405: "Method Not Allowed",
    409: "Conflict",
    429: "Too Many Requests",
    503: "Service Unavailable",
}
INVALID_REQUEST = "https://api.twitter.com/2/problems/invalid-request"
NOT_FOUND = "https://api.twitter.com/2/problems/resource-not-found"
URL_PATTERN = re.compile(r"https?://\S+")
MENTION_PATTERN = re.compile(r"@(\w{1,15})")
HASHTAG_PATTERN = re.compile(r"#(\w+)")


class TwitterError(ApiError):
    """An error with the v1.1 ``code`` to answer (v2 paths answer a problem document instead)."""

    def __init__(self, status: int, message: str, *, code: int | None = None, **kwargs: Any) -> None:
        super().__init__(status, message, **kwargs)
        self.code = code


@dataclass(frozen=True)
class Principal:
    """Who calls: the app (bearer) or a user (OAuth 1.0a, with the token used)."""

    kind: str
    user_id: str | None = None
    token: str | None = None

    @property
    def key(self) -> str:
        return self.user_id or self.token or "app"


@dataclass
class RequestToken:
    secret: str
    callback: str
    access_type: str | None
    verifier: str | None = None
    user_id: str | None = None


@dataclass
class AccessToken:
    secret: str
    user_id: str


@dataclass
class StreamFaults:
    """Armed stream failures: the next ``status`` answers (429/503), or a cut after ``disconnect_after`` lines."""

    statuses: list[int] = field(default_factory=list)
    disconnect_after: int | None = None


def ms(moment: datetime) -> str:
    return str(int(moment.timestamp() * 1000))


def csv_list(value: str | None) -> list[str]:
    return [part for part in (value or "").split(",") if part]


class TwitterBase(Provider):
    """State, credentials, rate limits, error bodies and the views shared by the Twitter handlers."""

    name = "twitter"

    def __init__(self, *, clock: Clock = utc_now) -> None:
        self.credentials = data.credentials()
        super().__init__(clock=clock)

    # -- state ----------------------------------------------------------------------------------------------------

    def reset(self) -> None:
        super().reset()
        creds = self.credentials
        self.counter = FIRST_ID
        self.users = data.users()
        self.following = data.following()
        self.pending: dict[str, list[str]] = {}
        self.blocking: dict[str, list[str]] = {}
        self.muting: dict[str, list[str]] = {}
        self.tweets: dict[str, dict[str, Any]] = {}
        self.likes: dict[str, list[str]] = {}
        self.retweets: dict[str, dict[str, str]] = {}
        """Tweet id → retweeter id → the retweet's id."""
        self.hidden: set[str] = set()
        self.polls: dict[str, dict[str, Any]] = {}
        self.media: dict[str, dict[str, Any]] = {}
        self.places = copy.deepcopy(data.PLACES)
        self.spaces = data.spaces()
        self.events: dict[str, dict[str, Any]] = {}
        self.read_marks: dict[tuple[str, str], str] = {}
        self.welcome_messages: dict[str, dict[str, Any]] = {}
        self.welcome_rules: dict[str, dict[str, Any]] = {}
        self.custom_profiles: dict[str, dict[str, Any]] = {}
        self.uploads: dict[int, Upload] = {}
        self.next_plan = ProcessingPlan()
        self.stream_rules: dict[str, dict[str, Any]] = {}
        self.stream_queue: list[str] = []
        self.stream_sent: list[tuple[datetime, str]] = []
        self.stream_faults = StreamFaults()
        self.request_tokens: dict[str, RequestToken] = {}
        self.access_tokens = {
            creds["access_token"]: AccessToken(creds["access_token_secret"], creds["access_token"].split("-", 1)[0])
        }
        if self.access_tokens[creds["access_token"]].user_id not in self.users:
            uid = self.access_tokens[creds["access_token"]].user_id
            self.users[uid] = {**self.users.pop(data.ME), "id": uid}
            self.following[uid] = self.following.pop(data.ME)
        self.nonces: dict[tuple[str, str, str], int] = {}
        self.windows: dict[tuple[str, str], tuple[int, int]] = {}
        self.limits: dict[str, int] = {}
        self.forced_429: list[tuple[str | None, int]] = []
        self._seed()

    def _seed(self) -> None:
        me = self.me
        pinned = self._new_tweet(me, "Hello from the sandbox! #sandbox https://t.co/sbx1", source="Sandbox Web")
        self.users[me]["pinned_tweet_id"] = pinned["id"]
        poll = self._new_poll(["Red Bird", "Blue Bird"], 1440)
        self._new_tweet(data.DEV, "Which bird do you like?", attachments={"poll_ids": [poll["id"]]})
        self._new_tweet(data.FRIEND, "@sandbox_me nice one", reply_to=pinned)
        photo = self._new_media("photo", width=640, height=480)
        self._new_tweet(
            data.DEV,
            "A photo from the Mission",
            attachments={"media_keys": [photo["media_key"]]},
            geo={"place_id": "1d9a5370a355ab0c"},
        )
        self._new_tweet(me, "A second sandbox tweet")
        self.likes[pinned["id"]] = [data.FRIEND, data.DEV]
        self._retweet(data.DEV, pinned)
        self.stream_queue.clear()

    @property
    def me(self) -> str:
        """The user the configured access token belongs to (who approves every three-legged authorization)."""
        return self.credentials["access_token"].split("-", 1)[0]

    def _id(self) -> str:
        self.counter += 1
        return str(self.counter)

    def _now(self) -> str:
        return timestamp(self.clock())

    # -- authentication -------------------------------------------------------------------------------------------

    def authenticate(self, request: SandboxRequest) -> Principal | None:
        op = request.operation_id or ""
        if op in UNAUTHENTICATED:
            return None
        self._check_forced_429(op)
        value = request.headers.get("Authorization", "")
        scheme = value.split(" ", 1)[0].lower()
        principal: Principal | None
        if scheme == "bearer":
            if value.split(" ", 1)[1:] != [self.credentials["bearer_token"]]:
                raise TwitterError(401, "Unauthorized", code=89)
            if op == "access_token":  # PyTweet sends its bearer token along; the query carries the credentials
                principal = None
            elif op not in APP_CONTEXT:
                raise TwitterError(
                    403,
                    "Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint. Supported "
                    "authentication types are [OAuth 1.0a User Context, OAuth 2.0 User Context].",
                    code=220,
                )
            else:
                principal = Principal("app")
        elif scheme == "oauth":
            if op in APP_ONLY:
                raise TwitterError(
                    403,
                    "Authenticating with OAuth 1.0a User Context is forbidden for this endpoint. Supported "
                    "authentication types are [OAuth 2.0 Application-Only].",
                )
            principal = self._oauth_principal(request, op)
        elif op == "access_token" and not value:
            principal = None
        else:
            raise TwitterError(401, "Could not authenticate you.", code=32)
        self._charge(op, principal)
        return principal

    def _oauth_principal(self, request: SandboxRequest, op: str) -> Principal:
        try:
            header = parse_header(request.headers.get("Authorization", ""))
        except OAuthHeaderError as exc:
            raise TwitterError(401, f"Could not authenticate you. ({exc})", code=32) from None
        if header.consumer_key != self.credentials["consumer_key"]:
            raise TwitterError(401, "Could not authenticate you. (unknown consumer key)", code=32)
        # Fresh by the wall clock or by the sandbox's clock: a test may freeze the sandbox's clock while its client
        # signs with the real time, and a recording freezes both (the client's clock too) at the same instant.
        nows = (int(time.time()), int(self.clock().timestamp()))
        if all(abs(now - header.timestamp) > TIMESTAMP_WINDOW for now in nows):
            raise TwitterError(401, "Timestamp out of bounds.", code=135)
        token_secret: str | None = None
        user_id: str | None = None
        if op == "access_token":
            pending = self.request_tokens.get(header.token or "")
            if pending is None:
                raise TwitterError(401, "Invalid or expired request token.", code=89)
            token_secret = pending.secret
        elif header.token is not None:
            access = self.access_tokens.get(header.token)
            if access is None:
                raise TwitterError(401, "Invalid or expired token.", code=89)
            token_secret, user_id = access.secret, access.user_id
        elif op != "request_token":
            raise TwitterError(401, "Could not authenticate you. (no oauth_token)", code=32)
        environ = getattr(request.headers, "environ", {})
        scheme = environ.get("wsgi.url_scheme", "http")
        uri = base_string_uri(scheme, request.headers.get("Host", "localhost"), request.raw_path)
        query = parse_qsl(environ.get("QUERY_STRING", ""), keep_blank_values=True) if environ else []
        if not environ:
            query = list(request.query.items())
        content_type = request.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
        form = []
        if content_type == FORM_CONTENT_TYPE:
            form = parse_qsl(request.raw_body.decode("utf-8", errors="replace"), keep_blank_values=True)
        if not signature_matches(
            header,
            method=request.method,
            uri=uri,
            query=query,
            form=form,
            consumer_secret=self.credentials["consumer_secret"],
            token_secret=token_secret,
        ):
            raise TwitterError(401, "Could not authenticate you. (the signature does not match)", code=32)
        self.nonces = {k: ts for k, ts in self.nonces.items() if abs(header.timestamp - ts) <= 2 * TIMESTAMP_WINDOW}
        nonce_key = (header.consumer_key, header.token or "", header.nonce)
        if nonce_key in self.nonces:
            raise TwitterError(401, "Could not authenticate you. (the nonce was already used)", code=32)
        self.nonces[nonce_key] = header.timestamp
        return Principal("user", user_id, header.token)

    # -- rate limits ----------------------------------------------------------------------------------------------

    def _check_forced_429(self, op: str) -> None:
        for index, (only, times) in enumerate(self.forced_429):
            if only is None or only == op:
                if times <= 1:
                    del self.forced_429[index]
                else:
                    self.forced_429[index] = (only, times - 1)
                reset = int(self.clock().timestamp()) + RATE_WINDOW
                limit = self.limits.get(op, DEFAULT_LIMIT)
                headers = {"x-rate-limit-limit": str(limit), "x-rate-limit-remaining": "0"}
                raise TwitterError(
                    429, "Rate limit exceeded", code=88, headers={**headers, "x-rate-limit-reset": str(reset)}
                )

    def _window(self, op: str, key: str) -> tuple[int, int]:
        now = int(self.clock().timestamp())
        start, used = self.windows.get((op, key), (now, 0))
        if now >= start + RATE_WINDOW:
            start, used = now, 0
        return start, used

    def _charge(self, op: str, principal: Principal | None) -> None:
        key = principal.key if principal is not None else "anonymous"
        start, used = self._window(op, key)
        limit = self.limits.get(op, DEFAULT_LIMIT)
        if used >= limit:
            headers = self._rate_headers(op, key)
            raise TwitterError(429, "Rate limit exceeded", code=88, headers=headers)
        self.windows[(op, key)] = (start, used + 1)

    def _rate_headers(self, op: str, key: str) -> dict[str, str]:
        start, used = self._window(op, key)
        limit = self.limits.get(op, DEFAULT_LIMIT)
        return {
            "x-rate-limit-limit": str(limit),
            "x-rate-limit-remaining": str(max(limit - used, 0)),
            "x-rate-limit-reset": str(start + RATE_WINDOW),
        }

    def handler(self, operation_id: str) -> Callable[[SandboxRequest], Result] | None:
        inner = super().handler(operation_id)
        if inner is None:
            return None

        def with_rate_headers(request: SandboxRequest) -> Result:
            status, body, *rest = inner(request)
            principal = request.principal
            key = principal.key if isinstance(principal, Principal) else "anonymous"
            headers: dict[str, str] = {**(rest[0] if rest else {}), **self._rate_headers(operation_id, key)}
            return status, body, headers

        return with_rate_headers

    # -- errors ---------------------------------------------------------------------------------------------------

    def error_body(self, error: ApiError, path: str) -> Any:
        if path.startswith("/2/"):
            problem: dict[str, Any] = {
                "title": V2_TITLES.get(error.status, "Error"),
                "detail": error.message,
                "type": INVALID_REQUEST if error.status == 400 else "about:blank",
                "status": error.status,
            }
            if error.status == 400:
                problem["errors"] = [{"message": line} for line in (error.details or [error.message])]
            if error.status == 429 and path.endswith("/stream"):
                problem["connection_issue"] = "TooManyConnections"
            return problem
        code = getattr(error, "code", None) or V1_CODES.get(error.status, 131)
        return {"errors": [{"code": code, "message": error.message}]}

    @staticmethod
    def _bad(message: str) -> NoReturn:
        raise TwitterError(400, message)

    def _not_found(self, kind: str, value: str, parameter: str = "id") -> dict[str, Any]:
        """A v2 partial error for a missing resource (answered with 200)."""
        return {
            "value": value,
            "detail": f"Could not find {kind} with {parameter}: [{value}].",
            "title": "Not Found Error",
            "resource_type": kind,
            "parameter": parameter,
            "resource_id": value,
            "type": NOT_FOUND,
        }

    def _acting(self, request: SandboxRequest, name: str = "id") -> str:
        """The authenticating user, who must be the path's ``name`` user (403 otherwise)."""
        user_id = self._caller(request)
        if request.path_params.get(name) != user_id:
            raise TwitterError(403, "You are not permitted to perform this action on behalf of another user.")
        return user_id

    def _caller(self, request: SandboxRequest) -> str:
        principal = request.principal
        if not isinstance(principal, Principal) or principal.user_id is None:  # authenticate() lets none through
            raise TwitterError(403, "This operation needs user context (OAuth 1.0a).")
        return principal.user_id

    # -- fields and expansions ------------------------------------------------------------------------------------

    @staticmethod
    def _fields(request: SandboxRequest, name: str, allowed: frozenset[str]) -> list[str]:
        chosen = csv_list(request.query.get(name))
        unknown = [value for value in chosen if value not in allowed]
        if unknown:
            raise TwitterError(
                400,
                f"The `{name}` query parameter value [{unknown[0]}] is not one of [{','.join(sorted(allowed))}]",
            )
        return chosen

    @staticmethod
    def _pick(source: Mapping[str, Any], kind: str, chosen: list[str]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in (*data.DEFAULTS[kind], *chosen):
            value = source.get(name)
            if value is not None and name not in out:
                out[name] = copy.deepcopy(value)
        return out

    def _user_view(self, uid: str, fields: list[str]) -> dict[str, Any]:
        user = self.users[uid]
        metrics = {
            "followers_count": sum(uid in follows for follows in self.following.values()),
            "following_count": len(self.following.get(uid, [])),
            "tweet_count": sum(tweet["author_id"] == uid for tweet in self.tweets.values()),
            "listed_count": 0,
        }
        source = {**user, "public_metrics": metrics}
        if user.get("pinned_tweet_id") not in self.tweets:
            source.pop("pinned_tweet_id", None)
        return self._pick(source, "user", fields)

    def _tweet_view(self, tweet: dict[str, Any], fields: list[str]) -> dict[str, Any]:
        tid = tweet["id"]
        metrics = {
            "retweet_count": len(self.retweets.get(tid, {})),
            "reply_count": sum(_replies_to(other, tid) for other in self.tweets.values()),
            "like_count": len(self.likes.get(tid, [])),
            "quote_count": sum(_quotes(other, tid) for other in self.tweets.values()),
        }
        return self._pick({**tweet, "public_metrics": metrics}, "tweet", fields)

    def _user_includes(self, request: SandboxRequest, uids: list[str]) -> dict[str, Any]:
        expansions = self._fields(request, "expansions", data.USER_EXPANSIONS)
        tweet_fields = self._fields(request, "tweet.fields", data.TWEET_FIELDS)
        if "pinned_tweet_id" not in expansions:
            return {}
        pinned = [self.users[uid].get("pinned_tweet_id") for uid in uids]
        tweets = [self._tweet_view(self.tweets[t], tweet_fields) for t in dict.fromkeys(pinned) if t in self.tweets]
        return {"tweets": tweets} if tweets else {}

    def _tweet_includes(self, request: SandboxRequest, tweets: list[dict[str, Any]]) -> dict[str, Any]:
        expansions = self._fields(request, "expansions", data.TWEET_EXPANSIONS)
        user_fields = self._fields(request, "user.fields", data.USER_FIELDS)
        tweet_fields = self._fields(request, "tweet.fields", data.TWEET_FIELDS)
        media_fields = self._fields(request, "media.fields", data.MEDIA_FIELDS)
        place_fields = self._fields(request, "place.fields", data.PLACE_FIELDS)
        poll_fields = self._fields(request, "poll.fields", data.POLL_FIELDS)
        users: list[str] = []
        extra: list[str] = []
        media: list[str] = []
        polls: list[str] = []
        places: list[str] = []
        for tweet in tweets:
            referenced = [ref["id"] for ref in tweet.get("referenced_tweets", []) if ref["id"] in self.tweets]
            if "author_id" in expansions:
                users.append(tweet["author_id"])
            if "in_reply_to_user_id" in expansions and tweet.get("in_reply_to_user_id"):
                users.append(tweet["in_reply_to_user_id"])
            if "entities.mentions.username" in expansions:
                users += [m["id"] for m in tweet.get("entities", {}).get("mentions", []) if "id" in m]
            if "referenced_tweets.id" in expansions:
                extra += referenced
            if "referenced_tweets.id.author_id" in expansions:
                users += [self.tweets[ref]["author_id"] for ref in referenced]
            if "attachments.media_keys" in expansions:
                media += tweet.get("attachments", {}).get("media_keys", [])
            if "attachments.poll_ids" in expansions:
                polls += tweet.get("attachments", {}).get("poll_ids", [])
            if "geo.place_id" in expansions and tweet.get("geo", {}).get("place_id") in self.places:
                places.append(tweet["geo"]["place_id"])
        includes: dict[str, Any] = {}
        if users:
            includes["users"] = [self._user_view(u, user_fields) for u in dict.fromkeys(users) if u in self.users]
        if extra:
            includes["tweets"] = [self._tweet_view(self.tweets[t], tweet_fields) for t in dict.fromkeys(extra)]
        if media:
            includes["media"] = [self._pick(self.media[k], "media", media_fields) for k in dict.fromkeys(media)]
        if polls:
            includes["polls"] = [self._poll_view(p, poll_fields) for p in dict.fromkeys(polls)]
        if places:
            views = [data.v2_place(self.places[p]) for p in dict.fromkeys(places)]
            includes["places"] = [self._pick(view, "place", place_fields) for view in views]
        return {k: v for k, v in includes.items() if v}

    def _poll_view(self, poll_id: str, fields: list[str]) -> dict[str, Any]:
        poll = self.polls[poll_id]
        end = datetime.fromisoformat(poll["end_datetime"].replace("Z", "+00:00"))
        status = "open" if self.clock() < end else "closed"
        return self._pick({**poll, "voting_status": status}, "poll", fields)

    # -- creating things ------------------------------------------------------------------------------------------

    def _entities(self, text: str) -> dict[str, Any]:
        entities: dict[str, Any] = {}
        urls = [
            {
                "start": m.start(),
                "end": m.end(),
                "url": m.group(0),
                "expanded_url": "https://switchboard.invalid/" + m.group(0).rsplit("/", 1)[-1],
                "display_url": "switchboard.invalid/" + m.group(0).rsplit("/", 1)[-1],
            }
            for m in URL_PATTERN.finditer(text)
        ]
        mentions = []
        for m in MENTION_PATTERN.finditer(text):
            mention: dict[str, Any] = {"start": m.start(), "end": m.end(), "username": m.group(1)}
            uid = self._uid_by_name(m.group(1))
            if uid is not None:
                mention["id"] = uid
            mentions.append(mention)
        hashtags = [{"start": m.start(), "end": m.end(), "tag": m.group(1)} for m in HASHTAG_PATTERN.finditer(text)]
        for key, value in (("urls", urls), ("mentions", mentions), ("hashtags", hashtags)):
            if value:
                entities[key] = value
        return entities

    def _uid_by_name(self, username: str) -> str | None:
        for uid, user in self.users.items():
            if user["username"].lower() == username.lower():
                return uid
        return None

    def _new_tweet(
        self,
        author: str,
        text: str,
        *,
        reply_to: dict[str, Any] | None = None,
        quote: dict[str, Any] | None = None,
        retweet_of: dict[str, Any] | None = None,
        **extra: Any,
    ) -> dict[str, Any]:
        tid = self._id()
        tweet: dict[str, Any] = {
            "id": tid,
            "text": text,
            "author_id": author,
            "created_at": self._now(),
            "conversation_id": tid,
            "lang": "en",
            "source": "Switchboard Sandbox",
            "possibly_sensitive": False,
            "reply_settings": "everyone",
            **extra,
        }
        referenced = []
        if reply_to is not None:
            tweet["conversation_id"] = reply_to["conversation_id"]
            tweet["in_reply_to_user_id"] = reply_to["author_id"]
            referenced.append({"type": "replied_to", "id": reply_to["id"]})
        if quote is not None:
            referenced.append({"type": "quoted", "id": quote["id"]})
        if retweet_of is not None:
            referenced.append({"type": "retweeted", "id": retweet_of["id"]})
        if referenced:
            tweet["referenced_tweets"] = referenced
        entities = self._entities(text)
        if entities:
            tweet["entities"] = entities
        self.tweets[tid] = tweet
        self.stream_queue.append(tid)
        return tweet

    def _new_poll(self, options: list[str], minutes: int) -> dict[str, Any]:
        poll: dict[str, Any] = {
            "id": self._id(),
            "options": [{"position": i + 1, "label": label, "votes": 0} for i, label in enumerate(options)],
            "duration_minutes": minutes,
            "end_datetime": timestamp(self.clock() + timedelta(minutes=minutes)),
        }
        self.polls[poll["id"]] = poll
        return poll

    def _new_media(self, kind: str, **extra: Any) -> dict[str, Any]:
        prefix = {"photo": 3, "video": 7, "animated_gif": 16}[kind]
        key = f"{prefix}_{self._id()}"
        item = {"media_key": key, "type": kind, **extra}
        if kind == "photo":
            item.setdefault("url", f"https://pbs.twimg.com/media/{key}.jpg")
        else:
            item.setdefault("preview_image_url", f"https://pbs.twimg.com/media/{key}_preview.jpg")
        self.media[key] = item
        return item

    def _retweet(self, uid: str, tweet: dict[str, Any]) -> None:
        author = self.users[tweet["author_id"]]["username"]
        retweet = self._new_tweet(uid, f"RT @{author}: {tweet['text']}"[:280], retweet_of=tweet)
        self.retweets.setdefault(tweet["id"], {})[uid] = retweet["id"]

    # -- pagination -----------------------------------------------------------------------------------------------

    def _page(self, request: SandboxRequest, items: list[Any], default: int) -> tuple[list[Any], dict[str, Any]]:
        size = int(request.query.get("max_results", default))
        token = request.query.get("pagination_token")
        offset = 0
        if token is not None:
            match = re.fullmatch(r"sbx([0-9a-f]{8})", token)
            if match is None or int(match.group(1), 16) >= max(len(items), 1):
                raise TwitterError(
                    400, f"The `pagination_token` query parameter value [{token}] is not valid for this request"
                )
            offset = int(match.group(1), 16)
        page = items[offset : offset + size]
        meta: dict[str, Any] = {"result_count": len(page)}
        if offset + size < len(items):
            meta["next_token"] = f"sbx{offset + size:08x}"
        if offset > 0:
            meta["previous_token"] = f"sbx{max(offset - size, 0):08x}"
        return page, meta

    def _users_page(self, request: SandboxRequest, uids: list[str], default: int = 100) -> Result:
        fields = self._fields(request, "user.fields", data.USER_FIELDS)
        page, meta = self._page(request, [u for u in uids if u in self.users], default)
        body: dict[str, Any] = {"meta": meta}
        if page:
            body["data"] = [self._user_view(uid, fields) for uid in page]
            includes = self._user_includes(request, page)
            if includes:
                body["includes"] = includes
        return 200, body

    def _existing_user(self, uid: str) -> str:
        if uid not in self.users:
            raise TwitterError(400, f"Could not find user with id: [{uid}].")
        return uid

    def _v1_user(self, uid: str) -> dict[str, Any]:
        user = self.users[uid]
        return {
            "id": int(uid),
            "id_str": uid,
            "name": user["name"],
            "screen_name": user["username"],
            "protected": user["protected"],
            "verified": user["verified"],
            "followers_count": sum(uid in follows for follows in self.following.values()),
            "friends_count": len(self.following.get(uid, [])),
            "created_at": v1_time(user["created_at"]),
        }

    def _tweet(self, tid: str, status: int = 400) -> dict[str, Any]:
        tweet = self.tweets.get(tid)
        if tweet is None:
            raise TwitterError(status, f"Could not find tweet with id: [{tid}].", code=144)
        return tweet

    def _usable_media(self, media_id: str, *, dm: bool) -> str:
        upload = self.uploads.get(int(media_id)) if media_id.isdigit() else None
        if upload is None or not upload.usable:
            raise TwitterError(400, f"Your media IDs are invalid: [{media_id}].", code=324)
        if not dm and (upload.category or "").lower().startswith("dm_") and not upload.shared:
            raise TwitterError(400, f"The media [{media_id}] was uploaded for another use ({upload.category}).")
        if upload.key not in self.media:
            kind = {"image": "photo", "gif": "animated_gif", "video": "video"}[upload.kind]
            extra = {"width": 640, "height": 480} if kind == "photo" else {"duration_ms": 10000}
            self.media[upload.key] = {"media_key": upload.key, "type": kind, **extra}
            if kind == "photo":
                self.media[upload.key]["url"] = f"https://pbs.twimg.com/media/{upload.key}.jpg"
            else:
                self.media[upload.key]["preview_image_url"] = f"https://pbs.twimg.com/media/{upload.key}_preview.jpg"
        return upload.key


def _replies_to(tweet: dict[str, Any], tid: str) -> bool:
    return any(r["type"] == "replied_to" and r["id"] == tid for r in tweet.get("referenced_tweets", []))


def _quotes(tweet: dict[str, Any], tid: str) -> bool:
    return any(r["type"] == "quoted" and r["id"] == tid for r in tweet.get("referenced_tweets", []))


def parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def v1_time(iso: str) -> str:
    moment = parse_time(iso)
    assert moment is not None
    return moment.astimezone(UTC).strftime("%a %b %d %H:%M:%S +0000 %Y")

"""Twitter behaviour: v2 users, tweets, relationships, timelines, spaces and filtered/sample streams; v1.1 direct
messages, welcome messages and rules, custom profiles, geo search, spam reports and replies; the OAuth 1.0a
three-legged flow; and the chunked media upload of ``upload.twitter.com`` (see :mod:`.twitter_media`).

Credentials (:mod:`.twitter_data`): app-context calls need ``Bearer <bearer token>``; user-context calls need an
OAuth 1.0a HMAC-SHA1 header whose signature verifies (:mod:`.twitter_oauth`; query and form parameters signed,
JSON bodies not), whose timestamp is within 5 minutes of the sandbox clock and whose nonce was never seen;
anything else is a 401. A call that needs the other kind of credential is a 403, as on Twitter. The user acted
for is the owner of the access token (``sandbox_me``, or whoever finished the three-legged flow).

Every answer carries ``x-rate-limit-limit/remaining/reset`` for its (operation, caller) window of 15 minutes;
``POST /_sandbox/twitter/rate_limit`` lowers a limit or makes the next calls answer 429. Lists page with
``meta.next_token`` → ``pagination_token``. Streams answer at once with what is queued (tweets created since the
last connection, and a made-up tweet for each rule added) between keep-alive lines, then end; see
``POST /_sandbox/twitter/stream``.
"""

from __future__ import annotations

import base64
import binascii
import copy
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, NoReturn
from urllib.parse import parse_qsl, urlencode

from ..provider import ApiError, Clock, Provider, Raw, Result, SandboxRequest, control, operation, timestamp, utc_now
from . import twitter_data as data
from . import twitter_rules as rules
from .twitter_media import (
    CATEGORIES,
    LIMITS,
    MAX_CHUNK,
    MAX_SEGMENTS,
    ProcessingPlan,
    Upload,
    UploadError,
    form_fields,
    media_kind,
    parse_bool,
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
_URL = re.compile(r"https?://\S+")
_MENTION = re.compile(r"@(\w{1,15})")
_HASHTAG = re.compile(r"#(\w+)")


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


def _ms(moment: datetime) -> str:
    return str(int(moment.timestamp() * 1000))


def _csv(value: str | None) -> list[str]:
    return [part for part in (value or "").split(",") if part]


class Twitter(Provider):
    """The Twitter behaviour (see the module docstring)."""

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
        now = int(self.clock().timestamp())
        if abs(now - header.timestamp) > TIMESTAMP_WINDOW:
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
        self.nonces = {k: ts for k, ts in self.nonces.items() if abs(now - ts) <= TIMESTAMP_WINDOW}
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
        chosen = _csv(request.query.get(name))
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
            for m in _URL.finditer(text)
        ]
        mentions = []
        for m in _MENTION.finditer(text):
            mention: dict[str, Any] = {"start": m.start(), "end": m.end(), "username": m.group(1)}
            uid = self._uid_by_name(m.group(1))
            if uid is not None:
                mention["id"] = uid
            mentions.append(mention)
        hashtags = [{"start": m.start(), "end": m.end(), "tag": m.group(1)} for m in _HASHTAG.finditer(text)]
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

    # -- users ----------------------------------------------------------------------------------------------------

    def _lookup_user(self, request: SandboxRequest, uid: str | None, value: str, parameter: str) -> Result:
        fields = self._fields(request, "user.fields", data.USER_FIELDS)
        if uid is None or uid not in self.users:
            self._user_includes(request, [])
            return 200, {"errors": [self._not_found("user", value, parameter)]}
        body: dict[str, Any] = {"data": self._user_view(uid, fields)}
        includes = self._user_includes(request, [uid])
        if includes:
            body["includes"] = includes
        return 200, body

    @operation("get_user")
    def get_user(self, request: SandboxRequest) -> Result:
        uid = request.path_params["id"]
        return self._lookup_user(request, uid, uid, "id")

    @operation("get_user_by_username")
    def get_user_by_username(self, request: SandboxRequest) -> Result:
        name = request.path_params["username"]
        return self._lookup_user(request, self._uid_by_name(name), name, "username")

    def _existing_user(self, uid: str) -> str:
        if uid not in self.users:
            raise TwitterError(400, f"Could not find user with id: [{uid}].")
        return uid

    @operation("get_followers")
    def get_followers(self, request: SandboxRequest) -> Result:
        uid = self._existing_user(request.path_params["id"])
        return self._users_page(request, [u for u, follows in self.following.items() if uid in follows])

    @operation("get_following")
    def get_following(self, request: SandboxRequest) -> Result:
        uid = self._existing_user(request.path_params["id"])
        return self._users_page(request, list(self.following.get(uid, [])))

    @operation("follow_user")
    def follow_user(self, request: SandboxRequest) -> Result:
        me = self._acting(request)
        target = self._existing_user(request.body["target_user_id"])
        if target == me:
            raise TwitterError(400, "You cannot follow yourself.")
        if target in self.following.setdefault(me, []):
            return 200, {"data": {"following": True, "pending_follow": False}}
        if self.users[target].get("protected"):
            requests = self.pending.setdefault(me, [])
            if target not in requests:
                requests.append(target)
            return 200, {"data": {"following": False, "pending_follow": True}}
        self.following[me].append(target)
        return 200, {"data": {"following": True, "pending_follow": False}}

    @operation("unfollow_user")
    def unfollow_user(self, request: SandboxRequest) -> Result:
        me = self._acting(request, "source_user_id")
        target = request.path_params["target_user_id"]
        for table in (self.following, self.pending):
            if target in table.get(me, []):
                table[me].remove(target)
        return 200, {"data": {"following": False}}

    @operation("block_user")
    def block_user(self, request: SandboxRequest) -> Result:
        me = self._acting(request)
        target = self._existing_user(request.body["target_user_id"])
        if target not in self.blocking.setdefault(me, []):
            self.blocking[me].append(target)
        for a, b in ((me, target), (target, me)):
            if b in self.following.get(a, []):
                self.following[a].remove(b)
        return 200, {"data": {"blocking": True}}

    @operation("unblock_user")
    def unblock_user(self, request: SandboxRequest) -> Result:
        me = self._acting(request, "source_user_id")
        target = request.path_params["target_user_id"]
        if target in self.blocking.get(me, []):
            self.blocking[me].remove(target)
        return 200, {"data": {"blocking": False}}

    @operation("mute_user")
    def mute_user(self, request: SandboxRequest) -> Result:
        me = self._acting(request)
        target = self._existing_user(request.body["target_user_id"])
        if target not in self.muting.setdefault(me, []):
            self.muting[me].append(target)
        return 200, {"data": {"muting": True}}

    @operation("unmute_user")
    def unmute_user(self, request: SandboxRequest) -> Result:
        me = self._acting(request, "source_user_id")
        target = request.path_params["target_user_id"]
        if target in self.muting.get(me, []):
            self.muting[me].remove(target)
        return 200, {"data": {"muting": False}}

    def _timeline(self, request: SandboxRequest, keep: Callable[[dict[str, Any]], bool]) -> Result:
        fields = self._fields(request, "tweet.fields", data.TWEET_FIELDS)
        self._fields(request, "user.fields", data.USER_FIELDS)
        start = _parse_time(request.query.get("start_time"))
        end = _parse_time(request.query.get("end_time"))
        since, until = request.query.get("since_id"), request.query.get("until_id")
        exclude = set(_csv(request.query.get("exclude")))
        chosen = []
        for tweet in sorted(self.tweets.values(), key=lambda t: int(t["id"]), reverse=True):
            created = _parse_time(tweet["created_at"])
            kinds = {ref["type"] for ref in tweet.get("referenced_tweets", [])}
            if not keep(tweet):
                continue
            if (start and created and created < start) or (end and created and created > end):
                continue
            if (since and int(tweet["id"]) <= int(since)) or (until and int(tweet["id"]) >= int(until)):
                continue
            if ("retweets" in exclude and "retweeted" in kinds) or ("replies" in exclude and "replied_to" in kinds):
                continue
            chosen.append(tweet)
        page, meta = self._page(request, chosen, 10)
        body: dict[str, Any] = {"meta": meta}
        if page:
            meta["newest_id"], meta["oldest_id"] = page[0]["id"], page[-1]["id"]
            body["data"] = [self._tweet_view(tweet, fields) for tweet in page]
            includes = self._tweet_includes(request, page)
            if includes:
                body["includes"] = includes
        else:
            self._tweet_includes(request, [])
        return 200, body

    @operation("get_user_tweets")
    def get_user_tweets(self, request: SandboxRequest) -> Result:
        uid = self._existing_user(request.path_params["id"])
        return self._timeline(request, lambda tweet: tweet["author_id"] == uid)

    @operation("get_user_mentions")
    def get_user_mentions(self, request: SandboxRequest) -> Result:
        uid = self._existing_user(request.path_params["id"])
        return self._timeline(
            request, lambda t: any(m.get("id") == uid for m in t.get("entities", {}).get("mentions", []))
        )

    @operation("report_spam")
    def report_spam(self, request: SandboxRequest) -> Result:
        me = self._caller(request)
        uid = request.query["user_id"]
        if uid not in self.users:
            raise TwitterError(404, "User not found.", code=50)
        if request.query.get("perform_block", "true").lower() == "true" and uid not in self.blocking.setdefault(me, []):
            self.blocking[me].append(uid)
        return 200, self._v1_user(uid)

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
            "created_at": _v1_time(user["created_at"]),
        }

    # -- tweets ---------------------------------------------------------------------------------------------------

    def _tweet(self, tid: str, status: int = 400) -> dict[str, Any]:
        tweet = self.tweets.get(tid)
        if tweet is None:
            raise TwitterError(status, f"Could not find tweet with id: [{tid}].", code=144)
        return tweet

    @operation("get_tweet")
    def get_tweet(self, request: SandboxRequest) -> Result:
        tid = request.path_params["id"]
        fields = self._fields(request, "tweet.fields", data.TWEET_FIELDS)
        tweet = self.tweets.get(tid)
        if tweet is None:
            self._tweet_includes(request, [])
            return 200, {"errors": [self._not_found("tweet", tid)]}
        body: dict[str, Any] = {"data": self._tweet_view(tweet, fields)}
        includes = self._tweet_includes(request, [tweet])
        if includes:
            body["includes"] = includes
        missing = [r["id"] for r in tweet.get("referenced_tweets", []) if r["id"] not in self.tweets]
        if missing and "referenced_tweets.id" in _csv(request.query.get("expansions")):
            body["errors"] = [
                {**self._not_found("tweet", m, "referenced_tweets.id"), "section": "includes"} for m in missing
            ]
        return 200, body

    @operation("create_tweet")
    def create_tweet(self, request: SandboxRequest) -> Result:
        me = self._caller(request)
        body = request.body
        text = body.get("text", "")
        if not (text or body.get("media") or body.get("poll")):
            raise TwitterError(400, "The request needs one of text, media or poll.")
        if body.get("poll") and (body.get("media") or body.get("quote_tweet_id")):
            raise TwitterError(400, "A tweet with a poll cannot also have media or quote a tweet.")
        link = body.get("direct_message_deep_link")
        if link and not link.startswith("https://twitter.com/messages/compose"):
            raise TwitterError(400, "direct_message_deep_link must be a https://twitter.com/messages/compose link")
        duplicate = any(t["author_id"] == me and t["text"] == text and text for t in self.tweets.values())
        if duplicate:
            raise TwitterError(403, "You are not allowed to create a Tweet with duplicate content.")
        extra: dict[str, Any] = {"reply_settings": body.get("reply_settings", "everyone")}
        attachments: dict[str, Any] = {}
        media_ids = body.get("media", {}).get("media_ids", [])
        if media_ids:
            attachments["media_keys"] = [self._usable_media(mid, dm=False) for mid in media_ids]
        if body.get("poll"):
            poll = self._new_poll(body["poll"]["options"], body["poll"]["duration_minutes"])
            attachments["poll_ids"] = [poll["id"]]
        if attachments:
            extra["attachments"] = attachments
        if body.get("geo"):
            extra["geo"] = {"place_id": body["geo"]["place_id"]}
        reply = body.get("reply")
        reply_to = None
        if reply is not None:
            if "in_reply_to_tweet_id" not in reply:
                raise TwitterError(400, "reply.in_reply_to_tweet_id is required when reply is given.")
            reply_to = self._tweet(reply["in_reply_to_tweet_id"])
        quote = self._tweet(body["quote_tweet_id"]) if body.get("quote_tweet_id") else None
        if body.get("for_super_followers_only"):
            extra["for_super_followers_only"] = True
        tweet = self._new_tweet(me, text, reply_to=reply_to, quote=quote, **extra)
        return 201, {"data": {"id": tweet["id"], "text": tweet["text"]}}

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

    @operation("delete_tweet")
    def delete_tweet(self, request: SandboxRequest) -> Result:
        me = self._caller(request)
        tweet = self.tweets.get(request.path_params["id"])
        if tweet is None:
            return 200, {"data": {"deleted": False}}
        if tweet["author_id"] != me:
            raise TwitterError(403, "You are not allowed to delete a Tweet that you did not author.")
        del self.tweets[tweet["id"]]
        for retweeters in self.retweets.values():
            for uid, rid in list(retweeters.items()):
                if rid == tweet["id"]:
                    del retweeters[uid]
        return 200, {"data": {"deleted": True}}

    @operation("hide_reply")
    def hide_reply(self, request: SandboxRequest) -> Result:
        me = self._caller(request)
        tweet = self._tweet(request.path_params["id"])
        root = self.tweets.get(tweet["conversation_id"])
        if tweet["conversation_id"] == tweet["id"] or root is None or root["author_id"] != me:
            raise TwitterError(403, "You can only hide replies to conversations you started.")
        if request.body["hidden"]:
            self.hidden.add(tweet["id"])
        else:
            self.hidden.discard(tweet["id"])
        return 200, {"data": {"hidden": tweet["id"] in self.hidden}}

    @operation("like_tweet")
    def like_tweet(self, request: SandboxRequest) -> Result:
        me = self._acting(request)
        tweet = self._tweet(request.body["tweet_id"])
        likers = self.likes.setdefault(tweet["id"], [])
        if me not in likers:
            likers.append(me)
        return 200, {"data": {"liked": True}}

    @operation("unlike_tweet")
    def unlike_tweet(self, request: SandboxRequest) -> Result:
        me = self._acting(request)
        likers = self.likes.get(request.path_params["tweet_id"], [])
        if me in likers:
            likers.remove(me)
        return 200, {"data": {"liked": False}}

    @operation("retweet")
    def retweet(self, request: SandboxRequest) -> Result:
        me = self._acting(request)
        tweet = self._tweet(request.body["tweet_id"])
        if me not in self.retweets.get(tweet["id"], {}):
            self._retweet(me, tweet)
        return 200, {"data": {"retweeted": True}}

    @operation("unretweet")
    def unretweet(self, request: SandboxRequest) -> Result:
        me = self._acting(request)
        retweet_id = self.retweets.get(request.path_params["source_tweet_id"], {}).pop(me, None)
        if retweet_id is not None:
            self.tweets.pop(retweet_id, None)
        return 200, {"data": {"retweeted": False}}

    @operation("get_retweeters")
    def get_retweeters(self, request: SandboxRequest) -> Result:
        tweet = self._tweet(request.path_params["id"])
        return self._users_page(request, list(self.retweets.get(tweet["id"], {})))

    @operation("get_liking_users")
    def get_liking_users(self, request: SandboxRequest) -> Result:
        tweet = self._tweet(request.path_params["id"])
        return self._users_page(request, list(self.likes.get(tweet["id"], [])))

    @operation("update_status")
    def update_status(self, request: SandboxRequest) -> Result:
        me = self._caller(request)
        text = request.query["status"]
        reply_to = None
        if "in_reply_to_status_id" in request.query:
            reply_to = self._tweet(request.query["in_reply_to_status_id"], status=404)
        if any(t["author_id"] == me and t["text"] == text for t in self.tweets.values()):
            raise TwitterError(403, "Status is a duplicate.", code=187)
        tweet = self._new_tweet(me, text, reply_to=reply_to)
        return 200, {
            "id": int(tweet["id"]),
            "id_str": tweet["id"],
            "text": text,
            "created_at": _v1_time(tweet["created_at"]),
            "in_reply_to_status_id": int(reply_to["id"]) if reply_to else None,
            "in_reply_to_status_id_str": reply_to["id"] if reply_to else None,
            "in_reply_to_user_id_str": reply_to["author_id"] if reply_to else None,
            "user": self._v1_user(me),
        }

    # -- spaces ---------------------------------------------------------------------------------------------------

    @operation("get_space")
    def get_space(self, request: SandboxRequest) -> Result:
        fields = self._fields(request, "space.fields", data.SPACE_FIELDS)
        space = self.spaces.get(request.path_params["id"])
        if space is None:
            return 200, {"errors": [self._not_found("space", request.path_params["id"])]}
        return 200, {"data": self._pick(space, "space", fields)}

    @operation("search_spaces")
    def search_spaces(self, request: SandboxRequest) -> Result:
        fields = self._fields(request, "space.fields", data.SPACE_FIELDS)
        query = request.query["query"].lower()
        state = request.query.get("state", "all")
        found = [
            self._pick(space, "space", fields)
            for space in self.spaces.values()
            if query in space["title"].lower() and state in ("all", space["state"])
        ]
        found = found[: int(request.query.get("max_results", 100))]
        body: dict[str, Any] = {"meta": {"result_count": len(found)}}
        if found:
            body["data"] = found
        return 200, body

    # -- geo ------------------------------------------------------------------------------------------------------

    @operation("search_geo")
    def search_geo(self, request: SandboxRequest) -> Result:
        query = request.query.get("query")
        lat, long = request.query.get("lat"), request.query.get("long")
        ip = request.query.get("ip")
        if not query and not (lat and long) and not ip:
            raise TwitterError(400, "You must provide query, lat and long, or ip.", code=25)
        granularity = request.query.get("granularity", "neighborhood")
        coarsest = data.GRANULARITY.index(granularity)
        places = []
        for place in self.places.values():
            if data.GRANULARITY.index(place["place_type"]) < coarsest:
                continue
            if query and query.lower() not in place["full_name"].lower():
                continue
            if lat and long and not _inside(place, float(long), float(lat)):
                continue
            if ip and not query and not (lat and long) and place["country_code"] != "US":
                continue
            places.append(copy.deepcopy(place))
        if "max_results" in request.query:
            places = places[: int(request.query["max_results"])]
        params = {k: v for k, v in request.query.items()}
        return 200, {"query": {"type": "search", "params": params}, "result": {"places": places}}

    # -- direct messages ------------------------------------------------------------------------------------------

    def _message_data(self, source: dict[str, Any], *, dm: bool = True) -> dict[str, Any]:
        """The answer's ``message_data`` for a request's, with entities computed and media resolved."""
        text = source["text"]
        out: dict[str, Any] = {"text": text, "entities": self._v1_entities(text)}
        attachment = source.get("attachment")
        if attachment is not None:
            key = self._usable_media(attachment["media"]["id"], dm=dm)
            media = self.media[key]
            url = media.get("url") or media.get("preview_image_url")
            out["attachment"] = {
                "type": "media",
                "media": {
                    "id": int(attachment["media"]["id"]),
                    "id_str": attachment["media"]["id"],
                    "media_url_https": url,
                },
            }
        if "quick_reply" in source:
            quick = copy.deepcopy(source["quick_reply"])
            for option in quick["options"]:
                for key in ("description", "metadata"):
                    if option.get(key) is None:
                        option.pop(key, None)
            out["quick_reply"] = quick
        if "ctas" in source:
            out["ctas"] = [{**cta, "tco_url": f"https://t.co/sbx{i}"} for i, cta in enumerate(source["ctas"])]
        return out

    def _v1_entities(self, text: str) -> dict[str, Any]:
        mentions = []
        for m in _MENTION.finditer(text):
            uid = self._uid_by_name(m.group(1))
            if uid is not None:
                user = self.users[uid]
                mentions.append(
                    {"name": user["name"], "screen_name": user["username"], "id": int(uid), "id_str": uid,
                     "indices": [m.start(), m.end()]}
                )  # fmt: skip
        return {
            "hashtags": [{"text": m.group(1), "indices": [m.start(), m.end()]} for m in _HASHTAG.finditer(text)],
            "symbols": [],
            "user_mentions": mentions,
            "urls": [
                {
                    "url": m.group(0),
                    "display_url": m.group(0),
                    "expanded_url": m.group(0),
                    "indices": [m.start(), m.end()],
                }
                for m in _URL.finditer(text)
            ],
        }

    @operation("create_dm_event")
    def create_dm_event(self, request: SandboxRequest) -> Result:
        me = self._caller(request)
        create = request.body["event"]["message_create"]
        recipient = create["target"]["recipient_id"]
        if recipient not in self.users:
            raise TwitterError(400, "Cannot find specified user.", code=108)
        if me in self.blocking.get(recipient, []):
            raise TwitterError(403, "You cannot send messages to this user.", code=349)
        source = create["message_data"]
        profile_id = source.get("custom_profile_id")
        if profile_id is not None and profile_id not in self.custom_profiles:
            raise TwitterError(400, f"Unknown custom_profile_id [{profile_id}].", code=214)
        message_create: dict[str, Any] = {
            "target": {"recipient_id": recipient},
            "sender_id": me,
            "message_data": self._message_data(source),
        }
        if profile_id is not None:
            message_create["custom_profile_id"] = profile_id
        event: dict[str, Any] = {
            "type": "message_create",
            "id": self._id(),
            "created_timestamp": _ms(self.clock()),
            "message_create": message_create,
        }
        self.events[event["id"]] = event
        return 200, {"event": copy.deepcopy(event)}

    def _event(self, request: SandboxRequest) -> dict[str, Any]:
        me = self._caller(request)
        event = self.events.get(request.query["id"])
        create = event["message_create"] if event else {}
        if event is None or me not in (create["sender_id"], create["target"]["recipient_id"]):
            raise TwitterError(404, "Sorry, that page does not exist.", code=34)
        return event

    @operation("get_dm_event")
    def get_dm_event(self, request: SandboxRequest) -> Result:
        return 200, {"event": copy.deepcopy(self._event(request))}

    @operation("delete_dm_event")
    def delete_dm_event(self, request: SandboxRequest) -> Result:
        del self.events[self._event(request)["id"]]
        return 204, Raw()

    @operation("indicate_typing")
    def indicate_typing(self, request: SandboxRequest) -> Result:
        self._caller(request)
        if request.query["recipient_id"] not in self.users:
            raise TwitterError(400, "Cannot find specified user.", code=108)
        return 204, Raw()

    @operation("mark_read")
    def mark_read(self, request: SandboxRequest) -> Result:
        me = self._caller(request)
        other = request.query["recipient_id"]
        event = self.events.get(request.query["last_read_event_id"])
        parties = (
            {event["message_create"]["sender_id"], event["message_create"]["target"]["recipient_id"]}
            if event
            else set()
        )
        if event is None or parties != {me, other}:
            raise TwitterError(404, "No such event in a conversation with this user.", code=34)
        self.read_marks[(me, other)] = event["id"]
        return 204, Raw()

    # -- welcome messages -----------------------------------------------------------------------------------------

    def _welcome_answer(self, message: dict[str, Any]) -> dict[str, Any]:
        answer: dict[str, Any] = {"welcome_message": copy.deepcopy(message["welcome_message"])}
        if message.get("name") is not None:
            answer["name"] = message["name"]
        return answer

    def _welcome(self, request: SandboxRequest) -> dict[str, Any]:
        message = self.welcome_messages.get(request.query["id"])
        if message is None or message["owner"] != self._caller(request):
            raise TwitterError(404, "Welcome message not found.", code=34)
        return message

    @operation("create_welcome_message")
    def create_welcome_message(self, request: SandboxRequest) -> Result:
        me = self._caller(request)
        source = request.body["welcome_message"]
        wid = self._id()
        message = {
            "owner": me,
            "name": source.get("name"),
            "welcome_message": {
                "id": wid,
                "created_timestamp": _ms(self.clock()),
                "message_data": self._message_data(source["message_data"]),
            },
        }
        self.welcome_messages[wid] = message
        return 200, self._welcome_answer(message)

    @operation("get_welcome_message")
    def get_welcome_message(self, request: SandboxRequest) -> Result:
        return 200, self._welcome_answer(self._welcome(request))

    @operation("update_welcome_message")
    def update_welcome_message(self, request: SandboxRequest) -> Result:
        message = self._welcome(request)
        message["welcome_message"]["message_data"] = self._message_data(request.body["message_data"])
        return 200, self._welcome_answer(message)

    @operation("delete_welcome_message")
    def delete_welcome_message(self, request: SandboxRequest) -> Result:
        message = self._welcome(request)
        wid = message["welcome_message"]["id"]
        del self.welcome_messages[wid]
        for rid, rule in list(self.welcome_rules.items()):
            if rule["welcome_message_id"] == wid:
                del self.welcome_rules[rid]
        return 204, Raw()

    @operation("create_welcome_message_rule")
    def create_welcome_message_rule(self, request: SandboxRequest) -> Result:
        me = self._caller(request)
        wid = request.body["welcome_message_rule"]["welcome_message_id"]
        message = self.welcome_messages.get(wid)
        if message is None or message["owner"] != me:
            raise TwitterError(404, "Welcome message not found.", code=34)
        if any(rule["owner"] == me for rule in self.welcome_rules.values()):
            raise TwitterError(409, "There can be only one welcome message rule; delete the existing one first.")
        rule = {"owner": me, "id": self._id(), "created_timestamp": _ms(self.clock()), "welcome_message_id": wid}
        self.welcome_rules[rule["id"]] = rule
        return 200, {"welcome_message_rule": _rule_answer(rule)}

    def _welcome_rule(self, request: SandboxRequest) -> dict[str, Any]:
        rule = self.welcome_rules.get(request.query["id"])
        if rule is None or rule["owner"] != self._caller(request):
            raise TwitterError(404, "Welcome message rule not found.", code=34)
        return rule

    @operation("get_welcome_message_rule")
    def get_welcome_message_rule(self, request: SandboxRequest) -> Result:
        return 200, {"welcome_message_rule": _rule_answer(self._welcome_rule(request))}

    @operation("delete_welcome_message_rule")
    def delete_welcome_message_rule(self, request: SandboxRequest) -> Result:
        del self.welcome_rules[self._welcome_rule(request)["id"]]
        return 204, Raw()

    @operation("create_custom_profile")
    def create_custom_profile(self, request: SandboxRequest) -> Result:
        self._caller(request)
        source = request.body["custom_profile"]
        media_id = str(source["avatar"]["media"]["id"])
        upload = self.uploads.get(int(media_id)) if media_id.isdigit() else None
        if upload is None or not upload.usable:
            raise TwitterError(400, f"Your media IDs are invalid: [{media_id}].", code=324)
        if upload.kind != "image":
            raise TwitterError(400, "A custom profile avatar must be an image.", code=324)
        pid = self._id()
        profile = {
            "id": pid,
            "created_timestamp": _ms(self.clock()),
            "name": source["name"],
            "avatar": {"media": {"url": f"https://pbs.twimg.com/media/{upload.key}.jpg"}},
        }
        self.custom_profiles[pid] = profile
        return 200, {"custom_profile": copy.deepcopy(profile)}

    # -- media upload ---------------------------------------------------------------------------------------------

    def _upload(self, media_id: str | None, me: str) -> Upload:
        upload = self.uploads.get(int(media_id)) if media_id and media_id.isdigit() else None
        if upload is None or upload.owner != me:
            raise UploadError(404, f"Media id {media_id} not found.", code=324)
        return upload

    @operation("upload_media")
    def upload_media(self, request: SandboxRequest) -> Result:
        me = self._caller(request)
        fields, chunk = form_fields(request.headers, request.raw_body)
        command = fields.get("command", "")
        if command == "INIT":
            return self._init(fields, me)
        if command == "APPEND":
            if chunk is None and "media_data" in fields:
                try:
                    chunk = base64.b64decode(fields["media_data"], validate=True)
                except (binascii.Error, ValueError):
                    raise UploadError(400, "media_data is not valid base64") from None
            return self._append(fields, chunk, me)
        if command == "FINALIZE":
            return self._finalize(fields, me)
        raise UploadError(400, f"Unknown command {command!r}; use INIT, APPEND or FINALIZE (STATUS is a GET)")

    def _init(self, fields: dict[str, str], me: str) -> Result:
        media_type = fields.get("media_type", "")
        total = fields.get("total_bytes", "")
        if not media_type or "/" not in media_type:
            raise UploadError(400, "media_type is required (e.g. image/png)", code=38)
        if not total.isdigit() or int(total) <= 0:
            raise UploadError(400, "total_bytes must be a positive integer", code=38)
        category = fields.get("media_category") or None
        if category is not None and category.lower() not in CATEGORIES:
            raise UploadError(400, f"media_category {category!r} is not one of {', '.join(sorted(CATEGORIES))}")
        kind = media_kind(media_type, category.lower() if category else None)
        if int(total) > LIMITS[kind]:
            raise UploadError(400, f"File size exceeds {LIMITS[kind]} bytes.", code=324)
        shared = parse_bool(fields["shared"], "shared") if "shared" in fields else False
        upload = Upload(int(self._id()), me, media_type, int(total), category, shared, kind, plan=self.next_plan)
        self.next_plan = ProcessingPlan()
        self.uploads[upload.media_id] = upload
        return 202, upload.answer()

    def _append(self, fields: dict[str, str], chunk: bytes | None, me: str) -> Result:
        upload = self._upload(fields.get("media_id"), me)
        if upload.state != "initialized":
            raise UploadError(400, "The media was already finalized.", code=324)
        index = fields.get("segment_index", "")
        if not index.isdigit() or int(index) >= MAX_SEGMENTS:
            raise UploadError(400, f"segment_index must be an integer from 0 to {MAX_SEGMENTS - 1}", code=38)
        if not chunk:
            raise UploadError(400, "APPEND needs the chunk as the multipart part media (or media_data)", code=38)
        if len(chunk) > MAX_CHUNK:
            raise UploadError(400, f"A chunk may be at most {MAX_CHUNK} bytes.", code=324)
        if upload.received - upload.segments.get(int(index), 0) + len(chunk) > upload.total_bytes:
            raise UploadError(400, "The segments exceed total_bytes.", code=324)
        upload.segments[int(index)] = len(chunk)
        upload.digest.update(chunk)
        return 204, Raw()

    def _finalize(self, fields: dict[str, str], me: str) -> Result:
        upload = self._upload(fields.get("media_id"), me)
        if upload.state == "initialized":
            if upload.received != upload.total_bytes:
                raise UploadError(400, "Segments do not add up to provided total file size.", code=324)
            upload.processed = upload.kind != "image"
            upload.state = "pending" if upload.processed else "succeeded"
        return 201, upload.answer()

    @operation("get_media_upload_status")
    def get_media_upload_status(self, request: SandboxRequest) -> Result:
        upload = self._upload(request.query["media_id"], self._caller(request))
        if upload.state == "initialized":
            raise UploadError(400, "The media has not been finalized.", code=324)
        upload.poll()
        return 200, upload.answer()

    @control("POST", "media_processing")
    def media_processing(self, request: SandboxRequest) -> Result:
        """How the next uploaded GIF or video is processed: ``{"polls": 3, "fail": false, "check_after_secs": 1}``."""
        self.next_plan = ProcessingPlan.parse({} if request.body is None else request.body)
        plan = self.next_plan
        return 200, {"polls": plan.polls, "fail": plan.fail, "check_after_secs": plan.check_after_secs}

    # -- streams --------------------------------------------------------------------------------------------------

    @operation("get_stream_rules")
    def get_stream_rules(self, request: SandboxRequest) -> Result:
        wanted = set(_csv(request.query.get("ids")))
        found = [_rule_view(r) for r in self.stream_rules.values() if not wanted or r["id"] in wanted]
        body: dict[str, Any] = {"meta": {"sent": self._now(), "result_count": len(found)}}
        if found:
            body["data"] = found
        return 200, body

    @operation("update_stream_rules")
    def update_stream_rules(self, request: SandboxRequest) -> Result:
        dry_run = request.query.get("dry_run", "").lower() == "true"  # openapi-core also reads True as a boolean
        if "delete" in request.body:
            ids = request.body["delete"]["ids"]
            deleted = [rid for rid in ids if rid in self.stream_rules]
            if not dry_run:
                for rid in deleted:
                    del self.stream_rules[rid]
            summary = {"deleted": len(deleted), "not_deleted": len(ids) - len(deleted)}
            body: dict[str, Any] = {"meta": {"sent": self._now(), "summary": summary}}
            missing = [rid for rid in ids if rid not in deleted]
            if missing:
                body["errors"] = [
                    {"title": "RuleNotFound", "value": rid, "type": "https://api.twitter.com/2/problems/invalid-rules"}
                    for rid in missing
                ]
            return 200, body
        created, errors = [], []
        values = {r["value"] for r in self.stream_rules.values()}
        for new in request.body["add"]:
            try:
                parsed = rules.parse(new["value"])
            except rules.RuleError as exc:
                errors.append(
                    {"title": "UnprocessableEntity", "value": new["value"], "details": [str(exc)],
                     "type": "https://api.twitter.com/2/problems/invalid-rules"}
                )  # fmt: skip
                continue
            if new["value"] in values:
                duplicate = next(r["id"] for r in self.stream_rules.values() if r["value"] == new["value"])
                errors.append(
                    {"title": "DuplicateRule", "value": new["value"], "id": duplicate,
                     "type": "https://api.twitter.com/2/problems/duplicate-rules"}
                )  # fmt: skip
                continue
            values.add(new["value"])
            rule = {"id": self._id(), "value": new["value"], **({"tag": new["tag"]} if "tag" in new else {})}
            created.append(rule)
            if not dry_run:
                self.stream_rules[rule["id"]] = rule
                self._example_for(parsed)
        invalid = sum(e["title"] == "UnprocessableEntity" for e in errors)
        summary = {
            "created": 0 if dry_run else len(created),
            "not_created": len(request.body["add"]) - (0 if dry_run else len(created)),
            "valid": len(request.body["add"]) - invalid,
            "invalid": invalid,
        }
        body = {"meta": {"sent": self._now(), "summary": summary}}
        if created:
            body["data"] = [_rule_view(rule) for rule in created]
        if errors:
            body["errors"] = errors
        return (201 if created and not dry_run else 200), body

    def _example_for(self, node: rules.Node) -> None:
        """Queue a made-up tweet the new rule matches (when the sandbox can make one up)."""
        made = rules.example(node)
        if made is None:
            return
        author = self._uid_by_name(made.author) if made.author else data.STREAMER
        if author is None:
            return
        words = " ".join(made.words) or "sandbox"
        text = f"{words} (sandbox stream {self.counter + 1 - FIRST_ID})"
        if made.links:
            text += " https://t.co/sbxlink"
        extra: dict[str, Any] = {"lang": made.lang}
        if made.images:
            extra["attachments"] = {"media_keys": [self._new_media("photo", width=640, height=480)["media_key"]]}
        if made.geo:
            extra["geo"] = {"place_id": "5a110d312052166f"}
        self._new_tweet(author, text, **extra)

    def _facts(self, tweet: dict[str, Any]) -> rules.Facts:
        entities = tweet.get("entities", {})
        has = set()
        if tweet.get("attachments", {}).get("media_keys"):
            has.add("media")
            if any(self.media.get(k, {}).get("type") == "photo" for k in tweet["attachments"]["media_keys"]):
                has.add("images")
        for key, flag in (("urls", "links"), ("mentions", "mentions"), ("hashtags", "hashtags")):
            if entities.get(key):
                has.add(flag)
        if tweet.get("geo"):
            has.add("geo")
        kinds = {
            {"retweeted": "retweet", "replied_to": "reply", "quoted": "quote"}[r["type"]]
            for r in tweet.get("referenced_tweets", [])
        }
        reply_to = tweet.get("in_reply_to_user_id")
        return rules.Facts(
            text=tweet["text"],
            author=self.users[tweet["author_id"]]["username"] if tweet["author_id"] in self.users else "",
            lang=tweet.get("lang", "en"),
            hashtags=frozenset(h["tag"].lower() for h in entities.get("hashtags", [])),
            mentions=frozenset(m["username"].lower() for m in entities.get("mentions", [])),
            has=frozenset(has),
            kinds=frozenset(kinds),
            reply_to=self.users[reply_to]["username"] if reply_to in self.users else None,
        )

    def _stream(self, request: SandboxRequest, filtered: bool) -> Result:
        self._tweet_includes(request, [])
        if self.stream_faults.statuses:
            status = self.stream_faults.statuses.pop(0)
            headers = {"x-rate-limit-reset": str(int(self.clock().timestamp()) + 60)} if status == 429 else {}
            detail = "This stream is currently at the maximum allowed connection limit."
            raise TwitterError(status, detail if status == 429 else "Service Unavailable", headers=headers)
        backfill = int(request.query.get("backfill_minutes", 0))
        since = self.clock() - timedelta(minutes=backfill)
        resend = [tid for sent, tid in self.stream_sent if backfill and sent >= since]
        queued, self.stream_queue = self.stream_queue, []
        lines: list[bytes] = [b"\r\n"]
        for tid in dict.fromkeys([*resend, *queued]):
            tweet = self.tweets.get(tid)
            if tweet is None:
                continue
            matching = []
            if filtered:
                facts = self._facts(tweet)
                matching = [
                    {"id": r["id"], **({"tag": r["tag"]} if "tag" in r else {})}
                    for r in self.stream_rules.values()
                    if rules.matches(rules.parse(r["value"]), facts)
                ]
                if not matching:
                    continue
            fields = self._fields(request, "tweet.fields", data.TWEET_FIELDS)
            line: dict[str, Any] = {"data": self._tweet_view(tweet, fields)}
            includes = self._tweet_includes(request, [tweet])
            if includes:
                line["includes"] = includes
            if filtered:
                line["matching_rules"] = matching
            lines.append(_json_line(line))
            lines.append(b"\r\n")
            if tid in queued:
                self.stream_sent.append((self.clock(), tid))
        cut = self.stream_faults.disconnect_after
        if cut is not None:
            self.stream_faults.disconnect_after = None
            payload = [line for line in lines if line != b"\r\n"]
            kept = payload[:cut]
            broken = payload[cut][: max(len(payload[cut]) // 2, 1)] if len(payload) > cut else b""
            return 200, Raw(b"\r\n".join([b"", *kept]) + (b"\r\n" if kept else b"") + broken, "application/x-ndjson")
        return 200, Raw(b"".join(lines), "application/x-ndjson")

    @operation("search_stream")
    def search_stream(self, request: SandboxRequest) -> Result:
        return self._stream(request, filtered=True)

    @operation("sample_stream")
    def sample_stream(self, request: SandboxRequest) -> Result:
        return self._stream(request, filtered=False)

    @control("POST", "stream")
    def stream_control(self, request: SandboxRequest) -> Result:
        """Stream faults and traffic: ``{"fail": [429, 503]}`` (the next connections' answers),
        ``{"disconnect_after": 2}`` (the next connection breaks off inside its third tweet),
        ``{"tweets": ["text", ...]}`` (queue tweets by ``sandbox_stream``)."""
        body = request.body or {}
        if not isinstance(body, dict) or set(body) - {"fail", "disconnect_after", "tweets"}:
            raise ApiError(400, 'Expected {"fail": [429], "disconnect_after": 2, "tweets": ["..."]}')
        fail = body.get("fail", [])
        if not isinstance(fail, list) or any(status not in (429, 503) for status in fail):
            raise ApiError(400, "fail must be a list of 429 and 503")
        cut = body.get("disconnect_after")
        if cut is not None and not (isinstance(cut, int) and not isinstance(cut, bool) and cut >= 0):
            raise ApiError(400, "disconnect_after must be a non-negative integer")
        texts = body.get("tweets", [])
        if not isinstance(texts, list) or not all(isinstance(t, str) and 0 < len(t) <= 280 for t in texts):
            raise ApiError(400, "tweets must be a list of texts of 1 to 280 characters")
        self.stream_faults.statuses += fail
        if cut is not None:
            self.stream_faults.disconnect_after = cut
        ids = [self._new_tweet(data.STREAMER, text)["id"] for text in texts]
        return 200, {"queued": list(self.stream_queue), "created": ids, "pending_failures": self.stream_faults.statuses}

    # -- OAuth ----------------------------------------------------------------------------------------------------

    @operation("request_token")
    def request_token(self, request: SandboxRequest) -> Result:
        header = parse_header(request.headers.get("Authorization", ""))
        callback = header.params.get("oauth_callback") or request.query.get("oauth_callback")
        if not callback:
            raise TwitterError(401, "Callback URL not given (oauth_callback).", code=32)
        token, secret = f"sbxrt{self._id()}", f"sbxrts{self.counter}"
        self.request_tokens[token] = RequestToken(secret, callback, request.query.get("x_auth_access_type"))
        answer = urlencode({"oauth_token": token, "oauth_token_secret": secret, "oauth_callback_confirmed": "true"})
        return 200, Raw(answer.encode(), "text/html; charset=utf-8")

    @operation("authorize")
    def authorize(self, request: SandboxRequest) -> Result:
        """The user (always ``sandbox_me``) approves at once."""
        pending = self.request_tokens.get(request.query["oauth_token"])
        if pending is None:
            raise TwitterError(401, "Invalid or expired request token.", code=89)
        pending.verifier, pending.user_id = f"sbxv{self._id()}", self.me
        if pending.callback == "oob":
            page = f"<html><body><code>{pending.verifier}</code></body></html>"
            return 200, Raw(page.encode(), "text/html; charset=utf-8")
        separator = "&" if "?" in pending.callback else "?"
        query = urlencode({"oauth_token": request.query["oauth_token"], "oauth_verifier": pending.verifier})
        return 302, Raw(), {"Location": pending.callback + separator + query}

    @operation("access_token")
    def access_token(self, request: SandboxRequest) -> Result:
        if isinstance(request.principal, Principal):  # signed (RFC 5849): token and verifier in the header
            header = parse_header(request.headers.get("Authorization", ""))
            token = header.token or ""
            verifier = header.params.get("oauth_verifier") or request.query.get("oauth_verifier")
        else:  # unsigned (PyTweet 1.3.6): both in the query
            token, verifier = request.query.get("oauth_token", ""), request.query.get("oauth_verifier")
        pending = self.request_tokens.get(token)
        if pending is None or pending.verifier is None or verifier != pending.verifier or pending.user_id is None:
            raise TwitterError(401, "Invalid request token or verifier.", code=89)
        del self.request_tokens[token]
        access, secret = f"{pending.user_id}-sbxat{self._id()}", f"sbxats{self.counter}"
        self.access_tokens[access] = AccessToken(secret, pending.user_id)
        answer = urlencode(
            {
                "oauth_token": access,
                "oauth_token_secret": secret,
                "user_id": pending.user_id,
                "screen_name": self.users[pending.user_id]["username"],
            }
        )
        return 200, Raw(answer.encode(), "text/html; charset=utf-8")

    @operation("invalidate_token")
    def invalidate_token(self, request: SandboxRequest) -> Result:
        principal = request.principal
        if not isinstance(principal, Principal) or principal.token not in self.access_tokens:
            raise TwitterError(401, "Invalid or expired token.", code=89)
        del self.access_tokens[principal.token]
        return 200, {"access_token": principal.token}

    # -- other controls -------------------------------------------------------------------------------------------

    @control("POST", "rate_limit")
    def rate_limit(self, request: SandboxRequest) -> Result:
        """``{"times": 2, "operation": "get_user"}``: the next 2 calls (of that operation, or any) answer 429;
        ``{"limit": 3, "operation": "get_user"}``: that operation allows 3 calls per 15-minute window."""
        body = request.body or {}
        if not isinstance(body, dict) or set(body) - {"times", "limit", "operation"}:
            raise ApiError(400, 'Expected {"times": 1} or {"limit": 3, "operation": "get_user"}')
        op = body.get("operation")
        if op is not None and op not in self.operations:
            raise ApiError(400, f"Unknown operation {op!r}")
        times, limit = body.get("times"), body.get("limit")
        for name, value in (("times", times), ("limit", limit)):
            if value is not None and not (isinstance(value, int) and not isinstance(value, bool) and value >= 0):
                raise ApiError(400, f"{name} must be a non-negative integer")
        if times:
            self.forced_429.append((op, times))
        if limit is not None:
            if op is None:
                raise ApiError(400, "limit needs an operation")
            self.limits[op] = limit
        return 200, {"forced": [{"operation": o, "times": t} for o, t in self.forced_429], "limits": self.limits}

    @control("GET", "state")
    def state(self, request: SandboxRequest) -> Result:
        """Counts and relationships, for tests."""
        return 200, {
            "me": self.me,
            "tweets": len(self.tweets),
            "following": self.following,
            "pending": self.pending,
            "blocking": self.blocking,
            "muting": self.muting,
            "hidden": sorted(self.hidden),
            "events": sorted(self.events),
            "read_marks": {f"{a}:{b}": e for (a, b), e in self.read_marks.items()},
            "welcome_messages": sorted(self.welcome_messages),
            "welcome_rules": sorted(self.welcome_rules),
            "custom_profiles": sorted(self.custom_profiles),
            "uploads": {str(k): {"state": u.state, "received": u.received} for k, u in self.uploads.items()},
            "stream_rules": sorted(self.stream_rules),
            "stream_queue": list(self.stream_queue),
            "access_tokens": len(self.access_tokens),
        }


def _json_line(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


def _replies_to(tweet: dict[str, Any], tid: str) -> bool:
    return any(r["type"] == "replied_to" and r["id"] == tid for r in tweet.get("referenced_tweets", []))


def _quotes(tweet: dict[str, Any], tid: str) -> bool:
    return any(r["type"] == "quoted" and r["id"] == tid for r in tweet.get("referenced_tweets", []))


def _rule_view(rule: dict[str, Any]) -> dict[str, Any]:
    return {k: rule[k] for k in ("id", "value", "tag") if k in rule}


def _rule_answer(rule: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": rule["id"],
        "created_timestamp": rule["created_timestamp"],
        "welcome_message_id": rule["welcome_message_id"],
    }


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _v1_time(iso: str) -> str:
    moment = _parse_time(iso)
    assert moment is not None
    return moment.astimezone(UTC).strftime("%a %b %d %H:%M:%S +0000 %Y")


def _inside(place: dict[str, Any], longitude: float, latitude: float) -> bool:
    ring = place["bounding_box"]["coordinates"][0]
    longitudes, latitudes = [float(p[0]) for p in ring], [float(p[1]) for p in ring]
    return min(longitudes) <= longitude <= max(longitudes) and min(latitudes) <= latitude <= max(latitudes)

"""Twitter behaviour: v2 users, tweets, relationships, timelines, spaces and filtered/sample streams; v1.1 direct
messages, welcome messages and rules, custom profiles, geo search, spam reports and replies; the OAuth 1.0a
three-legged flow; and the chunked media upload of ``upload.twitter.com`` (see :mod:`.twitter_media`).

Credentials (:mod:`.twitter_data`): app-context calls need ``Bearer <bearer token>``; user-context calls need an
OAuth 1.0a HMAC-SHA1 header whose signature verifies (:mod:`.twitter_oauth`; query and form parameters signed,
JSON bodies not), whose timestamp is within 5 minutes of the wall clock (not the sandbox clock, which may be
frozen) and whose nonce was never seen; anything else is a 401. A call that needs the other kind of credential
is a 403, as on Twitter (the engine answers 401 first where the spec takes only a bearer token). The user acted
for is the owner of the access token (``sandbox_me``, or whoever finished the three-legged flow).

Every answer carries ``x-rate-limit-limit/remaining/reset`` for its (operation, caller) window of 15 minutes;
``POST /_sandbox/twitter/rate_limit`` lowers a limit or makes the next calls answer 429. Lists page with
``meta.next_token`` → ``pagination_token``. Streams answer at once with what is queued (tweets created since the
last connection, and a made-up tweet for each rule added) between keep-alive lines, then end; see
``POST /_sandbox/twitter/stream``.
"""

from __future__ import annotations

from ..provider import ApiError, Result, SandboxRequest, control
from .twitter_data import credentials
from .twitter_messages import MessagesMixin
from .twitter_streams import StreamsMixin
from .twitter_tokens import TokensMixin
from .twitter_tweets import TweetsMixin
from .twitter_uploads import UploadsMixin
from .twitter_users import UsersMixin


class Twitter(UsersMixin, TweetsMixin, MessagesMixin, UploadsMixin, StreamsMixin, TokensMixin):
    """The Twitter behaviour (see the module docstring)."""

    def environment(self, url: str) -> dict[str, str]:
        accepted = credentials()
        return {
            "SWITCHBOARD_TWITTER_BASE_URL": url,
            "TWITTER_BEARER_TOKEN": accepted["bearer_token"],
            "TWITTER_CONSUMER_KEY": accepted["consumer_key"],
            "TWITTER_CONSUMER_KEY_SECRET": accepted["consumer_secret"],
            "TWITTER_ACCESS_TOKEN": accepted["access_token"],
            "TWITTER_ACCESS_TOKEN_SECRET": accepted["access_token_secret"],
        }

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

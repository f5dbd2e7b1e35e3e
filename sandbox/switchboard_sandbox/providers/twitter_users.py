"""The Twitter sandbox's user handlers: lookups, followers and following, follows, blocks, mutes, timelines,
mentions and spam reports."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..provider import Result, SandboxRequest, operation
from . import twitter_data as data
from .twitter_base import (
    TwitterBase,
    TwitterError,
    csv_list,
    parse_time,
)


class UsersMixin(TwitterBase):
    """User lookups, relationships, timelines and spam reports."""

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
        start = parse_time(request.query.get("start_time"))
        end = parse_time(request.query.get("end_time"))
        since, until = request.query.get("since_id"), request.query.get("until_id")
        exclude = set(csv_list(request.query.get("exclude")))
        chosen = []
        for tweet in sorted(self.tweets.values(), key=lambda t: int(t["id"]), reverse=True):
            created = parse_time(tweet["created_at"])
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

"""The Twitter sandbox's tweet, space and place handlers: tweet lookup and creation (polls, media, places,
quotes, replies), likes, retweets, hidden replies, deletion, v1.1 replies, spaces and geo search."""

from __future__ import annotations

import copy
from typing import Any

from ..provider import Result, SandboxRequest, operation
from . import twitter_data as data
from .twitter_base import (
    TwitterBase,
    TwitterError,
    csv_list,
    v1_time,
)


class TweetsMixin(TwitterBase):
    """Tweets, likes, retweets, hidden replies, spaces and geo search."""

    # -- tweets ---------------------------------------------------------------------------------------------------

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
        if missing and "referenced_tweets.id" in csv_list(request.query.get("expansions")):
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
            "created_at": v1_time(tweet["created_at"]),
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


def _inside(place: dict[str, Any], longitude: float, latitude: float) -> bool:
    ring = place["bounding_box"]["coordinates"][0]
    longitudes, latitudes = [float(p[0]) for p in ring], [float(p[1]) for p in ring]
    return min(longitudes) <= longitude <= max(longitudes) and min(latitudes) <= latitude <= max(latitudes)

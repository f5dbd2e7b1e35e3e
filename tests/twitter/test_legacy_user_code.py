"""Code a team migrating from PyTweet 1.3.6 already has, run unchanged: 1.3.6's import paths, building models by
hand, reading return values and exceptions the way 1.3.6 returned them. Each case checks the request that went
out (method, path, query, body, credential kind) and the type and content of what came back. A
``MockTransport`` answers with Twitter-shaped bodies (the recorded sandbox scenarios are in the other modules)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

import pytweet
from pytweet.errors import Forbidden, HTTPException, PytweetException, Unauthorized
from pytweet.http import HTTPClient
from pytweet.space import Space
from pytweet.tweet import Tweet
from pytweet.user import User

from .conftest import ACCESS_TOKEN, ACCESS_TOKEN_SECRET, BEARER_TOKEN, CONSUMER_KEY, CONSUMER_SECRET, ME

USER = {"id": "2244994945", "name": "Twitter Dev", "username": "TwitterDev", "pinned_tweet_id": "1460323737035677698"}
TWEET = {"id": "1460323737035677698", "text": "Hello", "author_id": "2244994945", "reply_settings": "everyone"}


@dataclass
class Wire:
    """The requests a client sent, and the answers given (by path)."""

    answers: dict[str, tuple[int, Any]]
    sent: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        status, body = self.answers.get(
            request.url.path, (404, {"errors": [{"message": "Sorry, that page does not exist."}]})
        )
        return httpx.Response(status, json=body)

    @property
    def last(self) -> tuple[str, str, dict[str, str], Any, str]:
        request = self.sent[-1]
        body = json.loads(request.content) if request.content else None
        scheme = request.headers.get("authorization", "").split(" ")[0]
        return request.method, request.url.path, dict(request.url.params), body, scheme


def legacy_client(answers: dict[str, tuple[int, Any]]) -> tuple[pytweet.Client, Wire]:
    wire = Wire(answers)
    client = pytweet.Client(
        BEARER_TOKEN,
        consumer_key=CONSUMER_KEY,
        consumer_key_secret=CONSUMER_SECRET,
        access_token=ACCESS_TOKEN,
        access_token_secret=ACCESS_TOKEN_SECRET,
        transport=httpx.MockTransport(wire),
        max_retries=0,
    )
    return client, wire


Case = Callable[[], None]


def case_import_paths() -> None:
    assert (pytweet.User, pytweet.Tweet, pytweet.Space) == (User, Tweet, Space)
    client, _ = legacy_client({})
    assert isinstance(client.http, HTTPClient)


def case_user_built_by_hand_follows() -> None:
    client, wire = legacy_client(
        {f"/2/users/{ME}/following": (200, {"data": {"following": True, "pending_follow": False}})}
    )
    user = User({"data": USER}, http_client=client.http)
    result = user.follow()
    assert wire.last == ("POST", f"/2/users/{ME}/following", {}, {"target_user_id": USER["id"]}, "OAuth")
    assert type(result) is pytweet.RelationFollow
    assert (result.following, result.pending) == (True, False)


def case_user_payload_without_data_key() -> None:
    user = User(USER)
    assert (user.id, user.username, user.name, str(user)) == (2244994945, "@TwitterDev", "Twitter Dev", "Twitter Dev")
    assert user.pinned_tweet_id == 1460323737035677698


def case_fetch_user_accepts_int_and_str() -> None:
    client, wire = legacy_client({f"/2/users/{USER['id']}": (200, {"data": USER})})
    by_int = client.fetch_user(int(USER["id"]))
    by_str = client.fetch_user(USER["id"])
    assert by_int == by_str
    method, path, query, body, scheme = wire.last
    assert (method, path, body, scheme) == ("GET", f"/2/users/{USER['id']}", None, "Bearer")
    assert query["user.fields"].endswith("withheld,pinned_tweet_id")


def case_fetch_user_by_name_strips_the_at() -> None:
    client, wire = legacy_client({"/2/users/by/username/TwitterDev": (200, {"data": USER})})
    user = client.fetch_user_by_name("@TwitterDev")
    assert wire.last[1] == "/2/users/by/username/TwitterDev"
    assert isinstance(user, User)


def case_not_found_user_is_none() -> None:
    problem = "https://api.twitter.com/2/problems/resource-not-found"
    errors = {
        "errors": [{"detail": "Could not find user with id: [999].", "title": "Not Found Error", "type": problem}]
    }
    client, _ = legacy_client({"/2/users/999": (200, errors)})
    assert client.fetch_user(999) is None


def case_tweet_returns_a_message_with_int_id() -> None:
    client, wire = legacy_client({"/2/tweets": (201, {"data": {"id": "1445880548472328192", "text": "t"}})})
    message = client.tweet("t", quote_tweet=123, reply_tweet=456, exclude_reply_users=[1, "2"])
    assert wire.last[0:2] == ("POST", "/2/tweets")
    assert wire.last[3] == {
        "text": "t",
        "quote_tweet_id": "123",
        "reply": {"in_reply_to_tweet_id": "456", "exclude_reply_user_ids": ["1", "2"]},
    }
    assert wire.last[4] == "OAuth"
    assert type(message) is pytweet.Message
    assert (message.id, message.text, message.type) == (1445880548472328192, "t", pytweet.MessageTypeEnum.MESSAGE_TWEET)


def case_poll_and_geo_attachments() -> None:
    client, wire = legacy_client({"/2/tweets": (201, {"data": {"id": "1", "text": "t"}})})
    poll = pytweet.Poll(15)
    poll.add_option(label="A")
    poll.add_option(label="B")
    client.tweet("t", poll=poll, geo=pytweet.Geo({"id": "df51dec6f4ee2b2c"}), super_followers_only=True)
    assert wire.last[3] == {
        "text": "t",
        "poll": {"options": ["A", "B"], "duration_minutes": 15},
        "geo": {"place_id": "df51dec6f4ee2b2c"},
        "for_super_followers_only": True,
    }


def case_reply_setting_as_a_plain_string() -> None:
    client, wire = legacy_client({"/2/tweets": (201, {"data": {"id": "1", "text": "t"}})})
    client.tweet("t", reply_setting="mentionedUsers")
    assert wire.last[3] == {"text": "t", "reply_settings": "mentionedUsers"}


def case_fetch_tweet_uses_user_context_and_reads_includes() -> None:
    answer = {"data": TWEET, "includes": {"users": [USER]}}
    client, wire = legacy_client({f"/2/tweets/{TWEET['id']}": (200, answer)})
    tweet = client.fetch_tweet(TWEET["id"])
    assert wire.last[4] == "OAuth"
    assert list(wire.last[2]) == [
        "tweet.fields",
        "user.fields",
        "expansions",
        "media.fields",
        "place.fields",
        "poll.fields",
    ]
    assert isinstance(tweet, Tweet)
    assert (tweet.id, str(tweet), tweet.author, tweet.reply_setting) == (
        int(TWEET["id"]),
        "Hello",
        User(USER),
        pytweet.ReplySetting.everyone,
    )


def case_tweet_like_returns_relation_like() -> None:
    client, wire = legacy_client({f"/2/users/{ME}/likes": (200, {"data": {"liked": True}})})
    result = Tweet({"data": TWEET}, http_client=client.http).like()
    assert wire.last[0:4] == ("POST", f"/2/users/{ME}/likes", {}, {"tweet_id": TWEET["id"]})
    assert type(result) is pytweet.RelationLike
    assert result.liked is True


def case_tweet_unretweet_returns_relation_retweet() -> None:
    path = f"/2/users/{ME}/retweets/{TWEET['id']}"
    client, wire = legacy_client({path: (200, {"data": {"retweeted": False}})})
    result = Tweet({"data": TWEET}, http_client=client.http).unretweet()
    assert wire.last[0:4] == ("DELETE", path, {}, None)
    assert result.retweeted is False


def case_reply_goes_to_v1_statuses_update() -> None:
    user = {"id": 1, "id_str": "1", "name": "Me", "screen_name": "me"}
    status = {"id": 1, "id_str": "1", "text": "x", "created_at": "Wed Oct 10 20:19:24 +0000 2018", "user": user}
    client, wire = legacy_client({"/1.1/statuses/update.json": (200, status)})
    tweet = Tweet({"data": TWEET, "includes": {"users": [USER]}}, http_client=client.http)
    assert tweet.reply("hi there") is None  # type: ignore[func-returns-value]
    assert wire.last[0:2] == ("POST", "/1.1/statuses/update.json")
    assert wire.last[2] == {"status": "@TwitterDev hi there", "in_reply_to_status_id": TWEET["id"]}


def case_block_and_mute_return_none() -> None:
    client, wire = legacy_client(
        {
            f"/2/users/{ME}/blocking": (200, {"data": {"blocking": True}}),
            f"/2/users/{ME}/muting": (200, {"data": {"muting": True}}),
        }
    )
    user = User(USER, http_client=client.http)
    assert user.block() is None  # type: ignore[func-returns-value]
    assert wire.last[3] == {"target_user_id": USER["id"]}
    assert user.mute() is None  # type: ignore[func-returns-value]
    assert wire.last[1] == f"/2/users/{ME}/muting"


def case_fetch_followers_returns_a_list_of_users() -> None:
    page = {"data": [USER], "meta": {"result_count": 1, "next_token": "T"}}
    client, wire = legacy_client({f"/2/users/{USER['id']}/followers": (200, page)})
    followers = User(USER, http_client=client.http).fetch_followers()
    assert type(followers) is list
    assert followers == [User(USER)]
    assert len(wire.sent) == 1  # the first page only, as in 1.3.6
    assert "pagination_token" not in wire.last[2]


def case_timelines_default_to_ten_results() -> None:
    client, wire = legacy_client(
        {f"/2/users/{USER['id']}/tweets": (200, {"data": [TWEET], "meta": {"result_count": 1}})}
    )
    tweets = User(USER, http_client=client.http).fetch_timelines()
    assert wire.last[2]["max_results"] == "10"
    assert [type(t) for t in tweets] == [Tweet]


def case_pinned_tweet_is_fetched_with_user_context() -> None:
    client, wire = legacy_client({f"/2/tweets/{USER['pinned_tweet_id']}": (200, {"data": TWEET})})
    pinned = User(USER, http_client=client.http).fetch_pinned_tweet()
    assert wire.last[4] == "OAuth"
    assert isinstance(pinned, Tweet)


def case_space_by_title_takes_the_enum() -> None:
    found = {"data": [{"id": "1DXxyRYNejbKM", "state": "live", "title": "hello"}], "meta": {"result_count": 1}}
    client, wire = legacy_client({"/2/spaces/search": (200, found)})
    space = client.fetch_space_by_title("hello world", pytweet.SpaceState.live)
    assert list(wire.last[2].items())[:2] == [("query", "hello world"), ("state", "live")]
    assert isinstance(space, Space)
    assert (space.id, space.state) == ("1DXxyRYNejbKM", pytweet.SpaceState.live)


def case_search_geo_returns_a_list() -> None:
    place = {
        "id": "5a110d312052166f",
        "name": "San Francisco",
        "full_name": "San Francisco, CA",
        "place_type": "city",
        "country": "United States",
        "country_code": "US",
    }
    places = {"result": {"places": [place]}}
    client, wire = legacy_client({"/1.1/geo/search.json": (200, places)})
    found = client.search_geo("San Francisco", max_results=1)
    assert wire.last[2] == {"query": "San Francisco", "granularity": "neighborhood", "max_results": "1"}
    assert wire.last[4] == "OAuth"
    assert [g.id for g in found] == ["5a110d312052166f"]


def case_errors_are_caught_by_their_1_3_6_classes() -> None:
    client, _ = legacy_client({f"/2/users/{USER['id']}": (401, {"title": "Unauthorized", "detail": "Unauthorized"})})
    with pytest.raises(Unauthorized) as caught:
        client.fetch_user(USER["id"])
    assert caught.value.message == "Request returned an Exception (status code: 401): Unauthorized"
    assert isinstance(caught.value, HTTPException)


def case_forbidden_message_as_1_3_6_words_it() -> None:
    client, _ = legacy_client({"/2/tweets": (403, {"detail": "Forbidden", "title": "Forbidden"})})
    with pytest.raises(Forbidden, match=r"\(status code: 403\): Forbidden"):
        client.tweet("x")


def case_base_exception_catches_everything() -> None:
    client, _ = legacy_client({})
    with pytest.raises(PytweetException):  # a 404
        client.fetch_user(USER["id"])
    with pytest.raises(PytweetException):  # bad input
        client.fetch_user("nope")


def case_missing_credentials_message() -> None:
    app = pytweet.Client(BEARER_TOKEN, consumer_key="", transport=httpx.MockTransport(Wire({})))
    with pytest.raises(PytweetException, match="is a required credentials that is missing!"):
        app.tweet("x")


def case_account_id_comes_from_the_access_token() -> None:
    client, wire = legacy_client({f"/2/users/{ME}": (200, {"data": {**USER, "id": ME}})})
    assert client.account.id == int(ME)  # type: ignore[union-attr]
    assert wire.last[1:5:3] == (f"/2/users/{ME}", "Bearer")


def case_oauth_session_constructor_and_setters() -> None:
    session = pytweet.OauthSession(CONSUMER_KEY, CONSUMER_SECRET, callback="https://example.org/cb")
    session.set_access_token("1-a", "b")
    assert (session.access_token, session.access_token_secret, session.callback) == (
        "1-a",
        "b",
        "https://example.org/cb",
    )


def case_hide_and_unhide_put_the_hidden_flag() -> None:
    path = f"/2/tweets/{TWEET['id']}/hidden"
    client, wire = legacy_client({path: (200, {"data": {"hidden": True}})})
    tweet = Tweet({"data": TWEET}, http_client=client.http)
    assert isinstance(tweet.hide(), pytweet.RelationHide)
    assert wire.last[0:4] == ("PUT", path, {}, {"hidden": True})
    tweet.unhide()
    assert wire.last[3] == {"hidden": False}


def case_transport_failures_are_requests_exceptions() -> None:
    import requests  # 1.3.6 let requests' own exceptions through (reference §7): code catches those

    def refused(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    client = pytweet.Client(BEARER_TOKEN, transport=httpx.MockTransport(refused), max_retries=0)
    with pytest.raises(requests.exceptions.ConnectionError) as caught:
        client.fetch_user(USER["id"])
    assert isinstance(caught.value, requests.exceptions.RequestException)
    error: BaseException = caught.value
    assert isinstance(error, pytweet.errors.NetworkError)
    assert isinstance(error, PytweetException)
    assert error.status_code is None


def case_exceptions_raised_by_hand_in_their_documented_forms() -> None:
    with pytest.raises(PytweetException) as raised:
        raise PytweetException("boom")
    assert str(raised.value) == "boom"
    api = pytweet.APIException(message="Not Found!")
    assert (str(api), api.res) == ("API returned an Exception: Not Found!", None)
    for kind in (HTTPException, Unauthorized, Forbidden, pytweet.NotFound, pytweet.TooManyRequests):
        error = kind(None, "raised by hand")
        assert (str(error), error.res, error.status_code) == ("raised by hand", None, None)
        assert isinstance(error, HTTPException)
    assert pytweet.TooManyRequests().reset_at is None
    assert str(HTTPException(message="no answer")) == "no answer"


def case_media_and_embeds_built_by_hand() -> None:
    media = pytweet.Media({"media_key": "3_1", "type": "photo", "url": "https://pbs.twimg.com/m.jpg", "width": 640})
    assert (media.type, media.url, media.width, media.media_key) == (
        pytweet.MediaType.photo,
        "https://pbs.twimg.com/m.jpg",
        640,
        "3_1",
    )
    embed = pytweet.Embed(
        {
            "url": "https://t.co/x",
            "expanded_url": "https://example.org/a",
            "display_url": "example.org/a",
            "images": [{"url": "https://pbs.twimg.com/i.jpg", "width": 100, "height": 50}],
        }
    )
    assert (embed.url, embed.expanded_url, embed.display_url) == (
        "https://t.co/x",
        "https://example.org/a",
        "example.org/a",
    )
    (image,) = embed.images
    assert type(image) is pytweet.EmbedsImages
    assert (image.url, image.width, image.height) == ("https://pbs.twimg.com/i.jpg", 100, 50)


def case_a_gif_tweets_media_is_readable() -> None:
    gif = {"media_key": "16_1", "type": "animated_gif", "preview_image_url": "https://pbs.twimg.com/g.jpg"}
    tweet = Tweet({"data": {**TWEET, "attachments": {"media_keys": ["16_1"]}}, "includes": {"media": [gif]}})
    (media,) = (
        tweet.media or []
    )  # 1.3.6: ValueError, "animated_gif" was not one of its MediaType values (reference §8.1)
    assert media.type is pytweet.MediaType.animated_gif
    assert media.preview_image_url == "https://pbs.twimg.com/g.jpg"


CASES: dict[str, Case] = {name[5:]: value for name, value in dict(globals()).items() if name.startswith("case_")}


def test_there_are_at_least_25_cases() -> None:
    assert len(CASES) >= 25


@pytest.mark.parametrize("name", sorted(CASES))
def test_legacy_user_code(name: str) -> None:
    CASES[name]()

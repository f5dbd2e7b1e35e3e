"""What happens before anything is sent (bad input, missing credentials), how answers are read (partial errors,
answers that break the schema), the opt-in rate-limit wait, and what never shows a secret. No cassettes: a
``MockTransport`` answers, or fails the test if anything is sent."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, cast

import httpx
import pytest
import yaml

import pytweet
from switchboard_core import DEFAULT_TIMEOUT, InvalidRequestError, ResponseParseError

from .conftest import ACCESS_TOKEN, ACCESS_TOKEN_SECRET, ALL_SECRETS, BEARER_TOKEN, CONSUMER_KEY, CONSUMER_SECRET

USER = {"data": {"id": "1000000002", "name": "Friend", "username": "friend"}}
SPAM_REPORTED = {"id": 1000000002, "id_str": "1000000002", "name": "Friend", "screen_name": "friend"}
NOT_FOUND = {"detail": "Could not find tweet with id: [1].", "title": "Not Found Error", "type": "about:blank"}


def client(handler: Callable[[httpx.Request], httpx.Response], **options: Any) -> pytweet.Client:
    settings: dict[str, Any] = {
        "consumer_key": CONSUMER_KEY,
        "consumer_key_secret": CONSUMER_SECRET,
        "access_token": ACCESS_TOKEN,
        "access_token_secret": ACCESS_TOKEN_SECRET,
        "transport": httpx.MockTransport(handler),
        "max_retries": 0,
    }
    settings.update(options)
    bearer = settings.pop("bearer_token", BEARER_TOKEN)
    return pytweet.Client(bearer, **settings)


def nothing_sent(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"nothing may be sent, but {request.method} {request.url} was")


@pytest.fixture
def offline() -> Iterator[pytweet.Client]:
    with client(nothing_sent) as c:
        yield c


def a_user(c: pytweet.Client) -> pytweet.User:
    return pytweet.User(USER, http_client=c.http)


@pytest.mark.parametrize(
    ("action", "error", "message"),
    [
        (lambda c: c.tweet("x", poll=pytweet.Poll(15).add_option(label="A")), pytweet.InvalidRequest, "2 to 4 items"),
        (lambda c: c.tweet("x" * 281), pytweet.InvalidRequest, "at most 280 characters"),
        (lambda c: c.tweet("x", reply_setting="friends"), pytweet.InvalidRequest, "must be one of"),
        (lambda c: c.tweet("x", geo=123), TypeError, "geo must be a pytweet.Geo"),
        (lambda c: c.tweet("x", poll=["A", "B"]), TypeError, "poll must be a pytweet.Poll"),
        (lambda c: c.tweet("x", file=object()), TypeError, "file must be a pytweet.File"),
        (lambda c: c.fetch_user("abc"), ValueError, "user_id must be an int, or a string of digits!"),
        (lambda c: c.fetch_tweet(None), ValueError, "tweet_id must be an int"),
        (lambda c: c.fetch_user_by_name(42), TypeError, "username must be a string"),
        (lambda c: c.fetch_space_by_title("x", "live"), pytweet.UnKnownSpaceState, "Unknown state"),
        (lambda c: c.search_geo("x", granularity="street"), pytweet.InvalidRequest, "granularity"),
        (lambda c: c.get_message("abc"), ValueError, "Event id must be an integer"),
        (lambda c: a_user(c).report(block=cast(Any, "yes")), pytweet.InvalidRequest, "block must be True or False"),
        (
            lambda c: a_user(c).fetch_timelines(start_time=cast(Any, "2021")),
            ValueError,
            "start_time must be a datetime",
        ),
        (lambda c: a_user(c).fetch_followers(limit=0), pytweet.InvalidRequest, "limit must be a positive integer"),
        (lambda c: c.event("not a function"), TypeError, "event handlers must be functions"),
    ],
)
def test_bad_input_is_refused_before_sending(
    offline: pytweet.Client, action: Callable[[pytweet.Client], object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message) as caught:
        action(offline)
    assert isinstance(caught.value, pytweet.PytweetException)
    assert isinstance(caught.value, InvalidRequestError) or "not supported" in message


def test_wrong_credential_types_are_refused() -> None:
    with pytest.raises(TypeError, match=r"Wrong authorization passed for credential: consumer_key\."):
        pytweet.Client(BEARER_TOKEN, consumer_key=123)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="wait_on_rate_limit"):
        pytweet.Client(BEARER_TOKEN, wait_on_rate_limit="yes")  # type: ignore[arg-type]


def test_missing_credentials_are_named_before_sending(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("BEARER_TOKEN", "CONSUMER_KEY", "CONSUMER_KEY_SECRET", "ACCESS_TOKEN", "ACCESS_TOKEN_SECRET"):
        monkeypatch.delenv(f"TWITTER_{name}", raising=False)
    app_only = client(nothing_sent, consumer_key=None, consumer_key_secret=None)
    with pytest.raises(pytweet.InvalidRequest, match="consumer_key is a required credentials that is missing!"):
        app_only.tweet("x")
    with pytest.raises(pytweet.InvalidRequest, match="consumer_key is a required credentials that is missing!"):
        a_user(app_only).follow()
    no_bearer = client(nothing_sent, bearer_token=None)
    with pytest.raises(pytweet.InvalidRequest, match="bearer_token is a required credentials that is missing!"):
        no_bearer.fetch_user(1)
    anonymous = client(nothing_sent, access_token=None)
    assert anonymous.account is None  # 1.3.6: no access token, no request


def test_credentials_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWITTER_BEARER_TOKEN", "from-the-environment")
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        return httpx.Response(200, json=USER)

    client(answer, bearer_token=None).fetch_user(1000000002)
    assert seen == ["Bearer from-the-environment"]


def test_which_credential_each_call_uses() -> None:
    seen: list[tuple[str, str]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.path, request.headers["authorization"].split()[0]))
        if request.url.path.endswith("report_spam.json"):
            return httpx.Response(200, json=SPAM_REPORTED)
        return httpx.Response(200, json={"data": {"id": "1", "text": "t"}} if "tweets" in request.url.path else USER)

    c = client(answer)
    user = c.fetch_user(1000000002)
    assert user is not None
    user.report()
    c.fetch_tweet(1)
    assert seen == [
        ("/2/users/1000000002", "Bearer"),
        ("/1.1/users/report_spam.json", "OAuth"),  # user context (1.3.6 sent the bearer token; reference §2.1)
        ("/2/tweets/1", "OAuth"),
    ]


def test_bodiless_requests_carry_no_body_and_booleans_are_lower_case() -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=SPAM_REPORTED)

    c = client(answer)
    a_user(c).report(block=False)
    request = sent[0]
    assert request.content == b""  # 1.3.6 sent a JSON {} on every bodiless request (reference §10.1)
    assert "content-type" not in request.headers
    assert request.url.params["perform_block"] == "false"  # 1.3.6 sent "False" (reference §10.11)


def test_geo_queries_are_encoded_once() -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"result": {"places": []}})

    assert client(answer).search_geo("San Francisco") == []
    assert sent[0].url.params["query"] == "San Francisco"  # 1.3.6 sent San%2520Francisco (reference §10.7)
    assert b"San+Francisco" in sent[0].url.query or b"San%20Francisco" in sent[0].url.query


def test_could_not_find_next_to_data_keeps_the_data() -> None:
    """Reference §10.9: 1.3.6 returned None for any answer whose first error said "Could not find"."""

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/2/tweets/2":
            return httpx.Response(200, json={"data": {"id": "2", "text": "kept"}, "errors": [NOT_FOUND]})
        return httpx.Response(200, json={"errors": [NOT_FOUND]})

    c = client(answer)
    kept = c.fetch_tweet(2)
    assert kept is not None
    assert kept.text == "kept"
    assert c.fetch_tweet(1) is None


def test_an_answer_that_breaks_the_schema_is_a_parse_error() -> None:
    c = client(lambda request: httpx.Response(200, json={"data": "not a user"}))
    with pytest.raises(pytweet.ParseError) as caught:
        c.fetch_user(1)
    assert isinstance(caught.value, ResponseParseError)
    assert isinstance(caught.value, pytweet.PytweetException)


def test_answers_1_3_6_crashed_on_are_read_or_raised_typed() -> None:
    """Reference §7: a 200 with an empty ``errors`` list (1.3.6: ``IndexError``), a 400 without ``errors``
    (``TypeError``) and a non-JSON error body such as the OAuth endpoints' HTML (a JSON decode error; here
    1.3.6's words for a 401 without a detail, the body kept in ``text``)."""
    answers = {
        "/2/users/1": httpx.Response(200, json={**USER, "errors": []}),
        "/2/users/2": httpx.Response(400, json={"title": "Invalid Request", "detail": "One or more parameters"}),
        "/2/users/3": httpx.Response(401, text="<html><body>Unauthorized</body></html>"),
    }
    c = client(lambda request: answers[request.url.path])
    user = c.fetch_user(1)
    assert user is not None
    assert user.name == "Friend"
    with pytest.raises(pytweet.BadRequests, match=r"\(status code: 400\): One or more parameters"):
        c.fetch_user(2)
    with pytest.raises(pytweet.Unauthorized) as caught:
        c.fetch_user(3)
    assert str(caught.value) == "Request returned an Exception (status code: 401): Unauthorized to do that action!"
    assert caught.value.json() is None
    assert caught.value.text == "<html><body>Unauthorized</body></html>"


def test_wait_on_rate_limit_waits_for_the_reset_and_tries_again() -> None:
    answers: list[int] = []
    reset = int(time.time()) + 600

    def answer(request: httpx.Request) -> httpx.Response:
        if len(answers) % 2 == 0:
            answers.append(429)
            return httpx.Response(429, json={"title": "Too Many Requests"}, headers={"x-rate-limit-reset": str(reset)})
        answers.append(200)
        if request.method == "POST":
            return httpx.Response(201, json={"data": {"id": "1460000000000009999", "text": "sent again"}})
        return httpx.Response(200, json=USER)

    sleeps: list[float] = []
    waiting = client(answer, wait_on_rate_limit=True)
    retrying: Any = waiting._invoker.http  # the retrying client (typed as the plain httpx.Client it is)
    retrying._sleep = sleeps.append  # its sleep: no real sleeping
    assert waiting.fetch_user(1000000002) is not None
    assert waiting.tweet("sent again").id == 1460000000000009999  # a POST too, as tweepy
    assert answers == [429, 200, 429, 200]
    assert len(sleeps) == 2
    assert all(590 <= delay <= 600 for delay in sleeps)  # until x-rate-limit-reset (10 minutes away)
    answers.clear()
    with pytest.raises(pytweet.TooManyRequests) as caught:
        client(answer).fetch_user(1000000002)
    assert isinstance(caught.value.reset_at, datetime)
    assert answers == [429]


def test_the_user_agent_is_1_3_6s_with_the_library_that_sends() -> None:
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["user-agent"])
        return httpx.Response(200, json=USER)

    client(answer).fetch_user(1000000002)
    python = ".".join(str(part) for part in sys.version_info[:3])
    assert seen == [
        f"Py-Tweet (https://github.com/TheFarGG/PyTweet/) Python/{python} httpx/{httpx.__version__} "
        f"switchboard-twitter/{pytweet.__version__}"
    ]


def test_a_v2_404_without_errors_is_not_found() -> None:
    body = {"title": "Not Found Error", "detail": "Could not find the page", "type": "about:blank", "status": 404}

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json=body)

    with pytest.raises(pytweet.NotFound) as caught:  # 1.3.6 crashed with TypeError building its exception
        client(answer).fetch_user(1000000002)
    assert caught.value.status_code == 404
    assert isinstance(caught.value, pytweet.HTTPException)
    assert str(caught.value) == "Request returned an Exception (status code: 404): Could not find the page"


def test_defaults_and_no_secret_in_reprs() -> None:
    c = client(nothing_sent)
    assert c._settings.timeout == DEFAULT_TIMEOUT
    assert client(nothing_sent, max_retries=2)._settings.retry.max_retries == 2
    shown = repr(c) + repr(c.http) + repr(pytweet.OauthSession(CONSUMER_KEY, CONSUMER_SECRET))
    for secret in ALL_SECRETS:
        assert secret not in shown


def test_models_compare_and_show_as_documented() -> None:
    c = client(nothing_sent)
    user = a_user(c)
    assert user == pytweet.User({"id": "1000000002"}) != pytweet.User({"id": "3"})
    assert (str(user), user.username, user.private, user.link) == ("Friend", "@friend", False, "")
    tweet = pytweet.Tweet(
        {"data": {"id": "5", "text": "hello", "author_id": "1000000002"}, "includes": {"users": [USER["data"]]}}
    )
    assert (str(tweet), tweet.author, tweet.reply_setting) == ("hello", user, pytweet.ReplySetting.everyone)
    poll = pytweet.Poll(30).add_option(label="yes").add_option(label="no")
    assert len(poll) == 2
    assert poll.wire() == {"options": ["yes", "no"], "duration_minutes": 30}
    assert pytweet.Poll(5, id="1") == pytweet.Poll(10, id="1") != pytweet.Poll(5, id="2")
    assert pytweet.RelationFollow({"data": {"following": False, "pending_follow": True}}).pending is True
    assert pytweet.Space({"data": {"id": "s", "state": "live", "invited_user_ids": ["1"]}}).invited_users == [1]
    assert c.get_tweet(5) is None
    assert c.get_message(5) is None


def test_events_register_under_their_name_without_on() -> None:
    c = client(nothing_sent)

    def on_stream(tweet: object, connection: object) -> None:
        return None

    assert c.event(on_stream) is None  # type: ignore[func-returns-value]
    assert c.http.events == {"stream": on_stream}

    async def on_stream_connect(connection: object) -> None:
        return None

    with pytest.raises(TypeError, match="synchronous"):
        c.event(on_stream_connect)


REFERENCE_CREDENTIALS = {
    "bearerAuth": [
        "get_user",
        "get_user_by_username",
        "get_followers",
        "get_following",
        "get_user_tweets",
        "get_user_mentions",
        "get_retweeters",
        "get_liking_users",
        "search_spaces",
        "get_space",
        "get_stream_rules",
        "update_stream_rules",
        "search_stream",
        "sample_stream",
    ],
    "oauth1User": [
        "follow_user",
        "unfollow_user",
        "block_user",
        "unblock_user",
        "mute_user",
        "unmute_user",
        "like_tweet",
        "unlike_tweet",
        "retweet",
        "unretweet",
        "create_tweet",
        "get_tweet",
        "delete_tweet",
        "hide_reply",
        "update_status",
        "create_dm_event",
        "get_dm_event",
        "delete_dm_event",
        "indicate_typing",
        "mark_read",
        "create_welcome_message",
        "get_welcome_message",
        "update_welcome_message",
        "delete_welcome_message",
        "create_welcome_message_rule",
        "get_welcome_message_rule",
        "delete_welcome_message_rule",
        "create_custom_profile",
        "search_geo",
        "upload_media",
        "get_media_upload_status",
        "request_token",
        "invalidate_token",
    ],
}
"""Reference §2.1's credential table, by operation (``authorize`` is the user's browser: no credential)."""
CORRECTED = {"report_spam": "oauth1User", "access_token": "oauth1User"}
"""Where 1.3.6 sent the bearer token and Twitter needs OAuth 1.0a (reference §2.1 note, §2.3; README deviations)."""


def test_every_operation_is_sent_with_the_reference_credential() -> None:
    spec = yaml.safe_load((Path(__file__).resolve().parents[2] / "specs" / "twitter.yaml").read_text())
    used: dict[str, str | None] = {}
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                listed = [name for scheme in operation.get("security", []) for name in scheme]
                used[operation["operationId"]] = operation.get("x-legacy-security") or next(iter(listed), None)
    expected = {op: scheme for scheme, ops in REFERENCE_CREDENTIALS.items() for op in ops}
    assert used == {**expected, **CORRECTED, "authorize": None}

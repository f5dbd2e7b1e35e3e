"""The call forms the PyTweet 1.3.6 documentation shows, written the way a migrating user's code calls them
(positional and keyword forms as documented, return values read as documented), against the sandbox (replayed).
Scenarios are the project's own; the wire proof is the cassette."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

import pytweet

from .conftest import (
    ACCESS_TOKEN,
    ACCESS_TOKEN_SECRET,
    BEARER_TOKEN,
    CONSUMER_KEY,
    CONSUMER_SECRET,
    DEV,
    FRIEND,
    PINNED,
    PLACE,
    REPLY,
    Sandbox,
    base_url,
)

pytestmark = [pytest.mark.vcr, pytest.mark.sandbox_only]


@pytest.fixture
def client(sandbox: Sandbox) -> pytweet.Client:
    return pytweet.Client(
        BEARER_TOKEN,
        consumer_key=CONSUMER_KEY,
        consumer_key_secret=CONSUMER_SECRET,
        access_token=ACCESS_TOKEN,
        access_token_secret=ACCESS_TOKEN_SECRET,
        stream=None,
        base_url=base_url(),
        max_retries=0,
    )


def test_the_client_and_its_lookups(client: pytweet.Client) -> None:
    assert isinstance(client.http, pytweet.HTTPClient)
    me = client.account
    assert isinstance(me, pytweet.User)
    user = client.fetch_user(user_id=int(FRIEND))
    assert isinstance(user, pytweet.User)
    assert client.fetch_user_by_name(username="sandbox_dev").id == int(DEV)  # type: ignore[union-attr]
    tweet = client.fetch_tweet(tweet_id=PINNED)
    assert isinstance(tweet, pytweet.Tweet)
    assert tweet.author == me
    space = client.fetch_space(space_id="1SbxLiveSpace")
    assert space.state == pytweet.SpaceState.live
    scheduled = client.fetch_space_by_title(title="sandbox", state=pytweet.SpaceState.scheduled)
    assert scheduled is not None
    places = client.search_geo("San Francisco", granularity="neighborhood", max_results=5)
    assert all(isinstance(place, pytweet.Geo) for place in places)
    assert places[0].country_code == "US"


def test_posting_a_tweet_with_the_documented_options(client: pytweet.Client) -> None:
    poll = pytweet.Poll(duration=60)
    poll.add_option(label="Cats")
    poll.add_option(label="Dogs")
    message = client.tweet(
        "Which one?",
        poll=poll,
        geo=PLACE,
        reply_setting=pytweet.ReplySetting.following,
        super_followers_only=False,
    )
    assert isinstance(message, pytweet.Message)
    assert message.text == "Which one?"
    reply = client.tweet("Agreed", reply_tweet=PINNED, exclude_reply_users=[DEV])
    assert isinstance(reply.id, int)


def test_user_methods_as_documented(client: pytweet.Client) -> None:
    user = client.fetch_user(FRIEND)
    assert user is not None
    assert isinstance(user.unfollow(), pytweet.RelationFollow)
    follow = user.follow()
    assert follow.following is True
    user.block()
    user.unblock()
    user.mute()
    user.unmute()
    user.trigger_typing()
    user.report(block=False)
    followers = user.fetch_followers()
    following = user.fetch_following()
    assert isinstance(followers, list)
    assert isinstance(following, list)
    me = client.account
    assert me is not None
    assert me.fetch_pinned_tweet() == client.fetch_tweet(PINNED)
    start, end = datetime(2015, 1, 1), datetime(2035, 1, 1)  # fixed: the cassette matches the query
    timeline = me.fetch_timelines(max_results=10, start_time=start, end_time=end, exclude="replies")
    assert all(isinstance(tweet, pytweet.Tweet) for tweet in timeline)
    mentions = me.fetch_timelines(mentioned=True)
    assert [tweet.id for tweet in mentions][-1] == int(REPLY)


def test_tweet_methods_as_documented(client: pytweet.Client) -> None:
    tweet = client.fetch_tweet(PINNED)
    assert tweet is not None
    assert isinstance(tweet.like(), pytweet.RelationLike)
    assert isinstance(tweet.unlike(), pytweet.RelationLike)
    assert isinstance(tweet.retweet(), pytweet.RelationRetweet)
    assert isinstance(tweet.unretweet(), pytweet.RelationRetweet)
    assert all(isinstance(u, pytweet.User) for u in tweet.fetch_retweeters())
    assert all(isinstance(u, pytweet.User) for u in tweet.fetch_liking_users())
    reply = client.fetch_tweet(REPLY)
    assert reply is not None
    assert reply.hide().hidden is True
    assert reply.unhide().hidden is False
    assert reply.fetch_replied_user() == client.account
    tweet.reply("thanks!")
    mine = client.tweet("to be deleted")
    assert client.fetch_tweet(mine.id).delete() is None  # type: ignore[union-attr]


def test_exceptions_are_caught_as_documented(client: pytweet.Client) -> None:
    with pytest.raises(pytweet.APIException, match="Could not find"):
        client.fetch_space("zz")
    bad = pytweet.Client("wrong-token", base_url=base_url(), max_retries=0)
    with pytest.raises(pytweet.HTTPException) as caught:
        bad.fetch_user(FRIEND)
    assert isinstance(caught.value, pytweet.Unauthorized)
    assert caught.value.status_code == 401


def test_the_remaining_documented_options(client: pytweet.Client) -> None:
    near = client.search_geo(
        "San Francisco", lat=37.76, long=-122.42, ip="74.125.19.104", granularity="city", max_results="3"
    )
    assert [place.id for place in near] == [PLACE]
    by_ip = client.search_geo(None, ip="74.125.19.104", granularity="country")
    assert by_ip
    assert all(place.country_code == "US" for place in by_ip)
    me = client.account
    assert me is not None
    client.tweet("a third tweet of mine")
    newest_first = [tweet.id for tweet in me.fetch_timelines(100)]
    assert len(newest_first) >= 3
    newest, oldest = newest_first[0], newest_first[-1]
    window = me.fetch_timelines(100, since_id=oldest, until_id=str(newest))  # both ends left out
    assert [tweet.id for tweet in window] == newest_first[1:-1]


def test_part_two_calls_with_their_documented_keywords(client: pytweet.Client, tmp_path: Path) -> None:
    avatar, photo = tmp_path / "avatar.png", tmp_path / "photo.png"
    for path in (avatar, photo):
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    friend = client.fetch_user(user_id=FRIEND)
    assert friend is not None
    profile = client.create_custom_profile(name="Support", file=pytweet.File(str(avatar)))
    assert isinstance(profile, pytweet.CustomProfile)
    quick = pytweet.QuickReply(type="options").add_option(label="Yes", description="Agree", metadata="yes")
    cta = pytweet.CTA().add_button(label="Docs", url="https://developer.twitter.com", type=pytweet.ButtonType.web_url)
    message = friend.send(
        "Hello World!", file=pytweet.File(str(photo), dm_only=True), custom_profile=profile, quick_reply=quick, cta=cta
    )
    assert isinstance(message, pytweet.DirectMessage)
    assert client.get_message(event_id=message.id) is message
    fetched = client.fetch_message(event_id=message.id)
    assert (fetched.text, fetched.custom_profile_id) == ("Hello World!", profile.id)
    assert message.mark_read() is None  # type: ignore[func-returns-value]
    assert message.delete() is None  # type: ignore[func-returns-value]

    welcome = client.create_welcome_message(
        name="greeting", text="Welcome!", file=pytweet.File(str(photo)), quick_reply=quick, cta=cta
    )
    rule = welcome.set_rule()
    assert client.fetch_welcome_message(welcome_message_id=welcome.id).text == "Welcome!"
    assert client.fetch_welcome_message_rules(welcome_message_rules_id=rule.id).welcome_message_id == welcome.id
    updated = welcome.update(text="Welcome back!", file=None, quick_reply=quick, cta=None)
    assert (updated.id, updated.text) == (welcome.id, "Welcome back!")
    assert rule.delete() is None  # type: ignore[func-returns-value]
    assert welcome.delete() is None  # type: ignore[func-returns-value]


def test_a_stream_driven_by_its_documented_methods(sandbox: Sandbox) -> None:
    stream = pytweet.Stream(backfill_minutes=0, reconnect_attempts=15)
    stream.add_rule(value="from:sandbox_stream", tag="ours")
    client = pytweet.Client(
        BEARER_TOKEN,
        consumer_key=CONSUMER_KEY,
        consumer_key_secret=CONSUMER_SECRET,
        access_token=ACCESS_TOKEN,
        access_token_secret=ACCESS_TOKEN_SECRET,
        stream=stream,
        base_url=base_url(),
        max_retries=0,
    )
    seen: list[str | None] = []

    @client.event
    def on_stream(tweet: pytweet.Tweet, connection: pytweet.StreamConnection) -> None:
        seen.append(tweet.text)
        connection.close()

    with client:
        stream.clear()
        assert stream.fetch_rules() == []
        stream.set_rules(dry_run=True)  # validated first, then added
        assert [(r.value, r.tag) for r in stream.fetch_rules() or []] == [("from:sandbox_stream", "ours")]
        stream.connect(dry_run=False)  # replaces the rules again, then streams until on_stream closes it
        assert len(seen) == 1
        assert stream.connection.is_close()
        stream.clear()

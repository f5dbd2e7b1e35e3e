"""Every part 1 operation through the pytweet facade, sync and async, against the sandbox (replayed): users,
relationships, lists and pages, tweets and their actions, spaces, geo. The cassettes are the wire proof: a
request that differs from the recorded one (path, query, body) does not replay."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

import pytweet

from .conftest import (
    DEV,
    FRIEND,
    ME,
    PINNED,
    PLACE,
    POLL_TWEET,
    PRIVATE,
    REPLY,
    STREAMER,
    AnyClient,
    Sandbox,
    call,
    collect,
)

pytestmark = [pytest.mark.vcr, pytest.mark.sandbox_only]


async def test_account_and_user_lookups(client: AnyClient) -> None:
    me = await call(client.account)
    assert isinstance(me, pytweet.User)
    assert (me.id, me.username, me.name, str(me)) == (int(ME), "@sandbox_me", "Sandbox Me", "Sandbox Me")
    assert me.created_at == datetime(2015, 3, 1, 10, 0, tzinfo=UTC)
    assert me.following_count == 2
    assert me.pinned_tweet_id == int(PINNED)
    assert await call(client.account) is me  # fetched once
    friend = await call(client.fetch_user(FRIEND))
    assert friend == await call(client.fetch_user(int(FRIEND)))
    assert friend != me
    dev = await call(client.fetch_user_by_name("@sandbox_dev"))
    assert (dev.id, dev.username) == (int(DEV), "@sandbox_dev")
    assert await call(client.fetch_user(999)) is None
    assert await call(client.fetch_user_by_name("nobody_here")) is None


async def test_relationships(client: AnyClient, sandbox: Sandbox) -> None:
    private = await call(client.fetch_user(PRIVATE))
    pending = await call(private.follow())
    assert isinstance(pending, pytweet.RelationFollow)
    assert (pending.following, pending.pending) == (False, True)
    friend = await call(client.fetch_user(FRIEND))
    assert (await call(friend.unfollow())).following is False
    assert (await call(friend.follow())).following is True
    dev = await call(client.fetch_user(DEV))
    assert await call(dev.block()) is None
    assert await call(friend.mute()) is None
    state = sandbox.state()
    assert state["blocking"][ME] == [DEV]
    assert FRIEND in state["muting"][ME]
    assert await call(dev.unblock()) is None
    assert await call(friend.unmute()) is None
    assert await call(friend.trigger_typing()) is None
    assert await call(friend.report(block=False)) is None
    assert FRIEND not in sandbox.state()["blocking"][ME]
    assert await call(friend.report()) is None
    assert FRIEND in sandbox.state()["blocking"][ME]


async def test_lists_return_the_first_page_or_up_to_a_limit(client: AnyClient) -> None:
    me = await call(client.account)
    followers = await call(me.fetch_followers())
    assert [u.id for u in followers] == [int(FRIEND), int(DEV), int(STREAMER)]
    assert [u.id for u in await call(me.fetch_followers(limit=2))] == [int(FRIEND), int(DEV)]
    assert [u.id for u in await call(me.fetch_following())] == [int(FRIEND), int(DEV)]
    private = await call(client.fetch_user(PRIVATE))
    assert await call(private.fetch_followers()) == []  # 1.3.6 crashed on an empty list
    pinned = await call(client.fetch_tweet(PINNED))
    assert [u.id for u in await call(pinned.fetch_liking_users())] == [int(FRIEND), int(DEV)]
    assert [u.id for u in await call(pinned.fetch_retweeters())] == [int(DEV)]


async def test_pages_are_walked_lazily(client: AnyClient) -> None:
    me = await call(client.account)
    pager = me.iter_followers(page_size=1)
    assert [u.id for u in await collect(pager)] == [int(FRIEND), int(DEV), int(STREAMER)]
    assert pager.cursor is None
    limited = me.iter_following(page_size=1, limit=1)
    assert [u.id for u in await collect(limited)] == [int(FRIEND)]
    pinned = await call(client.fetch_tweet(PINNED))
    assert [u.id for u in await collect(pinned.iter_liking_users(page_size=1))] == [int(FRIEND), int(DEV)]
    assert [u.id for u in await collect(pinned.iter_retweeters())] == [int(DEV)]


async def test_timelines_and_mentions(client: AnyClient) -> None:
    for n in range(6):  # 8 tweets of sandbox_me in all: two pages of 5
        await call(client.tweet(f"timeline {n}"))
    me = await call(client.account)
    page = await call(me.fetch_timelines(5))
    assert len(page) == 5
    assert [t.id for t in page] == sorted((t.id for t in page), reverse=True)
    assert all(t.author == me for t in page)  # includes kept (1.3.6 dropped them)
    walked = await call(me.fetch_timelines(5, limit=7))
    assert len(walked) == 7
    since = await call(me.fetch_timelines(5, since_id=PINNED))
    assert int(PINNED) not in [t.id for t in since]
    dev = await call(client.fetch_user(DEV))
    originals = await call(dev.fetch_timelines(5, exclude="retweets,replies"))
    assert originals
    assert all(not str(t).startswith("RT @") for t in originals)
    mentions = await call(me.fetch_timelines(5, mentioned=True))
    assert [t.id for t in mentions] == [1460000000000001008, int(REPLY)]
    assert [t.author.id for t in mentions if t.author] == [int(DEV), int(FRIEND)]
    bounded = await call(me.fetch_timelines(5, start_time=datetime(2021, 11, 1), end_time=datetime(2031, 1, 1)))
    assert len(bounded) == 5  # naive datetimes go out as UTC (1.3.6 sent no zone, which Twitter refuses)


async def test_a_tweet_with_every_option(client: AnyClient) -> None:
    poll = pytweet.Poll(15).add_option(label="A").add_option(label="B")
    message = await call(
        client.tweet(
            "t",
            poll=poll,
            geo=pytweet.Geo({"id": PLACE}),
            reply_setting=pytweet.ReplySetting.mention_users,
            reply_tweet=PINNED,
            exclude_reply_users=[1, "2"],
            super_followers_only=True,
        )
    )
    assert isinstance(message, pytweet.Message)
    assert (message.text, message.type) == ("t", pytweet.MessageTypeEnum.MESSAGE_TWEET)
    tweet = await call(client.fetch_tweet(message.id))
    assert tweet.reply_setting is pytweet.ReplySetting.mention_users
    assert tweet.raw_reply_setting == "mentionedUsers"
    assert len(tweet.poll) == 2
    assert [o.label for o in tweet.poll.options] == ["A", "B"]
    assert tweet.poll.voting_status is True
    assert tweet.author.id == int(ME)
    assert client.get_tweet(message.id) == tweet  # the client's own tweets are cached
    quoted = await call(client.tweet("quoting", quote_tweet=int(POLL_TWEET), geo=PLACE, reply_setting="following"))
    assert (await call(client.fetch_tweet(quoted.id))).reply_setting is pytweet.ReplySetting.following
    deep = await call(
        client.tweet("dm me", direct_message_deep_link="https://twitter.com/messages/compose?recipient_id=1")
    )
    assert deep.text == "dm me"


async def test_tweet_properties_and_expansions(client: AnyClient) -> None:
    pinned = await call(client.fetch_tweet(PINNED))
    assert str(pinned) == pinned.text
    assert pinned.author.username == "@sandbox_me"
    assert pinned.created_at is not None
    assert pinned.like_count == pinned.public_metrics.like_count
    assert [e.url for e in pinned.embeds] == ["https://t.co/sbx1"]
    photo = await call(client.fetch_tweet(1460000000000001006))
    assert photo.media[0].type is pytweet.MediaType.photo
    me = await call(client.account)
    assert await call(me.fetch_pinned_tweet()) == pinned
    dev = await call(client.fetch_user(DEV))
    assert dev.pinned_tweet_id is None
    assert await call(dev.fetch_pinned_tweet()) is None  # nothing sent
    assert await call(client.fetch_tweet(1)) is None


async def test_tweet_actions(client: AnyClient, sandbox: Sandbox) -> None:
    target = await call(client.fetch_tweet(POLL_TWEET))
    assert (await call(target.like())).liked is True
    assert (await call(target.retweet())).retweeted is True
    assert (await call(target.unlike())).liked is False
    assert (await call(target.unretweet())).retweeted is False
    reply = await call(client.fetch_tweet(REPLY))
    hidden = await call(reply.hide())
    assert isinstance(hidden, pytweet.RelationHide)
    assert hidden.hidden is True  # 1.3.6's hide() sent hidden=false
    assert int(REPLY) in [int(i) for i in sandbox.state()["hidden"]]
    assert (await call(reply.unhide())).hidden is False
    replied_to = await call(reply.fetch_replied_user())
    assert replied_to.id == int(ME)  # 1.3.6 crashed before sending
    assert await call(target.fetch_replied_user()) is None
    assert await call(target.reply("hi there")) is None
    mine = await call(client.tweet("short-lived"))
    own = await call(client.fetch_tweet(mine.id))
    assert client.get_tweet(mine.id) == own
    assert await call(own.delete()) is None
    assert client.get_tweet(mine.id) is None
    assert await call(client.fetch_tweet(mine.id)) is None


async def test_spaces_and_geo(client: AnyClient) -> None:
    space = await call(client.fetch_space("1SbxLiveSpace"))
    assert isinstance(space, pytweet.Space)
    assert (space.id, space.title, space.state) == ("1SbxLiveSpace", "Sandbox live space", pytweet.SpaceState.live)
    assert space.host_ids == [int(ME)]
    assert space.is_ticketed() is False
    planned = await call(client.fetch_space_by_title("sandbox", pytweet.SpaceState.scheduled))
    assert planned.id == "1SbxPlannedSp"
    assert await call(client.fetch_space_by_title("nothing")) is None  # 1.3.6 crashed on zero hits
    places = await call(client.search_geo("San Francisco"))
    assert [p.fullname for p in places] == ["San Francisco, CA", "Mission District, San Francisco"]
    assert places[0] == pytweet.Geo({"id": PLACE})
    assert places[0].country_code == "US"
    near = await call(client.search_geo(None, lat=37.76, long=-122.42, max_results=3))
    assert [p.name for p in near] == ["San Francisco", "Mission District", "United States"]

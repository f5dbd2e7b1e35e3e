"""Async user code, type-checked by ``mypy --strict`` in ``make test`` (``assert_type`` is checked statically and
is a no-op at run time) and run against the sandbox (replayed): on an ``AsyncClient`` the client's methods, the
models' methods (``AsyncUser``, ``AsyncTweet``), the pagers and the three-legged flow are typed as awaitables or
async iterators, so awaiting them type-checks and forgetting ``await`` does not."""

from __future__ import annotations

from collections.abc import Awaitable
from pathlib import Path
from typing import assert_type

import pytest

import pytweet

from .conftest import FRIEND, ME, POLL_TWEET, REPLY, Sandbox, make_async_client, make_client
from .test_direct_messages import PNG

pytestmark = [pytest.mark.vcr, pytest.mark.sandbox_only]


async def test_async_client_and_models_are_typed_as_awaitables(sandbox: Sandbox) -> None:
    async with make_async_client() as client:
        pending = client.account
        assert_type(pending, Awaitable[pytweet.AsyncUser | None])
        me = await pending
        assert_type(me, pytweet.AsyncUser | None)
        assert isinstance(me, pytweet.AsyncUser)
        assert isinstance(me, pytweet.User)
        friend = await client.fetch_user(FRIEND)
        assert_type(friend, pytweet.AsyncUser | None)
        assert friend is not None
        assert_type(await friend.follow(), pytweet.RelationFollow)
        assert_type(await friend.mute(), None)
        assert_type(await friend.unmute(), None)
        followers = await me.fetch_followers()
        assert_type(followers, list[pytweet.AsyncUser])
        assert all(isinstance(user, pytweet.AsyncUser) for user in followers)
        following = [user async for user in me.iter_following(page_size=1, limit=2)]
        assert_type(following, list[pytweet.AsyncUser])
        assert len(following) == 2
        timeline = await me.fetch_timelines(5)
        assert_type(timeline, list[pytweet.AsyncTweet])
        assert all(isinstance(tweet, pytweet.AsyncTweet) for tweet in timeline)
        assert_type(await me.fetch_pinned_tweet(), pytweet.AsyncTweet | None)

        target = await client.fetch_tweet(POLL_TWEET)
        assert_type(target, pytweet.AsyncTweet | None)
        assert target is not None
        assert_type(await target.like(), pytweet.RelationLike)
        assert_type(await target.unlike(), pytweet.RelationLike)
        author = target.author
        assert_type(author, pytweet.AsyncUser | None)
        assert isinstance(author, pytweet.AsyncUser)
        likers = [user async for user in target.iter_liking_users()]
        assert_type(likers, list[pytweet.AsyncUser])
        reply = await client.fetch_tweet(REPLY)
        assert reply is not None
        replied_to = await reply.fetch_replied_user()
        assert_type(replied_to, pytweet.AsyncUser | None)
        assert replied_to is not None
        assert replied_to.id == int(ME)
        assert_type(await reply.hide(), pytweet.RelationHide)
        assert_type(await reply.unhide(), pytweet.RelationHide)

        message = await client.tweet("typed and awaited", reply_setting=pytweet.ReplySetting.following)
        assert_type(message, pytweet.Message)
        own = await client.fetch_tweet(message.id)
        assert own is not None
        assert_type(client.get_tweet(message.id), pytweet.AsyncTweet | None)
        assert_type(await own.delete(), None)
        assert_type(await client.fetch_space("1SbxLiveSpace"), pytweet.Space)
        assert_type(await client.search_geo("San Francisco"), list[pytweet.Geo])

        session = pytweet.OauthSession.with_oauth_flow(client, callback="https://example.org/callback")
        assert_type(session, pytweet.AsyncOauthSession)
        url = await session.generate_oauth_url("read")
        assert_type(url, str)
        assert "/oauth/authorize?oauth_token=" in url


def test_a_sync_client_keeps_its_plain_types(sandbox: Sandbox) -> None:
    with make_client() as client:
        assert_type(client.account, pytweet.User | None)
        friend = client.fetch_user(FRIEND)
        assert_type(friend, pytweet.User | None)
        assert friend is not None
        assert not isinstance(friend, pytweet.AsyncUser)
        assert_type(friend.follow(), pytweet.RelationFollow)
        assert_type(friend.fetch_followers(), list[pytweet.User])
        target = client.fetch_tweet(POLL_TWEET)
        assert_type(target, pytweet.Tweet | None)
        assert target is not None
        assert not isinstance(target, pytweet.AsyncTweet)
        assert_type(target.like(), pytweet.RelationLike)
        session = pytweet.OauthSession.with_oauth_flow(client)
        assert_type(session, pytweet.OauthSession)
        assert type(session) is pytweet.OauthSession


async def test_part_two_is_typed_as_awaitables_too(sandbox: Sandbox, tmp_path: Path) -> None:
    """Direct messages, welcome messages, custom profiles, uploads and streams on an ``AsyncClient``."""
    picture = tmp_path / "avatar.png"
    picture.write_bytes(PNG)
    stream = pytweet.AsyncStream(reconnect_attempts=1)
    async with make_async_client(stream=stream) as client:
        friend = await client.fetch_user(FRIEND)
        assert friend is not None
        sent = await friend.send("typed #async", quick_reply=pytweet.QuickReply().add_option(label="Yes"))
        assert_type(sent, pytweet.AsyncDirectMessage)
        assert isinstance(sent, pytweet.AsyncDirectMessage)
        assert_type(client.get_message(sent.id), pytweet.AsyncDirectMessage | None)
        fetched = await client.fetch_message(sent.id)
        assert_type(fetched, pytweet.AsyncDirectMessage)
        assert fetched == sent
        assert_type(await sent.mark_read(), None)
        assert sandbox.state()["read_marks"] == {f"{ME}:{FRIEND}": str(sent.id)}
        assert_type(await sent.delete(), None)
        assert client.get_message(sent.id) is None

        welcome = await client.create_welcome_message("typed", "Welcome!")
        assert_type(welcome, pytweet.AsyncWelcomeMessage)
        rule = await welcome.set_rule()
        assert_type(rule, pytweet.AsyncWelcomeMessageRule)
        assert_type(await client.fetch_welcome_message_rules(rule.id), pytweet.AsyncWelcomeMessageRule)
        updated = await welcome.update("Welcome back!", file=pytweet.File(picture))
        assert_type(updated, pytweet.AsyncWelcomeMessage)
        assert (await client.fetch_welcome_message(welcome.id)).text == "Welcome back!"
        assert_type(await rule.delete(), None)
        assert_type(await welcome.delete(), None)

        profile = await client.create_custom_profile("Typed team", pytweet.File(picture))
        assert_type(profile, pytweet.CustomProfile)
        assert profile.name == "Typed team"
        posted = await client.tweet("with a picture", file=pytweet.File(picture))
        assert_type(posted, pytweet.Message)
        assert isinstance(posted.id, int)

        assert_type(stream.add_rule("from:sandbox_stream"), pytweet.AsyncStream | None)
        assert_type(await stream.fetch_rules(), list[pytweet.StreamRule] | None)
        assert_type(await stream.set_rules(), None)
        sandbox.control("stream", {"tweets": ["first", "second"]})
        texts: list[str | None] = []
        async for tweet in stream:
            texts.append(tweet.text)
            if len(texts) == 3:
                stream.connection.close()
        assert texts[1:] == ["first", "second"]  # after the tweet the sandbox makes up for the new rule
        assert_type(await stream.clear(), None)
        assert await stream.fetch_rules() == []

        async def on_stream_connect(connection: pytweet.StreamConnection) -> None:
            connection.close()

        client.event(on_stream_connect)
        assert_type(await client.stream(dry_run=True), None)  # connects, then the handler closes it

"""Part 1 on the client's own account, sync and async, recordable against the real API as well as the sandbox
(``make record-live PROVIDER=twitter``): nothing here needs the sandbox's data or controls. The account, user
lookups, a tweet it posts and every action on it (deleted at the end), its lists and timelines, geo, and the
errors a wrong credential gets. Assertions check the shapes and the relations a real account has too."""

from __future__ import annotations

import pytest

import pytweet

from .conftest import OTHER_USER, AnyClient, account_id, call, collect, is_model, make_async_client, make_client

pytestmark = pytest.mark.vcr


async def test_the_account_and_user_lookups(client: AnyClient) -> None:
    me = await call(client.account)
    assert isinstance(me, pytweet.User)
    assert me.id == int(account_id())
    assert me.username.startswith("@")
    assert await call(client.fetch_user(me.id)) == me
    assert await call(client.fetch_user_by_name(me.username)) == me  # the leading @ is dropped
    other = await call(client.fetch_user(OTHER_USER))
    assert isinstance(other, pytweet.User)
    assert other.id == int(OTHER_USER)
    assert other != me
    assert other.followers_count >= 0


async def test_a_tweet_and_every_action_on_it(client: AnyClient) -> None:
    kind = "async" if client.http.is_async else "sync"
    text = f"Switchboard pytweet check ({kind}): posted, liked, retweeted, then deleted."
    message = await call(client.tweet(text, reply_setting=pytweet.ReplySetting.following))
    assert isinstance(message, pytweet.Message)
    assert message.text == text
    tweet = await call(client.fetch_tweet(message.id))
    assert is_model(tweet, "Tweet", client)
    assert (tweet.id, tweet.text, tweet.author_id) == (message.id, text, int(account_id()))
    assert tweet.reply_setting is pytweet.ReplySetting.following
    assert client.get_tweet(message.id) == tweet  # the account's own tweets are cached
    assert (await call(tweet.like())).liked is True
    assert (await call(tweet.retweet())).retweeted is True
    assert (await call(tweet.unretweet())).retweeted is False
    assert (await call(tweet.unlike())).liked is False
    assert await call(tweet.fetch_replied_user()) is None  # not a reply: nothing sent
    await call(tweet.delete())
    assert client.get_tweet(message.id) is None
    assert await call(client.fetch_tweet(message.id)) is None  # "Could not find", as 1.3.6 returned it


async def test_lists_and_timelines(client: AnyClient) -> None:
    me = await call(client.account)
    followers = await call(me.fetch_followers())
    following = await call(me.fetch_following())
    assert all(isinstance(user, pytweet.User) for user in followers + following)
    assert len(await call(me.fetch_following(limit=1))) <= 1
    assert len(await collect(me.iter_following(page_size=1, limit=2))) <= 2
    timeline = await call(me.fetch_timelines(5))
    assert len(timeline) <= 5
    assert all(isinstance(tweet, pytweet.Tweet) and tweet.author_id == me.id for tweet in timeline)
    mentions = await call(me.fetch_timelines(5, mentioned=True))
    assert all(isinstance(tweet, pytweet.Tweet) for tweet in mentions)


async def test_geo_and_spaces(client: AnyClient) -> None:
    places = await call(client.search_geo("San Francisco"))
    assert places
    assert all(isinstance(place, pytweet.Geo) for place in places)
    assert any("San Francisco" in str(place.fullname) for place in places)
    nothing = await call(client.fetch_space_by_title("zq9 no space is called this zq9"))
    assert nothing is None


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_wrong_credentials_are_unauthorized(kind: str, fresh: None) -> None:
    factory = make_client if kind == "sync" else make_async_client
    wrong_bearer = factory(bearer_token="not-the-bearer-token")
    with pytest.raises(pytweet.Unauthorized) as caught:
        await call(wrong_bearer.fetch_user(OTHER_USER))
    assert caught.value.status_code == 401
    assert "not-the-bearer-token" not in str(caught.value) + repr(caught.value)
    wrong_secret = factory(access_token_secret="not-the-secret")
    other = await call(wrong_secret.fetch_user(OTHER_USER))  # app context still works
    with pytest.raises(pytweet.Unauthorized) as refused:
        await call(other.follow())
    assert refused.value.status_code == 401

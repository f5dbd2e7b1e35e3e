"""Twitter quickstart (pytweet surface): the account, a user lookup, a tweet with a poll, a like, the first page
of followers and every follower page by page, an error caught as documented, and the async client.

Credentials come from TWITTER_BEARER_TOKEN, TWITTER_CONSUMER_KEY, TWITTER_CONSUMER_KEY_SECRET,
TWITTER_ACCESS_TOKEN and TWITTER_ACCESS_TOKEN_SECRET; SWITCHBOARD_TWITTER_BASE_URL points the client at another
host (``make`` runs this against the local sandbox). Any failure raises, so the exit status is non-zero.
"""

import asyncio
import uuid

import pytweet


def main() -> None:
    with pytweet.Client(None) as client:  # every credential from the environment
        me = client.account
        assert me is not None, "no access token configured"
        print(f"signed in as {me.username} ({me.followers_count} followers)")

        user = client.fetch_user_by_name("@sandbox_dev")
        assert user is not None
        print(f"found {user.username}, {user.tweet_count} tweets")

        poll = pytweet.Poll(60).add_option(label="Yes").add_option(label="No")
        message = client.tweet(f"Switchboard quickstart {uuid.uuid4().hex[:8]}", poll=poll)
        tweet = client.fetch_tweet(message.id)
        assert tweet is not None
        assert tweet.poll is not None
        print(f"tweeted {message.id}: {len(tweet.poll)} poll options, author {tweet.author}")
        print(f"liked: {tweet.like().liked}")

        print(f"first page of followers: {[str(u) for u in me.fetch_followers()]}")
        print(f"all followers, 1 per page: {[u.username for u in me.iter_followers(page_size=1)]}")

        try:
            client.tweet(message.text)  # the same text twice
        except pytweet.Forbidden as error:
            print(f"refused as expected: {error.status_code} {error}")
        else:
            raise SystemExit("a duplicate tweet was accepted")

    asyncio.run(async_main())


async def async_main() -> None:
    async with pytweet.AsyncClient(None) as client:
        me = await client.account  # on AsyncClient every request is awaited (typed so: pytweet.AsyncUser)
        assert me is not None, "no access token configured"
        friends = await me.fetch_following()
        print(f"async: {me.username} follows {[u.username for u in friends]}")


if __name__ == "__main__":
    main()

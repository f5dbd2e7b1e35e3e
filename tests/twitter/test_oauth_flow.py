"""The three-legged OAuth 1.0a flow, sync and async, against the sandbox (replayed): the request token signed
with the consumer credentials and the callback (an app with no access token yet), the access token signed with
the request token and the verifier, the new token used and then invalidated. The flows need the sandbox (its
authorize page approves at once, and its app takes any callback); the checks made before sending run anywhere,
``make record-live`` included."""

from __future__ import annotations

import httpx
import pytest

import pytweet
from switchboard_core.auth import OAuth1Auth

from .conftest import CONSUMER_KEY, CONSUMER_SECRET, ME, Sandbox, base_url, call, make_async_client, make_client

pytestmark = [pytest.mark.vcr]
sandbox_only = pytest.mark.sandbox_only

CALLBACK = "https://example.org/cb"


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest, sandbox: Sandbox) -> str:
    return str(request.param)


def client_for(mode: str, **overrides: object) -> pytweet.Client:
    return make_client(**overrides) if mode == "sync" else make_async_client(**overrides)  # type: ignore[return-value]


def authorize(url: str) -> str:
    """What the user's browser does: open the authorize URL and follow the redirect to the callback."""
    with httpx.Client() as browser:
        location = browser.get(url).headers["location"]
    assert location.startswith(f"{CALLBACK}?")
    return str(httpx.URL(location).params["oauth_verifier"])


@sandbox_only
async def test_the_three_legged_flow_for_an_app_without_an_access_token(mode: str) -> None:
    app = client_for(mode, access_token=None, access_token_secret=None)
    session = pytweet.OauthSession.with_oauth_flow(app, callback=CALLBACK)
    url = await call(session.generate_oauth_url("direct_messages"))
    assert url.startswith(f"{base_url()}/oauth/authorize?oauth_token=")
    request_token = httpx.URL(url).params["oauth_token"]
    tokens: pytweet.OauthTokens = await call(session.post_oauth_token(request_token, authorize(url)))
    assert type(tokens) is pytweet.OauthTokens
    assert isinstance(tokens, tuple)  # 1.3.6's form
    assert [part.split("=")[0] for part in tokens] == ["oauth_token", "oauth_token_secret", "user_id", "screen_name"]
    assert (tokens.user_id, tokens.screen_name) == (ME, "sandbox_me")
    assert tokens.oauth_token.startswith(f"{ME}-")
    assert (session.access_token, session.access_token_secret) == (tokens.oauth_token, tokens.oauth_token_secret)
    user = client_for(mode, access_token=tokens.oauth_token, access_token_secret=tokens.oauth_token_secret)
    pinned = await call(user.fetch_tweet(1460000000000001001))  # user context with the new token
    assert pinned.author.id == int(ME)
    assert await call(pytweet.OauthSession.invalidate_access_token(user)) is None
    with pytest.raises(pytweet.Unauthorized):
        await call(user.fetch_tweet(1460000000000001001))
    with pytest.raises(pytweet.Unauthorized):  # a request token is exchanged once
        await call(session.post_oauth_token(request_token, "sbxv-wrong"))


@sandbox_only
async def test_the_client_s_own_credentials_are_not_needed_for_the_request_token(mode: str) -> None:
    app = client_for(mode, access_token=None, access_token_secret=None, bearer_token=None)
    session = pytweet.OauthSession.with_oauth_flow(app)  # the default callback, as in 1.3.6
    url = await call(session.generate_oauth_url())
    assert "oauth_token=" in url


def test_bad_access_types_and_unbound_sessions_are_refused_before_sending() -> None:
    session = pytweet.OauthSession(CONSUMER_KEY, CONSUMER_SECRET)
    with pytest.raises(pytweet.PytweetException, match="with_oauth_flow"):
        session.generate_oauth_url()
    bound = pytweet.OauthSession.with_oauth_flow(make_client())
    with pytest.raises(pytweet.InvalidRequest, match="auth_access_type"):
        bound.generate_oauth_url("admin")
    keyless = pytweet.OauthSession.with_oauth_flow(make_client(consumer_key=None))
    with pytest.raises(pytweet.InvalidRequest, match="consumer_key is a required credentials"):
        keyless.generate_oauth_url()


def test_oauth1_follows_set_consumer_key_and_set_access_token() -> None:
    session = pytweet.OauthSession("old-key", "old-secret")
    session.set_consumer_key(CONSUMER_KEY, CONSUMER_SECRET)  # 1.3.6 kept signing with the old secret
    session.set_access_token("1-token", "token-secret")
    assert session.consumer_key_secret == CONSUMER_SECRET
    assert isinstance(session.oauth1, OAuth1Auth)
    assert CONSUMER_SECRET not in repr(session) + repr(session.oauth1)

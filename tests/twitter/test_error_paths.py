"""Every operation of ``specs/twitter.yaml`` answered with an error, through the pytweet facade, sync and async,
against the sandbox (replayed from cassettes): each scenario below makes the one facade call that sends that
operation and checks the typed exception and the request it came from.

Most scenarios use a client whose bearer token and consumer secret are wrong, as a user with a mistyped credential
would: app-context calls are refused for the bearer token, user-context calls for their OAuth 1.0a signature,
both 401 ``Unauthorized``. Models are built by hand on that client, as 1.3.6 code may (``User(data,
http_client=client.http)``). Two operations are only reached after an upload with good credentials (the STATUS
poll, and the custom profile that takes the uploaded avatar); there the sandbox answers the operation itself 429
once (its rate-limit control), which raises ``TooManyRequests`` with the reset time. The success paths of every
operation are in the other scenario modules; ``test_cassette_coverage.py`` checks both are recorded.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

import pytest
import yaml

import pytweet
from pytweet import upload

from .conftest import FRIEND, ME, PINNED, AnyClient, Sandbox, call, make_async_client, make_client

pytestmark = [pytest.mark.vcr, pytest.mark.sandbox_only]

SPEC = Path(__file__).resolve().parents[2] / "specs" / "twitter.yaml"
USER = {"id": FRIEND, "name": "Sandbox Friend", "username": "sandbox_friend"}
TWEET = {
    "data": {"id": PINNED, "text": "pinned", "author_id": ME},
    "includes": {"users": [{"id": ME, "name": "Sandbox Me", "username": "sandbox_me"}]},
}
EVENT = {
    "event": {
        "id": "1700000000000000001",
        "type": "message_create",
        "created_timestamp": "1767225600000",
        "message_create": {"target": {"recipient_id": FRIEND}, "sender_id": ME, "message_data": {"text": "hi"}},
    }
}
WRONG = {"bearer_token": "not-the-bearer-token", "consumer_key_secret": "not-the-consumer-secret"}


def _routes() -> dict[str, tuple[str, re.Pattern[str]]]:
    """operationId -> (method, path pattern), from the spec."""
    spec = yaml.safe_load(SPEC.read_text())
    found: dict[str, tuple[str, re.Pattern[str]]] = {}
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                pattern = re.compile("^" + re.sub(r"\{\w+\}", "[^/]+", path) + "$")
                found[operation["operationId"]] = (method.upper(), pattern)
    return found


ROUTES = _routes()


class Setup:
    """What a scenario works with: the kind of client, a client with wrong credentials (``wrong``), one with good
    ones (``good``), a stream attached to ``wrong``, the sandbox and a folder for files."""

    def __init__(self, kind: str, stack: AsyncExitStack, sandbox: Sandbox, folder: Path) -> None:
        self.kind = kind
        self.stack = stack
        self.sandbox = sandbox
        self.folder = folder

    async def client(self, **overrides: Any) -> AnyClient:
        if self.kind == "sync":
            return self.stack.enter_context(make_client(**overrides))
        return await self.stack.enter_async_context(make_async_client(**overrides))

    async def wrong(self, **overrides: Any) -> AnyClient:
        return await self.client(**WRONG, **overrides)

    async def wrong_stream(self, *, sample: bool = False) -> Any:
        kind = pytweet.Stream if self.kind == "sync" else pytweet.AsyncStream
        stream = kind.sample_stream(reconnect_attempts=0) if sample else kind(reconnect_attempts=0)
        await self.wrong(stream=stream)
        return stream

    def file(self, name: str) -> pytweet.File:
        path = self.folder / name
        path.write_bytes(bytes(n % 251 for n in range(3000)))
        return pytweet.File(path)

    async def user(self) -> pytweet.User:
        return pytweet.User({"data": USER}, http_client=(await self.wrong()).http)

    async def tweet(self) -> pytweet.Tweet:
        return pytweet.Tweet(TWEET, http_client=(await self.wrong()).http)

    async def welcome(self) -> pytweet.WelcomeMessage:
        http = (await self.wrong()).http
        return pytweet.WelcomeMessage(
            "w", text="hi", id="1700000000000000002", timestamp="1767225600000", http_client=http
        )


Scenario = Callable[[Setup], Awaitable[Any]]
"""The facade call that sends one operation; what it returns is awaited if it is awaitable."""


async def _status_poll(s: Setup) -> Any:
    s.sandbox.control("media_processing", {"polls": 2, "check_after_secs": 1})
    s.sandbox.rate_limit(times=1, operation="get_media_upload_status")
    return (await s.client()).tweet("a clip", file=s.file("clip.mp4"))


async def _custom_profile(s: Setup) -> Any:
    s.sandbox.rate_limit(times=1, operation="create_custom_profile")
    return (await s.client()).create_custom_profile("Support", s.file("avatar.png"))


async def _welcome_rule(s: Setup) -> Any:
    http = (await s.wrong()).http
    rule = pytweet.WelcomeMessageRule("1700000000000000003", "1700000000000000002", "1767225600000", http_client=http)
    return rule.delete()


async def _message(s: Setup) -> pytweet.DirectMessage:
    return pytweet.DirectMessage(EVENT, http_client=(await s.wrong()).http)


async def _wrong_session(s: Setup) -> pytweet.OauthSession:
    return pytweet.OauthSession.with_oauth_flow(await s.wrong(), callback="https://example.org/callback")


SCENARIOS: dict[str, Scenario] = {
    "access_token": lambda s: _then(_wrong_session(s), lambda o: o.post_oauth_token("unknown", "verifier")),
    "request_token": lambda s: _then(_wrong_session(s), lambda o: o.generate_oauth_url("write")),
    "invalidate_token": lambda s: _then(s.wrong(), pytweet.OauthSession.invalidate_access_token),
    "get_user": lambda s: _then(s.wrong(), lambda c: c.fetch_user(FRIEND)),
    "get_user_by_username": lambda s: _then(s.wrong(), lambda c: c.fetch_user_by_name("sandbox_friend")),
    "get_tweet": lambda s: _then(s.wrong(), lambda c: c.fetch_tweet(PINNED)),
    "create_tweet": lambda s: _then(s.wrong(), lambda c: c.tweet("refused")),
    "upload_media": lambda s: _then(s.wrong(), lambda c: c.tweet("refused", file=s.file("photo.png"))),
    "get_media_upload_status": _status_poll,
    "get_space": lambda s: _then(s.wrong(), lambda c: c.fetch_space("1SbxLiveSpace")),
    "search_spaces": lambda s: _then(s.wrong(), lambda c: c.fetch_space_by_title("sandbox")),
    "search_geo": lambda s: _then(s.wrong(), lambda c: c.search_geo("San Francisco")),
    "get_dm_event": lambda s: _then(s.wrong(), lambda c: c.fetch_message("1700000000000000001")),
    "create_welcome_message": lambda s: _then(s.wrong(), lambda c: c.create_welcome_message("w", "hi")),
    "get_welcome_message": lambda s: _then(s.wrong(), lambda c: c.fetch_welcome_message("1700000000000000002")),
    "get_welcome_message_rule": lambda s: _then(
        s.wrong(), lambda c: c.fetch_welcome_message_rules("1700000000000000003")
    ),
    "create_custom_profile": _custom_profile,
    "follow_user": lambda s: _then(s.user(), lambda u: u.follow()),
    "unfollow_user": lambda s: _then(s.user(), lambda u: u.unfollow()),
    "block_user": lambda s: _then(s.user(), lambda u: u.block()),
    "unblock_user": lambda s: _then(s.user(), lambda u: u.unblock()),
    "mute_user": lambda s: _then(s.user(), lambda u: u.mute()),
    "unmute_user": lambda s: _then(s.user(), lambda u: u.unmute()),
    "indicate_typing": lambda s: _then(s.user(), lambda u: u.trigger_typing()),
    "report_spam": lambda s: _then(s.user(), lambda u: u.report()),
    "get_followers": lambda s: _then(s.user(), lambda u: u.fetch_followers()),
    "get_following": lambda s: _then(s.user(), lambda u: u.fetch_following()),
    "get_user_tweets": lambda s: _then(s.user(), lambda u: u.fetch_timelines()),
    "get_user_mentions": lambda s: _then(s.user(), lambda u: u.fetch_timelines(mentioned=True)),
    "create_dm_event": lambda s: _then(s.user(), lambda u: u.send("refused")),
    "like_tweet": lambda s: _then(s.tweet(), lambda t: t.like()),
    "unlike_tweet": lambda s: _then(s.tweet(), lambda t: t.unlike()),
    "retweet": lambda s: _then(s.tweet(), lambda t: t.retweet()),
    "unretweet": lambda s: _then(s.tweet(), lambda t: t.unretweet()),
    "delete_tweet": lambda s: _then(s.tweet(), lambda t: t.delete()),
    "update_status": lambda s: _then(s.tweet(), lambda t: t.reply("refused")),
    "hide_reply": lambda s: _then(s.tweet(), lambda t: t.hide()),
    "get_retweeters": lambda s: _then(s.tweet(), lambda t: t.fetch_retweeters()),
    "get_liking_users": lambda s: _then(s.tweet(), lambda t: t.fetch_liking_users()),
    "delete_dm_event": lambda s: _then(_message(s), lambda m: m.delete()),
    "mark_read": lambda s: _then(_message(s), lambda m: m.mark_read()),
    "create_welcome_message_rule": lambda s: _then(s.welcome(), lambda w: w.set_rule()),
    "update_welcome_message": lambda s: _then(s.welcome(), lambda w: w.update("refused")),
    "delete_welcome_message": lambda s: _then(s.welcome(), lambda w: w.delete()),
    "delete_welcome_message_rule": _welcome_rule,
    "get_stream_rules": lambda s: _then(s.wrong_stream(), lambda st: st.fetch_rules()),
    "update_stream_rules": lambda s: _then(s.wrong_stream(), lambda st: _added(st).set_rules()),
    "search_stream": lambda s: _then(s.wrong_stream(), lambda st: st.connection.connect()),
    "sample_stream": lambda s: _then(s.wrong_stream(sample=True), lambda st: st.connect()),
}
RATE_LIMITED = {"get_media_upload_status", "create_custom_profile"}
NOT_A_CLIENT_CALL = {"authorize": "the user's browser opens it (test_oauth_flow.py follows its redirect)"}


async def _then(first: Awaitable[Any], then: Callable[[Any], Any]) -> Any:
    return then(await first)


def _added(stream: Any) -> Any:
    stream.add_rule("from:sandbox_stream")
    return stream


def test_every_operation_has_a_scenario() -> None:
    assert sorted(set(ROUTES) - set(SCENARIOS) - set(NOT_A_CLIENT_CALL)) == []
    assert sorted(set(SCENARIOS) - set(ROUTES)) == []


@pytest.fixture(params=["sync", "async"])
async def setup(
    request: pytest.FixtureRequest, sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[Setup]:
    monkeypatch.setattr(upload, "sleep", lambda seconds: None)

    async def no_wait(seconds: float) -> None:
        return None

    monkeypatch.setattr(upload, "asleep", no_wait)
    async with AsyncExitStack() as stack:
        yield Setup(str(request.param), stack, sandbox, tmp_path)


@pytest.mark.parametrize("operation", sorted(SCENARIOS))
async def test_an_error_answer_raises_its_typed_exception(operation: str, setup: Setup) -> None:
    expected = pytweet.TooManyRequests if operation in RATE_LIMITED else pytweet.Unauthorized
    with pytest.raises(expected) as caught:
        await call(await SCENARIOS[operation](setup))
    error = caught.value
    assert isinstance(error, pytweet.HTTPException)
    assert error.status_code == (429 if operation in RATE_LIMITED else 401)
    assert str(error).startswith(f"Request returned an Exception (status code: {error.status_code}): ")
    assert error.request is not None
    method, pattern = ROUTES[operation]
    assert error.request.method == method
    assert pattern.fullmatch(re.sub(r"^https?://[^/]+|\?.*$", "", error.request.url)), error.request.url
    if isinstance(error, pytweet.TooManyRequests):
        assert error.reset_at is not None
    for secret in WRONG.values():
        assert secret not in str(error) + repr(error)

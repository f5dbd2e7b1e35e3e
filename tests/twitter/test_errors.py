"""Errors, sync and async: error answers from the sandbox (replayed) raise the seed's exception classes, which are
also the runtime's, with status, body and the rate-limit reset filled in. The two 401 tests also record against the
real API (``make record-live``); the others need the sandbox: injected 429 / 503 answers, or the sandbox's own
data and messages (a duplicate of a tweet it keeps, a user id it refuses, a space id it answers "Could not find")."""

from __future__ import annotations

from datetime import datetime

import pytest

import pytweet
from switchboard_core import AuthenticationError, InternalServerError, PermissionDeniedError, RateLimitError

from .conftest import FRIEND, OTHER_USER, Sandbox, call, make_async_client, make_client

pytestmark = [pytest.mark.vcr]
sandbox_only = pytest.mark.sandbox_only


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest, fresh: None) -> str:
    return str(request.param)


def client_for(mode: str, **overrides: object) -> pytweet.Client:
    return make_client(**overrides) if mode == "sync" else make_async_client(**overrides)  # type: ignore[return-value]


async def test_a_wrong_bearer_token_is_unauthorized(mode: str) -> None:
    client = client_for(mode, bearer_token="not-the-bearer-token")
    with pytest.raises(pytweet.Unauthorized) as caught:
        await call(client.fetch_user(OTHER_USER))
    error = caught.value
    assert isinstance(error, pytweet.HTTPException)
    assert isinstance(error, pytweet.PytweetException)
    assert isinstance(error, AuthenticationError)
    assert error.status_code == 401
    assert error.res is not None
    assert error.res.status_code == 401
    assert str(error).startswith("Request returned an Exception (status code: 401): ")
    assert error.json()["status"] == 401
    assert "not-the-bearer-token" not in str(error) + repr(error)


async def test_a_wrong_oauth_secret_is_unauthorized(mode: str) -> None:
    client = client_for(mode, access_token_secret="not-the-secret")
    friend = await call(client.fetch_user(OTHER_USER))  # app context still works
    with pytest.raises(pytweet.Unauthorized):
        await call(friend.follow())


@sandbox_only
async def test_a_duplicate_tweet_is_forbidden(mode: str) -> None:
    client = client_for(mode)
    await call(client.tweet("only once"))
    with pytest.raises(pytweet.Forbidden) as caught:
        await call(client.tweet("only once"))
    assert isinstance(caught.value, PermissionDeniedError)
    assert str(caught.value) == (
        "Request returned an Exception (status code: 403): "
        "You are not allowed to create a Tweet with duplicate content."
    )


@sandbox_only
async def test_a_bad_request_is_bad_requests(mode: str) -> None:
    client = client_for(mode)
    stranger = pytweet.User({"id": "42", "username": "nobody"}, http_client=client.http)
    with pytest.raises(pytweet.BadRequests) as caught:
        await call(stranger.follow())
    assert caught.value.status_code == 400


@sandbox_only
async def test_429_is_too_many_requests_with_the_reset_time(mode: str, sandbox: Sandbox) -> None:
    sandbox.rate_limit(times=1, operation="get_user")
    client = client_for(mode)
    with pytest.raises(pytweet.TooManyRequests) as caught:
        await call(client.fetch_user(FRIEND))
    error = caught.value
    assert isinstance(error, RateLimitError)
    assert error.status_code == 429
    assert isinstance(error.reset_at, datetime)
    assert int(error.reset_at.timestamp()) == int(error.headers["x-rate-limit-reset"])
    assert (await call(client.fetch_user(FRIEND))).id == int(FRIEND)


@sandbox_only
async def test_a_server_error_is_a_pytweet_http_exception(mode: str, sandbox: Sandbox) -> None:
    sandbox.fail_next(503)
    client = client_for(mode)
    with pytest.raises(pytweet.ServerError) as caught:
        await call(client.fetch_user(FRIEND))
    assert isinstance(caught.value, pytweet.HTTPException)
    assert isinstance(caught.value, InternalServerError)
    assert caught.value.status_code == 503


@sandbox_only
async def test_a_space_that_cannot_be_found_raises_not_found_error(mode: str) -> None:
    client = client_for(mode)
    with pytest.raises(pytweet.NotFoundError) as caught:
        await call(client.fetch_space("zz"))
    assert isinstance(caught.value, pytweet.APIException)
    assert str(caught.value) == "API returned an Exception: Could not find space with id: [zz]."


@sandbox_only
async def test_a_server_error_is_retried_by_default(sandbox: Sandbox) -> None:
    sandbox.fail_next(503)
    with make_client(max_retries=2) as client:
        assert client.fetch_user(FRIEND).id == int(FRIEND)  # type: ignore[union-attr]

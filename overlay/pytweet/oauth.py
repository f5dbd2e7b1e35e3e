"""``OauthSession``: OAuth 1.0a credentials and the three-legged flow, as RFC 5849 and Twitter describe it.

    session = pytweet.OauthSession.with_oauth_flow(client, callback="https://example.org/cb")
    url = session.generate_oauth_url()                 # the user authorizes there
    tokens = session.post_oauth_token(oauth_token, oauth_verifier)
    tokens.oauth_token, tokens.oauth_token_secret      # also 1.3.6's tuple of "key=value" strings

Unlike 1.3.6, the request-token call is signed with the consumer credentials and the callback (no access token
is needed), and the access-token call with the request token and the verifier (1.3.6 sent the bearer token
there, which Twitter refuses; reference §2.3).
"""

from __future__ import annotations

from collections.abc import Awaitable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, overload
from urllib.parse import parse_qsl, urlencode

from switchboard_core import Call, Steps, lazy_module
from switchboard_core.auth import AUTH_EXTENSION, OAuth1Auth

from .errors import InvalidRequest, PytweetException

if TYPE_CHECKING:
    from twitter_api.legacy import oauth

    from .client import AsyncClient, Client
else:  # the generated plumbing loads on the first call, not on ``import pytweet``
    oauth = lazy_module("twitter_api.legacy.oauth")

ACCESS_TYPES = ("read", "write", "direct_messages")


class OauthTokens(tuple[str, ...]):
    """``post_oauth_token``'s answer: 1.3.6's tuple of raw ``key=value`` strings, with the values parsed."""

    @property
    def values(self) -> dict[str, str]:
        return dict(part.split("=", 1) for part in self if "=" in part)

    @property
    def oauth_token(self) -> str:
        return self.values["oauth_token"]

    @property
    def oauth_token_secret(self) -> str:
        return self.values["oauth_token_secret"]

    @property
    def user_id(self) -> str | None:
        return self.values.get("user_id")

    @property
    def screen_name(self) -> str | None:
        return self.values.get("screen_name")

    def __repr__(self) -> str:  # the secret stays out of reprs
        return f"OauthTokens(user_id={self.user_id!r}, screen_name={self.screen_name!r})"


class OauthSession:
    """OAuth 1.0a credentials (``oauth1``), and the three-legged flow once bound to a client."""

    def __init__(self, consumer_key: str | None, consumer_secret: str | None, callback: str | None = None) -> None:
        self.consumer_key = consumer_key
        self.consumer_secret = consumer_secret
        self.callback = callback
        self.access_token: str | None = None
        self.access_token_secret: str | None = None
        self._client: Client | AsyncClient | None = None
        self._request_token_secrets: dict[str, str] = {}

    def __repr__(self) -> str:
        return f"OauthSession(callback={self.callback!r})"

    @property
    def consumer_key_secret(self) -> str | None:
        """1.3.6's name for the consumer secret (``set_consumer_key`` now updates what ``oauth1`` uses)."""
        return self.consumer_secret

    @property
    def oauth1(self) -> OAuth1Auth:
        """An OAuth 1.0a signer (an ``httpx.Auth``) for these credentials."""
        if not self.consumer_key or not self.consumer_secret:
            raise InvalidRequest("consumer_key is a required credentials that is missing!")
        return OAuth1Auth(self.consumer_key, self.consumer_secret, self.access_token, self.access_token_secret)

    def set_access_token(self, key: str, secret: str) -> None:
        self.access_token = key
        self.access_token_secret = secret

    def set_consumer_key(self, consumer_key: str, consumer_secret: str) -> None:
        self.consumer_key = consumer_key
        self.consumer_secret = consumer_secret

    @overload
    @classmethod
    def with_oauth_flow(cls, client: AsyncClient, *, callback: str = "https://twitter.com") -> AsyncOauthSession: ...
    @overload
    @classmethod
    def with_oauth_flow(cls, client: Client, *, callback: str = "https://twitter.com") -> OauthSession: ...
    @classmethod
    def with_oauth_flow(cls, client: Client | AsyncClient, *, callback: str = "https://twitter.com") -> OauthSession:
        """A session for ``client``'s app (its consumer key and secret; no access token needed) with
        ``generate_oauth_url`` and ``post_oauth_token`` (an :class:`AsyncOauthSession` for an ``AsyncClient``)."""
        _, consumer_key, consumer_secret, _, _ = client._credentials
        kind = AsyncOauthSession if client.http.is_async and cls is OauthSession else cls
        session = kind(consumer_key, consumer_secret, callback)
        session._client = client
        return session

    def _bound(self) -> Client | AsyncClient:
        if self._client is None:
            raise PytweetException("use OauthSession.with_oauth_flow(client) to run the three-legged flow")
        return self._client

    def generate_oauth_url(self, auth_access_type: str = "write") -> str:
        """Step 1: get a request token (signed with the consumer credentials and the callback) and return the
        URL where the user authorizes it: ``<host>/oauth/authorize?oauth_token=...``."""
        access_type = str(auth_access_type).lower()
        if access_type not in ACCESS_TYPES:
            raise InvalidRequest(f"auth_access_type must be one of {', '.join(ACCESS_TYPES)}, not {auth_access_type!r}")
        client = self._bound()
        consumer = OAuth1Auth(*self._consumer(), callback_uri=self.callback or "oob")
        return client.http.drive(self._request_token(consumer, access_type, client.base_url))

    def _request_token(self, consumer: OAuth1Auth, access_type: str, base_url: str) -> Steps[str]:
        call = oauth.request_token_call(None, access_type)
        answer = str((yield _signed(call, consumer)))
        values = dict(parse_qsl(answer))
        if "oauth_token" not in values or "oauth_token_secret" not in values:
            raise PytweetException(f"the request-token answer has no token (its keys: {sorted(values)})")  # no secret
        self._request_token_secrets[values["oauth_token"]] = values["oauth_token_secret"]
        return f"{base_url.rstrip('/')}/oauth/authorize?{urlencode({'oauth_token': values['oauth_token']})}"

    def post_oauth_token(self, oauth_token: str, oauth_verifier: str) -> OauthTokens:
        """Step 3: exchange the authorized request token and its verifier for the user's access token (signed
        with the request token and the verifier). Returns 1.3.6's tuple of ``key=value`` strings, parsed too."""
        client = self._bound()
        secret = self._request_token_secrets.get(oauth_token, "")
        signer = OAuth1Auth(*self._consumer(), oauth_token, secret, verifier=oauth_verifier)
        return client.http.drive(self._access_token(signer, oauth_token))

    def _access_token(self, signer: OAuth1Auth, request_token: str) -> Steps[OauthTokens]:
        answer = str((yield _signed(oauth.access_token_call(), signer)))
        tokens = OauthTokens(answer.split("&"))
        if "oauth_token" not in tokens.values:
            raise PytweetException(f"the access-token answer has no token (its keys: {sorted(tokens.values)})")
        self._request_token_secrets.pop(request_token, None)
        self.set_access_token(tokens.oauth_token, tokens.oauth_token_secret)
        return tokens

    def _consumer(self) -> tuple[str, str]:
        if not self.consumer_key:
            raise InvalidRequest("consumer_key is a required credentials that is missing!")
        if not self.consumer_secret:
            raise InvalidRequest("consumer_key_secret is a required credentials that is missing!")
        return self.consumer_key, self.consumer_secret

    @overload
    @staticmethod
    def invalidate_access_token(client: AsyncClient) -> Awaitable[None]: ...
    @overload
    @staticmethod
    def invalidate_access_token(client: Client) -> None: ...
    @staticmethod
    def invalidate_access_token(client: Client | AsyncClient) -> Awaitable[None] | None:
        """Revoke ``client``'s access token and secret (user context). Returns None (awaitable on AsyncClient)."""
        return client.http.drive(_invalidate())


class AsyncOauthSession(OauthSession):
    """``OauthSession.with_oauth_flow(async_client)``: the same flow, whose two steps return awaitables
    (``await session.generate_oauth_url()``). The behaviour is :class:`OauthSession`'s; this class declares the
    async signatures for type checkers."""

    if TYPE_CHECKING:

        async def generate_oauth_url(self, auth_access_type: str = "write") -> str: ...  # type: ignore[override]
        async def post_oauth_token(  # type: ignore[override]
            self, oauth_token: str, oauth_verifier: str
        ) -> OauthTokens: ...


def _signed(call: Call[Any], auth: OAuth1Auth) -> Call[Any]:
    return replace(call, extensions={**call.extensions, AUTH_EXTENSION: auth})


def _invalidate() -> Steps[None]:
    yield oauth.invalidate_token_call()


__all__ = ["AsyncOauthSession", "OauthSession", "OauthTokens"]

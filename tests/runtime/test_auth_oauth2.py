"""OAuth 2 client credentials: token cache, expiry refresh, retry on 401, token endpoint failures."""

from __future__ import annotations

import base64
import threading
from collections.abc import Callable
from typing import Literal
from urllib.parse import parse_qs

import httpx
import pytest

from switchboard_core._errors import (
    APIStatusError,
    AuthenticationError,
    InternalServerError,
    RateLimitError,
    ResponseParseError,
)
from switchboard_core.auth import MemoryTokenCache, OAuth2ClientCredentials, Token, TokenCache, parse_token_response

TOKEN_URL = "https://auth.example.com/oauth/token"
API = "https://api.example.com"
CLIENT_ID = "client-id-123"
CLIENT_SECRET = "client-secret-XYZ"
BASIC = "Basic " + base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()


class FakeClock:
    def __init__(self, now: float = 1_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class FakeProvider:
    """A token endpoint plus an API that accepts only the tokens it issued and has not revoked."""

    def __init__(self, *, expires_in: int | None = 3600) -> None:
        self.expires_in = expires_in
        self.issued = 0
        self.valid: dict[str, str | None] = {}  # token -> scope
        self.log: list[tuple[str, str, str | None]] = []  # (method, path, authorization)
        self.token_requests: list[httpx.Request] = []
        self.token_response: Callable[[httpx.Request], httpx.Response] | None = None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.log.append((request.method, request.url.path, request.headers.get("authorization")))
        if request.url.path == "/oauth/token":
            self.token_requests.append(request)
            if self.token_response is not None:
                return self.token_response(request)
            return self.issue(request)
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        if token not in self.valid:
            return httpx.Response(401, json={"error": "invalid_token"})
        return httpx.Response(200, json={"token": token, "scope": self.valid[token]})

    def issue(self, request: httpx.Request) -> httpx.Response:
        form = parse_qs(request.content.decode())
        assert form["grant_type"] == ["client_credentials"]
        self.issued += 1
        token = f"tok{self.issued}"
        scope = form.get("scope", [None])[0]
        self.valid[token] = scope
        payload: dict[str, object] = {"access_token": token, "token_type": "bearer"}
        if self.expires_in is not None:
            payload["expires_in"] = self.expires_in
        if scope is not None:
            payload["scope"] = scope
        return httpx.Response(200, json=payload)

    def revoke_all(self) -> None:
        self.valid.clear()


def make_auth(
    clock: FakeClock | None = None,
    *,
    scope: str | None = None,
    client_auth: Literal["basic", "body"] = "basic",
    extra_params: dict[str, str] | None = None,
    cache: TokenCache | None = None,
    leeway: float = 30.0,
) -> OAuth2ClientCredentials:
    return OAuth2ClientCredentials(
        TOKEN_URL,
        CLIENT_ID,
        CLIENT_SECRET,
        scope=scope,
        client_auth=client_auth,
        extra_params=extra_params,
        cache=cache,
        leeway=leeway,
        clock=clock or FakeClock(),
    )


def client_for(provider: FakeProvider, auth: httpx.Auth) -> httpx.Client:
    return httpx.Client(base_url=API, transport=httpx.MockTransport(provider), auth=auth)


TOKEN = ("POST", "/oauth/token", BASIC)


def api(token: str) -> tuple[str, str, str | None]:
    return ("GET", "/messages", f"Bearer {token}")


# -- happy path -----------------------------------------------------------------------------------------------------


def test_token_is_fetched_once_and_reused() -> None:
    provider = FakeProvider()
    auth = make_auth(scope="sms:send sms:read")
    with client_for(provider, auth) as client:
        responses = [client.get("/messages") for _ in range(3)]
    assert [r.status_code for r in responses] == [200, 200, 200]
    assert provider.log == [TOKEN, api("tok1"), api("tok1"), api("tok1")]
    token_request = provider.token_requests[0]
    assert token_request.method == "POST"
    assert str(token_request.url) == TOKEN_URL
    assert token_request.headers["accept"] == "application/json"
    assert token_request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert parse_qs(token_request.content.decode()) == {
        "grant_type": ["client_credentials"],
        "scope": ["sms:send sms:read"],
    }
    cached = auth.cached_token()
    assert cached is not None
    assert cached.access_token == "tok1"
    assert cached.scope == "sms:send sms:read"


def test_token_request_helper_is_public_and_complete() -> None:
    auth = make_auth(extra_params={"audience": "https://api.example.com"})
    request = auth.token_request()
    assert request.method == "POST"
    assert request.headers["authorization"] == BASIC
    assert parse_qs(request.read().decode()) == {
        "grant_type": ["client_credentials"],
        "audience": ["https://api.example.com"],
    }


def test_client_auth_body_puts_credentials_in_the_form() -> None:
    provider = FakeProvider()
    auth = make_auth(client_auth="body", scope="a")
    with client_for(provider, auth) as client:
        assert client.get("/messages").status_code == 200
    token_request = provider.token_requests[0]
    assert "authorization" not in token_request.headers
    assert parse_qs(token_request.content.decode()) == {
        "grant_type": ["client_credentials"],
        "scope": ["a"],
        "client_id": [CLIENT_ID],
        "client_secret": [CLIENT_SECRET],
    }
    assert provider.log[1] == api("tok1")


def test_separate_scopes_are_cached_separately() -> None:
    provider = FakeProvider()
    cache = MemoryTokenCache()
    clock = FakeClock()
    read = make_auth(clock, scope="read", cache=cache)
    write = make_auth(clock, scope="write", cache=cache)
    assert read.cache_key != write.cache_key
    with client_for(provider, read) as reader, client_for(provider, write) as writer:
        results = [reader.get("/messages"), writer.get("/messages"), reader.get("/messages"), writer.get("/messages")]
    assert [r.json() for r in results] == [
        {"token": "tok1", "scope": "read"},
        {"token": "tok2", "scope": "write"},
        {"token": "tok1", "scope": "read"},
        {"token": "tok2", "scope": "write"},
    ]
    assert provider.issued == 2
    assert len(cache) == 2
    read_token, write_token = cache.get(read.cache_key), cache.get(write.cache_key)
    assert read_token is not None
    assert write_token is not None
    assert (read_token.access_token, write_token.access_token) == ("tok1", "tok2")


def test_a_shared_cache_is_shared_by_identical_auths() -> None:
    provider = FakeProvider()
    cache = MemoryTokenCache()
    with client_for(provider, make_auth(cache=cache)) as first, client_for(provider, make_auth(cache=cache)) as second:
        first.get("/messages")
        second.get("/messages")
    assert provider.log == [TOKEN, api("tok1"), api("tok1")]


def test_cache_key_depends_on_url_client_scope_and_extra_params() -> None:
    base = make_auth(scope="a")
    keys = {
        base.cache_key,
        make_auth(scope="b").cache_key,
        make_auth(scope=None).cache_key,
        make_auth(scope="a", extra_params={"audience": "x"}).cache_key,
        OAuth2ClientCredentials("https://other.example.com/token", CLIENT_ID, CLIENT_SECRET, scope="a").cache_key,
        OAuth2ClientCredentials(TOKEN_URL, "other-client", CLIENT_SECRET, scope="a").cache_key,
    }
    assert len(keys) == 6
    assert make_auth(scope="a", client_auth="body").cache_key == base.cache_key
    for key in keys:
        assert CLIENT_ID not in key
        assert CLIENT_SECRET not in key


def test_a_custom_cache_satisfies_the_protocol() -> None:
    class DictCache:
        def __init__(self) -> None:
            self.data: dict[str, Token] = {}
            self.calls: list[str] = []

        def get(self, key: str) -> Token | None:
            self.calls.append("get")
            return self.data.get(key)

        def set(self, key: str, token: Token) -> None:
            self.calls.append("set")
            self.data[key] = token

        def delete(self, key: str) -> None:
            self.calls.append("delete")
            self.data.pop(key, None)

    cache = DictCache()
    assert isinstance(cache, TokenCache)
    provider = FakeProvider()
    with client_for(provider, make_auth(cache=cache)) as client:
        client.get("/messages")
        client.get("/messages")
    assert cache.calls == ["get", "get", "set", "get"]  # a miss is checked again under the single-flight lock
    assert [t.access_token for t in cache.data.values()] == ["tok1"]


# -- expiry and refresh ---------------------------------------------------------------------------------------------


def test_token_is_refreshed_when_the_clock_passes_expiry_minus_leeway() -> None:
    provider = FakeProvider(expires_in=100)
    clock = FakeClock(1_000.0)
    auth = make_auth(clock, leeway=30.0)
    with client_for(provider, auth) as client:
        client.get("/messages")  # fetch at t=1000, expires at 1100, refresh from 1070
        clock.now = 1_069.9
        client.get("/messages")
        clock.now = 1_070.0
        client.get("/messages")
        clock.now = 1_100.0
        client.get("/messages")
    assert provider.log == [TOKEN, api("tok1"), api("tok1"), TOKEN, api("tok2"), api("tok2")]


def test_a_token_without_expires_in_never_expires_by_clock() -> None:
    provider = FakeProvider(expires_in=None)
    clock = FakeClock()
    with client_for(provider, make_auth(clock)) as client:
        client.get("/messages")
        clock.now += 10**9
        client.get("/messages")
    assert provider.issued == 1


def test_api_401_refetches_once_and_resends() -> None:
    provider = FakeProvider()
    auth = make_auth()
    with client_for(provider, auth) as client:
        assert client.get("/messages").status_code == 200
        provider.revoke_all()  # the server rotated its keys
        response = client.get("/messages")
    assert response.status_code == 200
    assert response.json()["token"] == "tok2"
    assert provider.log == [TOKEN, api("tok1"), api("tok1"), TOKEN, api("tok2")]
    cached = auth.cached_token()
    assert cached is not None
    assert cached.access_token == "tok2"


def test_api_401_drops_the_cached_token_even_when_the_refetch_fails() -> None:
    provider = FakeProvider()
    auth = make_auth()
    with client_for(provider, auth) as client:
        client.get("/messages")
        provider.revoke_all()
        provider.token_response = lambda request: httpx.Response(401, json={"error": "invalid_client"})
        with pytest.raises(AuthenticationError):
            client.get("/messages")
    assert auth.cached_token() is None
    assert provider.log == [TOKEN, api("tok1"), api("tok1"), TOKEN]


def test_api_401_twice_returns_the_second_401_without_looping() -> None:
    provider = FakeProvider()

    def always_401(request: httpx.Request) -> httpx.Response:
        response = provider(request)
        return response if request.url.path == "/oauth/token" else httpx.Response(401, request=request)

    with httpx.Client(base_url=API, transport=httpx.MockTransport(always_401), auth=make_auth()) as client:
        response = client.get("/messages")
    assert response.status_code == 401
    assert provider.log == [TOKEN, api("tok1"), TOKEN, api("tok2")]


def test_api_errors_other_than_401_are_returned_untouched() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json={"access_token": "t", "expires_in": 60})
        return httpx.Response(403, json={"error": "forbidden"})

    with httpx.Client(base_url=API, transport=httpx.MockTransport(handler), auth=make_auth()) as client:
        response = client.get("/messages")
    assert response.status_code == 403
    assert len(response.history) == 1  # only the token response came before


def test_token_request_inherits_the_api_request_timeout() -> None:
    seen: dict[str, object] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        seen[request.url.path] = request.extensions.get("timeout")
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json={"access_token": "t"})
        return httpx.Response(200)

    timeout = httpx.Timeout(7.0, connect=2.0)
    with httpx.Client(
        base_url=API, transport=httpx.MockTransport(handler), auth=make_auth(), timeout=timeout
    ) as client:
        client.get("/messages")
    assert seen["/oauth/token"] == timeout.as_dict()
    assert seen["/messages"] == timeout.as_dict()


def test_concurrent_threads_share_the_cached_token() -> None:
    provider = FakeProvider()
    lock = threading.Lock()

    def locked(request: httpx.Request) -> httpx.Response:
        with lock:
            return provider(request)

    auth = make_auth()
    with httpx.Client(base_url=API, transport=httpx.MockTransport(locked), auth=auth) as client:
        client.get("/messages")  # warm the cache
        statuses: list[int] = []

        def worker() -> None:
            for _ in range(20):
                statuses.append(client.get("/messages").status_code)

        threads = [threading.Thread(target=worker) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert statuses == [200] * 80
    assert provider.issued == 1


# -- token endpoint failures ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [400, 401, 403])
def test_token_endpoint_refusal_raises_authentication_error(status: int) -> None:
    provider = FakeProvider()
    provider.token_response = lambda request: httpx.Response(
        status, json={"error": "invalid_client", "error_description": "Client authentication failed"}
    )
    with client_for(provider, make_auth()) as client, pytest.raises(AuthenticationError) as info:
        client.get("/messages")
    error = info.value
    assert error.status_code == status
    assert error.response.request.url == TOKEN_URL
    assert "invalid_client" in str(error)
    assert "Client authentication failed" in str(error)
    assert "auth.example.com/oauth/token" in str(error)
    for secret in (CLIENT_ID, CLIENT_SECRET, BASIC.split()[1]):
        assert secret not in str(error)
        assert secret not in repr(error)
    assert provider.log == [TOKEN]  # the API was never called


def test_token_endpoint_html_200_raises_response_parse_error() -> None:
    provider = FakeProvider()
    provider.token_response = lambda request: httpx.Response(
        200, html="<html><body>Sign in to the captive portal</body></html>"
    )
    with client_for(provider, make_auth()) as client, pytest.raises(ResponseParseError) as info:
        client.get("/messages")
    assert info.value.status_code == 200
    assert "not JSON" in str(info.value)
    assert "text/html" in str(info.value)
    assert b"captive portal" in info.value.body
    assert provider.log == [TOKEN]


@pytest.mark.parametrize(
    "payload",
    [
        {"token_type": "bearer"},
        {"access_token": ""},
        {"access_token": 5},
        {"access_token": "t", "expires_in": "soon"},
        ["access_token"],
    ],
)
def test_token_endpoint_json_without_a_usable_token_raises_response_parse_error(payload: object) -> None:
    provider = FakeProvider()
    provider.token_response = lambda request: httpx.Response(200, json=payload)
    with client_for(provider, make_auth()) as client, pytest.raises(ResponseParseError):
        client.get("/messages")


def test_token_endpoint_parse_error_never_quotes_the_token() -> None:
    provider = FakeProvider()
    provider.token_response = lambda request: httpx.Response(200, json={"access_token": "LEAKY", "expires_in": []})
    with client_for(provider, make_auth()) as client, pytest.raises(ResponseParseError) as info:
        client.get("/messages")
    assert "expires_in" in str(info.value)
    assert "LEAKY" not in str(info.value)


@pytest.mark.parametrize(("status", "error_class"), [(500, InternalServerError), (429, RateLimitError)])
def test_token_endpoint_other_statuses_use_the_default_error_map(
    status: int, error_class: type[APIStatusError]
) -> None:
    provider = FakeProvider()
    provider.token_response = lambda request: httpx.Response(status, text="busy")
    with client_for(provider, make_auth()) as client, pytest.raises(error_class) as info:
        client.get("/messages")
    assert info.value.status_code == status
    assert not isinstance(info.value, AuthenticationError)


def test_parse_token_response_is_reusable_for_other_grants() -> None:
    request = httpx.Request("POST", "https://auth.example.com/oauth/token")
    response = httpx.Response(
        200,
        json={"access_token": "user-tok", "refresh_token": "r", "expires_in": "60", "scope": ["a", "b"]},
        request=request,
    )
    token = parse_token_response(response, now=100.0)
    assert token == Token("user-tok", "Bearer", 160.0, "a b", "r")
    assert make_auth(FakeClock(10.0)).parse_token_response(response).expires_at == 70.0


# -- async ----------------------------------------------------------------------------------------------------------


async def test_async_client_fetches_reuses_and_refetches_on_401() -> None:
    provider = FakeProvider()
    auth = make_auth(scope="a")
    async with httpx.AsyncClient(base_url=API, transport=httpx.MockTransport(provider), auth=auth) as client:
        first = await client.get("/messages")
        second = await client.get("/messages")
        provider.revoke_all()
        third = await client.get("/messages")
    assert [r.status_code for r in (first, second, third)] == [200, 200, 200]
    assert provider.log == [TOKEN, api("tok1"), api("tok1"), api("tok1"), TOKEN, api("tok2")]


async def test_async_token_endpoint_refusal_raises() -> None:
    provider = FakeProvider()
    provider.token_response = lambda request: httpx.Response(401, json={"error": "invalid_client"})
    async with httpx.AsyncClient(base_url=API, transport=httpx.MockTransport(provider), auth=make_auth()) as client:
        with pytest.raises(AuthenticationError):
            await client.get("/messages")


# -- Token and construction -----------------------------------------------------------------------------------------


def test_token_expired() -> None:
    token = Token("t", expires_at=100.0)
    assert not token.expired(69.0, 30.0)
    assert token.expired(70.0, 30.0)
    assert token.expired(100.0, 0.0)
    assert not Token("t").expired(10**12, 30.0)


def test_token_from_response() -> None:
    token = Token.from_response({"access_token": "a", "expires_in": 3600, "scope": "x y"}, now=10.0)
    assert token == Token("a", "Bearer", 3610.0, "x y", None)
    assert Token.from_response({"access_token": "a", "token_type": "mac"}, now=0.0).token_type == "mac"
    with pytest.raises(ValueError, match="access_token"):
        Token.from_response({}, now=0.0)
    with pytest.raises(ValueError, match="expires_in"):
        Token.from_response({"access_token": "a", "expires_in": True}, now=0.0)
    with pytest.raises(ValueError, match="refresh_token"):
        Token.from_response({"access_token": "a", "refresh_token": 1}, now=0.0)


def test_token_is_frozen() -> None:
    token = Token("t")
    with pytest.raises(AttributeError):
        token.access_token = "u"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"token_url": "/oauth/token"}, "absolute"),
        ({"token_url": "ftp://auth.example.com/token"}, "absolute"),
        ({"client_auth": "jwt"}, "client_auth"),
        ({"extra_params": {"grant_type": "password"}}, "grant_type"),
        ({"leeway": -1.0}, "leeway"),
    ],
)
def test_invalid_configuration_is_rejected(kwargs: dict[str, object], match: str) -> None:
    arguments: dict[str, object] = {"token_url": TOKEN_URL, "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET}
    arguments.update(kwargs)
    with pytest.raises(ValueError, match=match):
        OAuth2ClientCredentials(**arguments)  # type: ignore[arg-type]

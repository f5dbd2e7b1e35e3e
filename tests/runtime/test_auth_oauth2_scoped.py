"""OAuth 2 per-scope tokens: app tokens, authorization-code user tokens, refresh, 401 handling, cache layout,
and streaming through token-fetching auth flows."""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator, Iterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from switchboard_core import AuthenticationError, SyncInvoker, read_body
from switchboard_core._client import Call, ClientSettings, build_http_client
from switchboard_core.auth import (
    TOKEN_REQUEST_EXTENSION,
    MemoryTokenCache,
    MissingTokenError,
    OAuth2ClientCredentials,
    OAuth2ScopedAuth,
    ScopeBoundAuth,
    ScopeRequirement,
    Token,
    arun_token_flow,
    run_token_flow,
)

TOKEN_URL = "https://auth.example.com/token"
AUTHORIZE_URL = "https://auth.example.com/authorize"
API = "https://api.example.com"
BASIC = "Basic " + base64.b64encode(b"cid:csecret").decode()


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that is really streamed (``content=`` bytes would be read at once by httpx)."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def __iter__(self) -> Iterator[bytes]:
        yield self.data

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self.data


class Clock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


class Server:
    """A token endpoint (three grants) and an API that checks the token's scope."""

    def __init__(self, *, refresh: bool = True, expires_in: int = 3600) -> None:
        self.refresh = refresh
        self.expires_in = expires_in
        self.n = 0
        self.tokens: dict[str, str] = {}  # access token -> scope
        self.refresh_tokens: dict[str, str] = {}
        self.codes = {"code-1": "profile/private graph/read", "code-2": "content/write"}
        self.token_forms: list[dict[str, str]] = []
        self.api_calls: list[str | None] = []

    def issue(self, scope: str) -> httpx.Response:
        self.n += 1
        access = f"tok{self.n}"
        self.tokens[access] = scope
        body: dict[str, object] = {"access_token": access, "token_type": "bearer", "expires_in": self.expires_in}
        if self.refresh:
            self.refresh_tokens[f"ref{self.n}"] = scope
            body["refresh_token"] = f"ref{self.n}"
        return httpx.Response(200, json=body)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/token":
            assert request.headers["authorization"] == BASIC
            form = {k: v[0] for k, v in parse_qs(request.content.decode()).items()}
            self.token_forms.append(form)
            grant = form["grant_type"]
            if grant == "client_credentials":
                return self.issue(form["scope"])
            if grant == "authorization_code":
                scope = self.codes.pop(form.get("code", ""), None)
                return self.issue(scope) if scope else httpx.Response(400, json={"error": "invalid_grant"})
            scope = self.refresh_tokens.pop(form.get("refresh_token", ""), None)
            return self.issue(scope) if scope else httpx.Response(400, json={"error": "invalid_grant"})
        auth = request.headers.get("authorization")
        self.api_calls.append(auth)
        token = (auth or "").removeprefix("Bearer ")
        if token not in self.tokens:
            return httpx.Response(401, json={"message": "bad token"})
        needed = request.url.params["scope"]
        if needed not in self.tokens[token].split():
            return httpx.Response(403, json={"message": "scope"})
        return httpx.Response(200, stream=Body(b"x" * 100_000))

    def revoke_all(self) -> None:
        self.tokens.clear()


def make(server: Server, clock: Clock | None = None, **kwargs: object) -> tuple[OAuth2ScopedAuth, httpx.Client]:
    auth = OAuth2ScopedAuth(
        TOKEN_URL,
        "cid",
        "csecret",
        authorize_url=AUTHORIZE_URL,
        redirect_uri="http://example.org/cb",
        clock=clock or Clock(),
        **kwargs,  # type: ignore[arg-type]
    )
    return auth, httpx.Client(transport=httpx.MockTransport(server), auth=auth)


def get(http: httpx.Client, scope: str, grant: str = "client_credentials") -> httpx.Response:
    requirement = ScopeRequirement(scope, grant)  # type: ignore[arg-type]
    return http.get(f"{API}/thing", params={"scope": scope}, extensions=requirement.extensions())


def test_authorization_url_has_every_parameter() -> None:
    auth, _ = make(Server())
    url = urlsplit(auth.authorization_url("profile/private graph/read", state="st8"))
    assert f"{url.scheme}://{url.netloc}{url.path}" == AUTHORIZE_URL
    assert parse_qs(url.query) == {
        "response_type": ["code"],
        "client_id": ["cid"],
        "redirect_uri": ["http://example.org/cb"],
        "scope": ["profile/private graph/read"],
        "state": ["st8"],
    }
    assert "redirect_uri" not in OAuth2ScopedAuth(TOKEN_URL, "c", "s", authorize_url=AUTHORIZE_URL).authorization_url(
        "a"
    )


def test_app_tokens_are_per_scope_and_never_evict_each_other() -> None:
    server = Server()
    _, http = make(server)
    assert get(http, "profile/public").status_code == 200
    assert get(http, "content/send").status_code == 200
    assert get(http, "profile/public").status_code == 200
    assert get(http, "content/send").status_code == 200
    assert [f["scope"] for f in server.token_forms] == ["profile/public", "content/send"]


def test_a_multi_scope_token_serves_each_of_its_scopes() -> None:
    server = Server()
    auth, http = make(server)
    token = run_token_flow(auth.app_token_flow("profile/public message/send"), http)
    assert get(http, "message/send").status_code == 200
    assert get(http, "profile/public").status_code == 200
    assert len(server.token_forms) == 1
    assert auth.usable("client_credentials", "message/send") == token


def test_app_token_is_refetched_after_expiry_and_on_401() -> None:
    server, clock = Server(), Clock()
    _, http = make(server, clock)
    get(http, "a")
    clock.now += 3600 - 29  # within the 30 s leeway
    get(http, "a")
    assert len(server.token_forms) == 2
    server.revoke_all()
    assert get(http, "a").status_code == 200
    assert len(server.token_forms) == 3
    assert server.api_calls[-2:] == ["Bearer tok2", "Bearer tok3"]


def test_user_token_from_code_then_used_for_its_scopes() -> None:
    server = Server()
    auth, http = make(server)
    run_token_flow(auth.exchange_code_flow("profile/private graph/read", "code-1"), http)
    assert server.token_forms[0] == {
        "grant_type": "authorization_code",
        "code": "code-1",
        "redirect_uri": "http://example.org/cb",
    }
    assert get(http, "graph/read", "authorization_code").status_code == 200
    run_token_flow(auth.exchange_code_flow("content/write", "code-2"), http)
    # the second grant did not evict the first
    assert get(http, "profile/private", "authorization_code").status_code == 200
    assert get(http, "content/write", "authorization_code").status_code == 200
    assert len(server.token_forms) == 2


def test_missing_user_token_raises_before_sending() -> None:
    server = Server()
    auth, http = make(server)
    assert not auth.can_authorize(ScopeRequirement("status/write", "authorization_code"))
    with pytest.raises(MissingTokenError, match="status/write") as caught:
        get(http, "status/write", "authorization_code")
    assert caught.value.scope == "status/write"
    assert server.api_calls == []


def test_expired_user_token_is_refreshed_with_its_refresh_token() -> None:
    server, clock = Server(), Clock()
    auth, http = make(server, clock)
    run_token_flow(auth.exchange_code_flow("content/write", "code-2"), http)
    clock.now += 4000
    assert auth.can_authorize(ScopeRequirement("content/write", "authorization_code"))
    assert get(http, "content/write", "authorization_code").status_code == 200
    assert server.token_forms[-1] == {"grant_type": "refresh_token", "refresh_token": "ref1"}
    assert server.api_calls == ["Bearer tok2"]


def test_user_401_refreshes_once_and_resends() -> None:
    server = Server()
    auth, http = make(server)
    run_token_flow(auth.exchange_code_flow("content/write", "code-2"), http)
    server.revoke_all()
    assert get(http, "content/write", "authorization_code").status_code == 200
    assert server.api_calls == ["Bearer tok1", "Bearer tok2"]


def test_expired_user_token_without_refresh_token_is_missing() -> None:
    server, clock = Server(refresh=False), Clock()
    auth, http = make(server, clock)
    run_token_flow(auth.exchange_code_flow("content/write", "code-2"), http)
    clock.now += 4000
    with pytest.raises(MissingTokenError, match="expired"):
        get(http, "content/write", "authorization_code")


def test_user_401_without_refresh_token_returns_the_401_and_forgets_the_token() -> None:
    server = Server(refresh=False)
    auth, http = make(server)
    run_token_flow(auth.exchange_code_flow("content/write", "code-2"), http)
    server.revoke_all()
    assert get(http, "content/write", "authorization_code").status_code == 401
    assert auth.stored("authorization_code", "content/write") is None


def test_a_refused_code_raises_authentication_error() -> None:
    auth, http = make(Server())
    with pytest.raises(AuthenticationError, match="invalid_grant"):
        run_token_flow(auth.exchange_code_flow("x", "not-a-code"), http)


def test_custom_cache_keys_and_cache() -> None:
    cache = MemoryTokenCache()
    server = Server()
    auth, http = make(server, cache=cache, cache_key=lambda grant, scope: f"{grant}|{scope}")
    run_token_flow(auth.app_token_flow("a b"), http)
    assert isinstance(cache.get("client_credentials|a b"), Token)
    assert cache.get("client_credentials|a") == cache.get("client_credentials|b")
    assert len(cache) == 3


def test_requests_without_a_requirement_pass_through() -> None:
    server = Server()
    _, http = make(server)
    assert http.get(f"{API}/thing", params={"scope": "a"}).status_code == 401
    assert server.api_calls == [None]


def test_repr_hides_the_client_id() -> None:
    auth, _ = make(Server())
    assert "cid" not in repr(auth)
    assert "csecret" not in repr(auth)


def test_token_responses_are_read_but_api_responses_stay_streamed() -> None:
    server = Server()
    _, http = make(server)
    request = http.build_request(
        "GET", f"{API}/thing", params={"scope": "a"}, extensions=ScopeRequirement("a").extensions()
    )
    response = http.send(request, stream=True)
    assert not response.is_stream_consumed
    assert sum(len(chunk) for chunk in response.iter_bytes()) == 100_000
    response.close()


def test_client_credentials_auth_no_longer_buffers_api_responses() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/token":
            assert request.extensions.get(TOKEN_REQUEST_EXTENSION) is True
            return httpx.Response(200, json={"access_token": "t", "expires_in": 60})
        return httpx.Response(200, stream=Body(b"y" * 50_000))

    auth = OAuth2ClientCredentials(TOKEN_URL, "cid", "csecret")
    assert auth.requires_response_body is False
    with (
        httpx.Client(transport=httpx.MockTransport(handler), auth=auth) as http,
        http.stream("GET", f"{API}/big") as response,
    ):
        assert not response.is_stream_consumed
        assert len(response.read()) == 50_000


def test_invoker_stream_hands_a_2xx_to_the_consumer_and_raises_for_errors() -> None:
    server = Server()
    auth = OAuth2ScopedAuth(TOKEN_URL, "cid", "csecret")
    settings = ClientSettings(base_url=API, auth=auth, transport=httpx.MockTransport(server))
    invoker = SyncInvoker(build_http_client(settings), settings)
    ok = Call(
        {"method": "GET", "url": "/thing", "params": {"scope": "a"}}, read_body, ScopeRequirement("a").extensions()
    )
    assert invoker.stream(ok, read_body) == b"x" * 100_000
    denied = Call(
        {"method": "GET", "url": "/thing", "params": {"scope": "b"}}, read_body, ScopeRequirement("a").extensions()
    )
    with pytest.raises(Exception, match="403") as caught:
        invoker.stream(denied, read_body)
    assert caught.value.body == b'{"message":"scope"}'  # type: ignore[attr-defined]


async def test_async_token_flow_and_requests() -> None:
    server = Server()
    auth = OAuth2ScopedAuth(TOKEN_URL, "cid", "csecret", redirect_uri="http://example.org/cb")
    async with httpx.AsyncClient(transport=httpx.MockTransport(server), auth=auth) as http:
        await arun_token_flow(auth.exchange_code_flow("content/write", "code-2"), http)
        requirement = ScopeRequirement("content/write", "authorization_code")
        response = await http.get(
            f"{API}/thing", params={"scope": "content/write"}, extensions=requirement.extensions()
        )
        assert response.status_code == 200
        server.revoke_all()
        response = await http.get(
            f"{API}/thing", params={"scope": "content/write"}, extensions=requirement.extensions()
        )
        assert response.status_code == 200
    assert [f["grant_type"] for f in server.token_forms] == ["authorization_code", "refresh_token"]


def test_scope_requirement_is_checked() -> None:
    with pytest.raises(ValueError, match="scope"):
        ScopeRequirement(" ")
    with pytest.raises(ValueError, match="grant"):
        ScopeRequirement("a", "password")  # type: ignore[arg-type]


def test_a_refresh_replaces_the_token_under_every_scope_it_was_granted() -> None:
    class ScopedServer(Server):
        def issue(self, scope: str) -> httpx.Response:
            response = super().issue(scope)
            body = response.json()
            return httpx.Response(200, json={**body, "scope": scope})

    server, clock = ScopedServer(), Clock()
    auth, http = make(server, clock)
    run_token_flow(auth.exchange_code_flow("profile/private graph/read", "code-1"), http)
    clock.now += 4000
    assert get(http, "graph/read", "authorization_code").status_code == 200  # refreshed (single-use ref1)
    assert get(http, "profile/private", "authorization_code").status_code == 200  # uses the new token
    assert [f["grant_type"] for f in server.token_forms] == ["authorization_code", "refresh_token"]


def test_scope_bound_auth_supplies_a_default_requirement() -> None:
    server = Server()
    auth = OAuth2ScopedAuth(TOKEN_URL, "cid", "csecret")
    bound = ScopeBoundAuth(auth, ScopeRequirement("a"))
    with httpx.Client(transport=httpx.MockTransport(server), auth=bound) as http:
        assert http.get(f"{API}/thing", params={"scope": "a"}).status_code == 200
        other = ScopeRequirement("b").extensions()  # an explicit requirement wins
        assert http.get(f"{API}/thing", params={"scope": "b"}, extensions=other).status_code == 200
    assert [f["scope"] for f in server.token_forms] == ["a", "b"]
    assert "ScopeRequirement(scope='a'" in repr(bound)


async def test_scope_bound_auth_async_refetches_on_401() -> None:
    server = Server()
    auth = OAuth2ScopedAuth(TOKEN_URL, "cid", "csecret")
    async with httpx.AsyncClient(
        transport=httpx.MockTransport(server), auth=ScopeBoundAuth(auth, ScopeRequirement("a"))
    ) as http:
        assert (await http.get(f"{API}/thing", params={"scope": "a"})).status_code == 200
        server.revoke_all()
        assert (await http.get(f"{API}/thing", params={"scope": "a"})).status_code == 200
    assert len(server.token_forms) == 2

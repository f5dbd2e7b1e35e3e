"""SecuritySchemeAuth: each request is authenticated with the scheme it names, or a one-off auth it carries."""

from __future__ import annotations

import httpx
import pytest

from switchboard_core import InvalidRequestError
from switchboard_core.auth import (
    AUTH_EXTENSION,
    SECURITY_SCHEME_EXTENSION,
    BearerAuth,
    HeaderAuth,
    SecuritySchemeAuth,
)


def _echo(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"authorization": request.headers.get("authorization")})


def _client(auth: httpx.Auth) -> httpx.Client:
    return httpx.Client(base_url="https://api.example", transport=httpx.MockTransport(_echo), auth=auth)


def test_each_request_uses_the_scheme_it_names_or_the_default() -> None:
    auth = SecuritySchemeAuth({"app": BearerAuth("app-token"), "user": HeaderAuth("Authorization", "u")}, "app")
    with _client(auth) as http:
        assert http.get("/x").json() == {"authorization": "Bearer app-token"}
        assert http.get("/x", extensions={SECURITY_SCHEME_EXTENSION: "user"}).json() == {"authorization": "u"}
        one_off = BearerAuth("one-off")
        answer = http.get("/x", extensions={SECURITY_SCHEME_EXTENSION: "user", AUTH_EXTENSION: one_off})
        assert answer.json() == {"authorization": "Bearer one-off"}
    assert "app-token" not in repr(auth)


def test_a_scheme_without_credentials_raises_before_sending() -> None:
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200)

    class Missing(Exception):
        pass

    auth = SecuritySchemeAuth({"app": BearerAuth("t"), "user": None}, "app", missing=lambda scheme: Missing(scheme))
    with httpx.Client(transport=httpx.MockTransport(record), auth=auth) as http, pytest.raises(Missing, match="user"):
        http.get("https://api.example/x", extensions={SECURITY_SCHEME_EXTENSION: "user"})
    assert sent == []
    default = SecuritySchemeAuth({"app": None}, "app")
    with _client(default) as http, pytest.raises(InvalidRequestError, match="'app' credentials"):
        http.get("/x")
    with pytest.raises(ValueError, match="default scheme"):
        SecuritySchemeAuth({"app": None}, "user")


async def test_async_requests_use_the_same_dispatch() -> None:
    auth = SecuritySchemeAuth({"app": BearerAuth("app-token"), "user": BearerAuth("user-token")}, "app")
    async with httpx.AsyncClient(transport=httpx.MockTransport(_echo), auth=auth) as http:
        answer = await http.get("https://api.example/x", extensions={SECURITY_SCHEME_EXTENSION: "user"})
    assert answer.json() == {"authorization": "Bearer user-token"}

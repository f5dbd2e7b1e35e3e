"""The Mxit sandbox in process: OAuth 2 grants, scope enforcement, raw (non-JSON) bodies, per-user state.

Every answer is also checked against specs/mxit.yaml by the engine (a non-conforming answer would be a 500)."""

from __future__ import annotations

import base64
import struct
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from switchboard_sandbox import SandboxApp, app
from switchboard_sandbox.providers.mxit import SCOPES, png

BASE = "http://sandbox.test"
BASIC = "Basic " + base64.b64encode(b"sandbox-client-id:sandbox-client-secret").decode()


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2030, 1, 1, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def mxit(clock: Clock) -> SandboxApp:
    return app("mxit", clock=clock)


@pytest.fixture
def http(mxit: SandboxApp) -> Iterator[httpx.Client]:
    with httpx.Client(transport=httpx.WSGITransport(app=mxit), base_url=BASE) as c:
        yield c


def app_token(http: httpx.Client, scope: str) -> dict[str, str]:
    response = http.post(
        "/token", data={"grant_type": "client_credentials", "scope": scope}, headers={"Authorization": BASIC}
    )
    assert response.status_code == 200, response.text
    return {"Authorization": "Bearer " + response.json()["access_token"]}


def user_grant(http: httpx.Client, scope: str, redirect_uri: str = "http://example.org/cb") -> dict[str, str]:
    authorize = http.get(
        "/authorize",
        params={"response_type": "code", "client_id": "sandbox-client-id", "redirect_uri": redirect_uri,
                "scope": scope},
    )  # fmt: skip
    assert authorize.status_code == 302
    code = httpx.URL(authorize.headers["location"]).params["code"]
    response = http.post(
        "/token",
        data={"grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri},
        headers={"Authorization": BASIC},
    )
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


def bearer(grant: dict[str, str]) -> dict[str, str]:
    return {"Authorization": "Bearer " + grant["access_token"]}


def test_every_operation_has_a_handler_and_a_scope(mxit: SandboxApp) -> None:
    assert mxit.unhandled == []
    assert set(SCOPES) == mxit.spec.operation_ids - {"authorize", "get_token"}


def test_token_endpoint_checks_the_client(http: httpx.Client) -> None:
    wrong = "Basic " + base64.b64encode(b"sandbox-client-id:nope").decode()
    response = http.post(
        "/token", data={"grant_type": "client_credentials", "scope": "a"}, headers={"Authorization": wrong}
    )
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_client"
    assert http.post("/token", data={"grant_type": "client_credentials"}).status_code == 401


def code(http: httpx.Client, **extra: str) -> httpx.URL:
    params = {"response_type": "code", "client_id": "sandbox-client-id", "redirect_uri": "http://a/cb", **extra}
    return httpx.URL(http.get("/authorize", params={"scope": "graph/read", **params}).headers["location"])


def test_codes_are_single_use_and_bound_to_the_redirect_uri(http: httpx.Client) -> None:
    location = code(http, state="s")
    assert location.params["state"] == "s"
    form = {"grant_type": "authorization_code", "code": location.params["code"], "redirect_uri": "http://b/cb"}
    refused = http.post("/token", data=form, headers={"Authorization": BASIC})
    assert (refused.status_code, refused.json()["error"]) == (400, "invalid_grant")
    form["code"] = code(http).params["code"]
    ok = http.post("/token", data={**form, "redirect_uri": "http://a/cb"}, headers={"Authorization": BASIC})
    assert ok.status_code == 200
    again = http.post("/token", data={**form, "redirect_uri": "http://a/cb"}, headers={"Authorization": BASIC})
    assert again.status_code == 400
    unknown_client = http.get("/authorize", params={"response_type": "code", "client_id": "x", "scope": "a"})
    assert unknown_client.status_code == 400


def test_scopes_and_token_kinds_are_enforced(http: httpx.Client) -> None:
    public = app_token(http, "profile/public")
    assert http.get("/user/lookup/example_mxit_id", headers=public).json() == "example_user_id"
    assert http.put("/user/statusmessage", json="x", headers=public).status_code == 403  # needs a user token
    content = app_token(http, "content/send")
    assert http.get("/user/lookup/example_mxit_id", headers=content).status_code == 403  # wrong scope
    assert http.get("/user/lookup/example_mxit_id").status_code == 401
    assert http.get("/user/lookup/example_mxit_id", headers={"Authorization": "Bearer nope"}).status_code == 401


def test_tokens_expire_and_refresh_tokens_rotate(http: httpx.Client, clock: Clock) -> None:
    grant = user_grant(http, "status/write")
    assert http.put("/user/statusmessage", json="a", headers=bearer(grant)).status_code == 200
    clock.now += timedelta(seconds=3600)
    assert http.put("/user/statusmessage", json="b", headers=bearer(grant)).status_code == 401
    form = {"grant_type": "refresh_token", "refresh_token": grant["refresh_token"]}
    fresh = http.post("/token", data=form, headers={"Authorization": BASIC})
    assert fresh.status_code == 200
    assert fresh.json()["scope"] == "status/write"
    assert http.put("/user/statusmessage", json="b", headers=bearer(fresh.json())).status_code == 200
    assert http.post("/token", data=form, headers={"Authorization": BASIC}).status_code == 400  # used up


def test_expire_tokens_control(http: httpx.Client) -> None:
    headers = app_token(http, "profile/public")
    assert http.post("/_sandbox/mxit/expire_tokens", json={}).json() == {"expired": 1}
    assert http.get("/user/lookup/example_mxit_id", headers=headers).status_code == 401


def test_binary_round_trip_keeps_bytes_and_content_type(http: httpx.Client) -> None:
    user = bearer(user_grant(http, "avatar/write content/write content/read"))
    public = app_token(http, "profile/public")
    data = bytes(range(256)) * 10
    assert http.post("/user/avatar", content=data, headers={**user, "Content-Type": "image/webp"}).status_code == 200
    avatar = http.get("/user/public/avatar/example_mxit_id", headers=public)
    assert (avatar.content, avatar.headers["content-type"]) == (data, "image/webp")
    uploaded = http.post("/user/media/file/old example folder name", params={"fileName": "b.bin"}, content=data,
                         headers={**user, "Content-Type": "application/octet-stream"})  # fmt: skip
    assert uploaded.status_code == 201
    download = http.get(f"/user/media/content/{uploaded.json()}", headers=user)
    assert download.content == data
    deleted = http.delete("/user/avatar", headers=user)
    assert (deleted.status_code, deleted.content, "content-type" in deleted.headers) == (204, b"", False)


def test_empty_answers_have_no_content_type(http: httpx.Client) -> None:
    user = bearer(user_grant(http, "status/write"))
    response = http.put("/user/statusmessage", json="hello", headers=user)
    assert (response.status_code, response.content) == (200, b"")
    assert "content-type" not in response.headers


def test_paging_and_filters(http: httpx.Client) -> None:
    user = bearer(user_grant(http, "graph/read"))
    page = http.get("/user/socialgraph/contactlist", params={"filter": "@All", "skip": 1, "count": 1}, headers=user)
    assert page.json() == {
        "Contacts": [{"UserId": "mxit_user_id_2", "DisplayName": "User Two", "Type": 0, "State": "Friends"}],
        "TotalCount": 3,
    }
    apps = http.get("/user/socialgraph/contactlist", params={"filter": "@Apps"}, headers=user).json()
    assert [c["UserId"] for c in apps["Contacts"]] == ["example_service"]
    bad = http.get("/user/socialgraph/contactlist", params={"filter": "@Everyone"}, headers=user)
    assert bad.status_code == 400


def test_state_is_per_user_and_reset_restores_the_seed(http: httpx.Client) -> None:
    user = bearer(user_grant(http, "content/write content/read"))
    assert http.post("/user/media/new", json={}, headers=user).status_code == 201
    assert http.post("/user/media/new", json={}, headers=user).status_code == 409
    http.post("/_sandbox/reset", json={})
    user = bearer(user_grant(http, "content/read"))
    folders = http.get("/user/media", headers=user).json()
    assert folders == {"Folders": [{"Name": "old example folder name", "FileCount": 1}]}


def test_png_helper_makes_a_valid_png() -> None:
    data = png(1, 2, 3)
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    length = struct.unpack(">I", data[8:12])[0]
    assert data[12:16] == b"IHDR"
    assert zlib.crc32(data[12 : 16 + length]) & 0xFFFFFFFF == struct.unpack(">I", data[16 + length : 20 + length])[0]


def test_an_empty_redirect_uri_is_accepted(http: httpx.Client) -> None:
    location = code(http, redirect_uri="")
    assert str(location).startswith("?code=")
    form = {"grant_type": "authorization_code", "code": location.params["code"], "redirect_uri": ""}
    assert http.post("/token", data=form, headers={"Authorization": BASIC}).status_code == 200

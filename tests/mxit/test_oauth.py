"""OAuth 2 against the sandbox: app tokens per scope, authorization-code user tokens, refresh, errors, caches."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from mxit import Mxit, MxitAPIAuthException, MxitAPIException, MxitAPIParameterException, MxitBadRequestException

from .conftest import ALL_SCOPES, CLIENT_ID, REDIRECT_URI, Sandbox, authorize, base_url, make_client

pytestmark = [pytest.mark.vcr, pytest.mark.sandbox_only]


def token_requests(client: Mxit) -> list[dict[str, list[str]]]:
    """Record the form of every token request the client sends from now on."""
    seen: list[dict[str, list[str]]] = []

    def hook(request: httpx.Request) -> None:
        if request.url.path == "/token":
            seen.append(parse_qs(request.content.decode()))

    client._invoker.http.event_hooks["request"].append(hook)
    return seen


def test_auth_url_has_the_documented_parameters(client: Mxit) -> None:
    client = make_client(state="st8")
    parts = urlsplit(client.oauth.auth_url("profile/private graph/read"))
    assert parts.path == "/authorize"
    assert parse_qs(parts.query) == {
        "response_type": ["code"],
        "client_id": [CLIENT_ID],
        "redirect_uri": [REDIRECT_URI],
        "scope": ["profile/private graph/read"],
        "state": ["st8"],
    }
    assert "redirect_uri" not in make_client(redirect_uri=None).oauth.auth_url("a")


def test_the_sandbox_redirects_back_with_code_and_state(sandbox: Sandbox) -> None:
    client = make_client(state="st8")
    with httpx.Client() as http:
        response = http.get(client.oauth.auth_url("graph/read"))
    assert response.status_code == 302
    location = httpx.URL(response.headers["location"])
    assert str(location).startswith(REDIRECT_URI + "?")
    assert location.params["state"] == "st8"
    assert location.params["code"]


def test_app_tokens_are_fetched_once_per_scope_and_kept(client: Mxit) -> None:
    forms = token_requests(client)
    assert client.users.get_user_id("example_mxit_id") == "example_user_id"
    client.users.send_file_offer("example_file_id", "mxit_user_id_1")  # content/send
    assert client.users.get_display_name("example_mxit_id") == "Example User"  # profile/public again
    client.users.send_file_offer("example_file_id", "mxit_user_id_2")
    assert [f["scope"] for f in forms] == [["profile/public"], ["content/send"]]
    assert all(f["grant_type"] == ["client_credentials"] for f in forms)


def test_get_app_token_for_several_scopes_serves_each(client: Mxit) -> None:
    forms = token_requests(client)
    token = client.oauth.get_app_token("profile/public content/send")
    assert client.oauth.get_app_token("content/send") == token
    client.users.get_status("example_mxit_id")
    assert len(forms) == 1


def test_user_token_from_code_and_a_second_grant_keeps_the_first(client: Mxit) -> None:
    forms = token_requests(client)
    token = client.oauth.get_user_token("status/write", authorize(client.oauth.auth_url("status/write")))
    assert forms == [
        {"grant_type": ["authorization_code"], "code": [forms[0]["code"][0]], "redirect_uri": [REDIRECT_URI]}
    ]
    client.oauth.get_user_token("graph/read", authorize(client.oauth.auth_url("graph/read")))
    assert client.oauth.get_user_token("status/write") == token  # kept, no code needed
    client.users.set_status("still here")
    assert "Contacts" in client.users.get_contact_list("@Friends")
    assert len(forms) == 2


def test_user_token_without_code_is_a_parameter_error(client: Mxit) -> None:
    with pytest.raises(MxitAPIParameterException, match="authorization code"):
        client.oauth.get_user_token("status/write")
    with pytest.raises(MxitAPIParameterException, match="get_user_token"):
        client.users.set_status("nobody signed in")
    with pytest.raises(MxitAPIParameterException, match="redirect_uri"):
        make_client(redirect_uri=None).oauth.get_user_token("status/write", "some-code")


def test_a_used_code_is_refused(client: Mxit) -> None:
    code = authorize(client.oauth.auth_url("status/write"))
    client.oauth.get_user_token("status/write", code)
    other = make_client()
    with pytest.raises(MxitBadRequestException, match="Failed to retrieve user token") as caught:
        other.oauth.get_user_token("status/write", code)
    assert caught.value.code == 400
    assert caught.value.json()["error"] == "invalid_grant"
    assert "refused the token request: invalid_grant" in str(caught.value)  # not "the client credentials"


def test_a_redirect_uri_other_than_the_authorized_one_is_refused(client: Mxit) -> None:
    code = authorize(client.oauth.auth_url("graph/read"))
    with pytest.raises(MxitAPIException, match="redirect_uri"):
        make_client(redirect_uri="http://example.org/elsewhere").oauth.get_user_token("graph/read", code)


def test_wrong_client_secret_is_an_auth_exception(sandbox: Sandbox) -> None:
    client = Mxit(CLIENT_ID, "wrong-secret", base_url=base_url(), auth_base_url=base_url())
    with pytest.raises(MxitAPIAuthException, match="Failed to retrieve app token") as caught:
        client.users.get_user_id("example_mxit_id")
    assert caught.value.status_code == 401
    assert caught.value.json() == {"error": "invalid_client", "error_description": "Unknown client or wrong secret"}


def test_expired_tokens_are_refreshed_or_refetched(user_client: Mxit, sandbox: Sandbox) -> None:
    forms = token_requests(user_client)
    user_client.users.get_user_id("example_mxit_id")
    sandbox.expire_tokens()
    assert user_client.users.get_full_profile()["UserId"] == "example_user_id"  # 401 -> refresh -> resent
    assert user_client.users.get_user_id("mxit_id_1") == "mxit_user_id_1"  # 401 -> new app token -> resent
    assert [f["grant_type"] for f in forms] == [["client_credentials"], ["refresh_token"], ["client_credentials"]]
    assert forms[1]["refresh_token"]


def test_redirect_url_spelling_is_accepted(sandbox: Sandbox) -> None:
    client = Mxit(CLIENT_ID, "sandbox-client-secret", redirect_url=REDIRECT_URI, base_url=base_url(),
                  auth_base_url=base_url())  # fmt: skip
    assert client.redirect_uri == REDIRECT_URI
    client.oauth.get_user_token("content/read", authorize(client.oauth.auth_url("content/read")))
    assert "Folders" in client.users.get_gallery_folder_list()


class DjangoLikeCache:
    """What python-mxit's ``cache=`` expected: get(key) and set(key, value, timeout)."""

    def __init__(self) -> None:
        self.data: dict[str, Any] = {}
        self.timeouts: dict[str, Any] = {}

    def get(self, key: str) -> Any:
        return self.data.get(key)

    def set(self, key: str, value: Any, timeout: Any) -> None:
        self.data[key] = value
        self.timeouts[key] = timeout

    def delete(self, key: str) -> None:
        self.data.pop(key, None)


def test_an_external_cache_is_shared_and_works_for_user_tokens(sandbox: Sandbox) -> None:
    cache = DjangoLikeCache()
    first = make_client(cache=cache)
    first.users.get_user_id("example_mxit_id")
    first.oauth.get_user_token(ALL_SCOPES, authorize(first.oauth.auth_url(ALL_SCOPES)))
    assert set(cache.data) >= {
        f"oauth_app_profile_public_{CLIENT_ID}",
        f"oauth_user_status_write_{CLIENT_ID}",
        f"oauth_user_content_read_{CLIENT_ID}",
    }
    assert cache.timeouts[f"oauth_app_profile_public_{CLIENT_ID}"] == 3300
    second = make_client(cache=cache)
    forms = token_requests(second)
    assert second.users.get_display_name("example_mxit_id") == "Example User"
    second.users.set_status("shared")  # the user token from the cache, no code
    assert forms == []

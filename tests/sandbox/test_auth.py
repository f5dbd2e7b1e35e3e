"""MessageMedia credentials: Basic, HMAC (signed here independently), and the Account header."""

from __future__ import annotations

import base64
from datetime import timedelta
from email.utils import format_datetime

import httpx
import pytest
from openapi_core import OpenAPI

from switchboard_sandbox.providers.messagemedia_auth import hmac_signature

from .conftest import KEY, NOW, SECRET, conforms, message, send, sign

MESSAGE_ID = "877c19ef-fa2e-4cec-827a-e1df9b5509f7"
DATE = "Wed, 08 Feb 2023 03:00:00 GMT"


@pytest.mark.parametrize(
    ("method", "path", "md5", "signature"),
    [
        ("POST", "/v1/messages", "11c8441db1423dfa81b24085a71e6de3", "WLgsyjJXONU0/Eh2fcpf7TyrGBg="),
        ("GET", "/v1/replies", None, "53va029lOb+/Z5zx9kNfz5hxRQQ="),
        ("GET", f"/v1/messages/{MESSAGE_ID}", None, "aA/x+dw3dUCSXPU86ZvX22gzxBE="),
        ("POST", f"/v1/messages/{MESSAGE_ID}", "3ec501b0caba01e27bef054414d0dc04", "kCiLaZvTvs4Al5wqN1vtTDZ6X3g="),
    ],
)
def test_signature_matches_the_reference_vectors(method: str, path: str, md5: str | None, signature: str) -> None:
    assert hmac_signature("API_SECRET", DATE, method, path, md5) == signature


# -- Basic ----------------------------------------------------------------------------------------------------------


def test_basic_ok(client: httpx.Client, spec: OpenAPI) -> None:
    response = client.get("/v1/messaging/credits")
    assert response.status_code == 200
    assert conforms(spec, response) == {"credits": 1000}


def test_seed_placeholder_credentials_are_accepted(anonymous: httpx.Client) -> None:
    response = anonymous.get("/v1/replies", auth=("basic_auth_user_name", "basic_auth_password"))
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("authorization", "reason"),
    [
        ("Basic " + base64.b64encode(b"sandbox-key:not-the-secret").decode(), "Invalid API key or secret"),
        ("Basic " + base64.b64encode(b"someone:sandbox-secret").decode(), "Invalid API key or secret"),
        ("Basic " + base64.b64encode(b"sandbox-key").decode(), "Invalid API key or secret"),
        ("Basic %%%", "Malformed Basic credentials"),
        ("Bearer sandbox-secret", "Unsupported Authorization scheme: use Basic or hmac"),
    ],
)
def test_basic_bad_is_401_without_echoing_credentials(
    anonymous: httpx.Client, spec: OpenAPI, authorization: str, reason: str
) -> None:
    response = anonymous.get("/v1/messaging/credits", headers={"Authorization": authorization})
    assert response.status_code == 401
    assert conforms(spec, response) == {"message": reason}
    assert not any(secret in response.text for secret in ("sandbox-secret", "not-the-secret", authorization[6:]))
    assert response.headers["www-authenticate"].startswith("Basic ")


def test_basic_missing_is_401(anonymous: httpx.Client) -> None:
    response = anonymous.get("/v1/messaging/credits")
    assert response.status_code == 401
    assert response.json()["message"].startswith("Missing credentials")


def test_credentials_can_be_overridden_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from switchboard_sandbox import app

    monkeypatch.setenv("SANDBOX_MESSAGEMEDIA_KEY", "other-key")
    monkeypatch.setenv("SANDBOX_MESSAGEMEDIA_SECRET", "other-secret")
    with httpx.Client(transport=httpx.WSGITransport(app=app("messagemedia")), base_url="http://s") as c:
        assert c.get("/v1/messaging/credits", auth=("other-key", "other-secret")).status_code == 200
        assert c.get("/v1/messaging/credits", auth=(KEY, SECRET)).status_code == 401


# -- HMAC -----------------------------------------------------------------------------------------------------------


def test_hmac_get_ok(anonymous: httpx.Client) -> None:
    response = anonymous.send(sign(anonymous.build_request("GET", "/v1/replies")))
    assert response.status_code == 200
    assert response.json() == {"replies": []}


def test_hmac_post_ok(anonymous: httpx.Client) -> None:
    request = anonymous.build_request("POST", "/v1/messages", json={"messages": [message()]})
    response = anonymous.send(sign(request))
    assert response.status_code == 202
    assert response.json()["messages"][0]["status"] == "queued"


def test_hmac_put_signs_the_real_method_and_path(client: httpx.Client, anonymous: httpx.Client) -> None:
    [sent] = send(client, message(scheduled="2099-01-01T00:00:00Z"))
    path = f"/v1/messages/{sent['message_id']}"
    as_posted = sign(anonymous.build_request("PUT", path, json={"status": "cancelled"}), method="POST")
    assert anonymous.send(as_posted).status_code == 401  # the 2.x bug: PUT signed as POST
    as_template = sign(
        anonymous.build_request("PUT", path, json={"status": "cancelled"}), path="/v1/messages/{messageId}"
    )
    assert anonymous.send(as_template).status_code == 401  # the 1.1.0 bug: the template path signed
    response = anonymous.send(sign(anonymous.build_request("PUT", path, json={"status": "cancelled"})))
    assert response.status_code == 200
    assert response.json() == {"message_id": sent["message_id"], "status": "cancelled"}


def _rejection(anonymous: httpx.Client, request: httpx.Request) -> str:
    response = anonymous.send(request)
    assert response.status_code == 401
    assert SECRET not in response.text
    reason: str = response.json()["message"]
    return reason


def test_hmac_wrong_secret_is_401(anonymous: httpx.Client) -> None:
    request = sign(anonymous.build_request("GET", "/v1/replies"), secret="not-the-secret")
    assert _rejection(anonymous, request) == "The HMAC signature does not match the request"


def test_hmac_body_changed_after_signing_is_401(anonymous: httpx.Client) -> None:
    request = sign(anonymous.build_request("POST", "/v1/messages", json={"messages": [message()]}))
    tampered = anonymous.build_request(
        "POST", "/v1/messages", json={"messages": [message(content="HELLO")]}, headers=dict(request.headers)
    )
    assert _rejection(anonymous, tampered) == "x-Content-MD5 is missing or is not the MD5 of the body"


def test_hmac_without_date_is_401(anonymous: httpx.Client) -> None:
    request = sign(anonymous.build_request("GET", "/v1/replies"))
    del request.headers["date"]
    assert _rejection(anonymous, request) == "HMAC requests need a date header"


@pytest.mark.parametrize("skew", [timedelta(minutes=16), -timedelta(minutes=16)])
def test_hmac_with_a_date_too_far_from_now_is_401(anonymous: httpx.Client, skew: timedelta) -> None:
    request = sign(anonymous.build_request("GET", "/v1/replies"), date=format_datetime(NOW + skew, usegmt=True))
    assert _rejection(anonymous, request) == "The date header is more than 15 minutes away from the server time"


def test_hmac_with_a_date_14_minutes_old_is_ok(anonymous: httpx.Client) -> None:
    date = format_datetime(NOW - timedelta(minutes=14), usegmt=True)
    assert anonymous.send(sign(anonymous.build_request("GET", "/v1/replies"), date=date)).status_code == 200


def test_hmac_with_the_wrong_signed_headers_list_is_401(anonymous: httpx.Client) -> None:
    request = sign(anonymous.build_request("GET", "/v1/replies"))
    request.headers["Authorization"] = request.headers["Authorization"].replace("date request-line", "request-line")
    assert _rejection(anonymous, request) == 'The signed headers must be "date request-line"'


def test_hmac_with_an_unknown_key_is_401(anonymous: httpx.Client) -> None:
    request = sign(anonymous.build_request("GET", "/v1/replies"))
    request.headers["Authorization"] = request.headers["Authorization"].replace(KEY, "nobody")
    assert _rejection(anonymous, request) == "Invalid API key or secret"


def test_hmac_malformed_is_401(anonymous: httpx.Client) -> None:
    request = anonymous.build_request("GET", "/v1/replies", headers={"Authorization": 'hmac username="x"'})
    assert (
        _rejection(anonymous, request) == "Malformed HMAC Authorization header: missing algorithm, headers, signature"
    )


# -- Account --------------------------------------------------------------------------------------------------------


def test_our_account_header_is_accepted(client: httpx.Client) -> None:
    assert client.get("/v1/replies", headers={"Account": "sandbox-account"}).status_code == 200


def test_another_account_is_403(client: httpx.Client, spec: OpenAPI) -> None:
    response = client.post("/v1/messages", json={"messages": [message()]}, headers={"Account": "someone-else"})
    assert response.status_code == 403
    assert conforms(spec, response)["message"]
    assert client.get("/_sandbox/messagemedia/state").json()["messages"] == 0

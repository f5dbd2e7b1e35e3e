"""Static-credential auths, MessageMedia HMAC signing, and secret-free reprs of every auth object."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass

import httpx
import pytest

import switchboard_core.auth as auth_pkg
from switchboard_core.auth import (
    BasicAuth,
    BearerAuth,
    HeaderAuth,
    MemoryTokenCache,
    MessageMediaHmacAuth,
    OAuth1Auth,
    OAuth2ClientCredentials,
    Token,
    basic_authorization,
    content_md5,
    hmac_signature,
    request_path,
    signing_string,
)

BASE = "https://api.messagemedia.com"
DATE = "Wed, 08 Feb 2023 03:00:00 GMT"
CLOCK = 1675825200.0
SEND_BODY = b'{"messages": [{"content": "My first message", "destination_number": "+61491570156"}]}'
MESSAGE_ID = "877c19ef-fa2e-4cec-827a-e1df9b5509f7"


def echo_headers(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=dict(request.headers))


def sent_headers(auth: httpx.Auth, method: str = "GET", url: str = f"{BASE}/v1/replies") -> httpx.Headers:
    """Send one request through a real client and return the headers the server received."""
    with httpx.Client(transport=httpx.MockTransport(echo_headers), auth=auth) as client:
        response = client.request(method, url)
    return httpx.Headers(response.json())


# -- static credentials --------------------------------------------------------------------------------------------


def test_basic_auth_matches_the_reference_vector() -> None:
    headers = sent_headers(BasicAuth("API_KEY", "API_SECRET"))
    assert headers["authorization"] == "Basic QVBJX0tFWTpBUElfU0VDUkVU"


def test_basic_auth_encodes_utf8() -> None:
    headers = sent_headers(BasicAuth("ключ", "pä:ss"))
    scheme, _, encoded = headers["authorization"].partition(" ")
    assert scheme == "Basic"
    assert base64.b64decode(encoded).decode() == "ключ:pä:ss"


def test_header_auth_sets_the_named_header() -> None:
    headers = sent_headers(HeaderAuth("X-API-KEY", "k-123"))
    assert headers["x-api-key"] == "k-123"
    assert "authorization" not in headers


def test_header_auth_with_prefix() -> None:
    headers = sent_headers(HeaderAuth("Authorization", "abc", prefix="Token"))
    assert headers["authorization"] == "Token abc"


def test_header_auth_replaces_a_header_already_on_the_request() -> None:
    with httpx.Client(transport=httpx.MockTransport(echo_headers), auth=HeaderAuth("X-API-KEY", "right")) as client:
        response = client.get(f"{BASE}/x", headers={"X-API-KEY": "wrong"})
    assert response.json()["x-api-key"] == "right"


def test_header_auth_rejects_an_empty_header_name() -> None:
    with pytest.raises(ValueError, match="header name"):
        HeaderAuth("", "v")


def test_bearer_auth() -> None:
    assert sent_headers(BearerAuth("tok-1"))["authorization"] == "Bearer tok-1"


async def test_static_auths_work_on_async_clients() -> None:
    async with httpx.AsyncClient(
        transport=httpx.MockTransport(echo_headers), auth=BasicAuth("API_KEY", "API_SECRET")
    ) as client:
        response = await client.get(f"{BASE}/v1/replies")
    assert response.json()["authorization"] == "Basic QVBJX0tFWTpBUElfU0VDUkVU"


# -- MessageMedia HMAC: the reference vectors ----------------------------------------------------------------------


def test_signing_string_layout() -> None:
    assert signing_string(DATE, "POST", "/v1/messages", "11c8441db1423dfa81b24085a71e6de3") == (
        f"date: {DATE}\nx-Content-MD5: 11c8441db1423dfa81b24085a71e6de3\nPOST /v1/messages HTTP/1.1"
    )
    assert signing_string(DATE, "get", "/v1/replies", None) == f"date: {DATE}\nGET /v1/replies HTTP/1.1"


def test_content_md5() -> None:
    assert content_md5(SEND_BODY) == "11c8441db1423dfa81b24085a71e6de3"
    assert content_md5(b'{"status": "cancelled"}') == "3ec501b0caba01e27bef054414d0dc04"
    assert content_md5(b"") is None


@pytest.mark.parametrize(
    ("method", "path", "md5", "signature"),
    [
        ("POST", "/v1/messages", "11c8441db1423dfa81b24085a71e6de3", "WLgsyjJXONU0/Eh2fcpf7TyrGBg="),
        ("GET", "/v1/replies", None, "53va029lOb+/Z5zx9kNfz5hxRQQ="),
        ("GET", f"/v1/messages/{MESSAGE_ID}", None, "aA/x+dw3dUCSXPU86ZvX22gzxBE="),
        # the legacy variants from the reference table, to show the pure function matches the real library
        ("GET", "/v1/messages/{messageId}", None, "r3mQOpFVY5naP/59A6xL16nZFEE="),
        ("POST", f"/v1/messages/{MESSAGE_ID}", "3ec501b0caba01e27bef054414d0dc04", "kCiLaZvTvs4Al5wqN1vtTDZ6X3g="),
    ],
)
def test_hmac_signature_reference_vectors(method: str, path: str, md5: str | None, signature: str) -> None:
    assert hmac_signature("API_SECRET", DATE, method, path, md5) == signature


def signed(request: httpx.Request) -> httpx.Request:
    """Run ``request`` through the HMAC auth flow (as httpx does) and return what would be sent."""
    auth = MessageMediaHmacAuth("API_KEY", "API_SECRET", clock=lambda: CLOCK)
    request.read()
    flow = auth.auth_flow(request)
    sent = next(flow)
    with pytest.raises(StopIteration):
        flow.send(httpx.Response(202))
    return sent


def test_hmac_auth_post_vector() -> None:
    sent = signed(httpx.Request("POST", f"{BASE}/v1/messages", content=SEND_BODY))
    assert sent.headers["date"] == DATE
    assert sent.headers["x-Content-MD5"] == "11c8441db1423dfa81b24085a71e6de3"
    assert sent.headers["Authorization"] == (
        'hmac username="API_KEY", algorithm="hmac-sha1", headers="date x-Content-MD5 request-line", '
        'signature="WLgsyjJXONU0/Eh2fcpf7TyrGBg="'
    )
    assert (b"x-Content-MD5", b"11c8441db1423dfa81b24085a71e6de3") in sent.headers.raw  # exact header case


def test_hmac_auth_get_vector_has_no_md5() -> None:
    sent = signed(httpx.Request("GET", f"{BASE}/v1/replies"))
    assert sent.headers["date"] == DATE
    assert "x-Content-MD5" not in sent.headers
    assert sent.headers["Authorization"] == (
        'hmac username="API_KEY", algorithm="hmac-sha1", headers="date request-line", '
        'signature="53va029lOb+/Z5zx9kNfz5hxRQQ="'
    )


def test_hmac_auth_signs_the_substituted_path_without_the_query() -> None:
    sent = signed(httpx.Request("GET", f"{BASE}/v1/messages/{MESSAGE_ID}", params={"page": "2"}))
    assert sent.url.query == b"page=2"
    assert sent.headers["Authorization"].endswith('signature="aA/x+dw3dUCSXPU86ZvX22gzxBE="')


def test_hmac_auth_signs_the_real_method() -> None:
    """2.x sends the cancel as PUT but signs POST; we sign what is sent."""
    sent = signed(httpx.Request("PUT", f"{BASE}/v1/messages/{MESSAGE_ID}", content=b'{"status": "cancelled"}'))
    assert sent.headers["x-Content-MD5"] == "3ec501b0caba01e27bef054414d0dc04"
    expected = hmac_signature(
        "API_SECRET", DATE, "PUT", f"/v1/messages/{MESSAGE_ID}", "3ec501b0caba01e27bef054414d0dc04"
    )
    assert expected != "kCiLaZvTvs4Al5wqN1vtTDZ6X3g="  # the legacy POST-for-PUT signature
    assert sent.headers["Authorization"].endswith(f'signature="{expected}"')


def test_request_path_keeps_percent_encoding() -> None:
    url = httpx.URL(f"{BASE}/v1/messages/a b%2Fc?x=1")
    assert request_path(url) == "/v1/messages/a%20b%2Fc"


def test_hmac_date_comes_from_the_clock() -> None:
    auth = MessageMediaHmacAuth("API_KEY", "API_SECRET", clock=lambda: CLOCK + 86400 * 31 + 3661)
    request = httpx.Request("GET", f"{BASE}/v1/replies")
    auth.sign(request)
    assert request.headers["date"] == "Sat, 11 Mar 2023 04:01:01 GMT"


# -- MessageMedia HMAC: verified by a server through real clients --------------------------------------------------

AUTH_RE = re.compile(r'^hmac username="([^"]+)", algorithm="hmac-sha1", headers="([^"]+)", signature="([^"]+)"$')


@dataclass
class Seen:
    ok: bool
    method: str
    path: str
    body: bytes


class VerifyingServer:
    """Recomputes MD5 and signature from what it received, as the sandbox will."""

    def __init__(self) -> None:
        self.seen: list[Seen] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        match = AUTH_RE.match(request.headers["authorization"])
        assert match is not None, request.headers["authorization"]
        username, signed_headers, signature = match.groups()
        body = request.read()
        md5 = hashlib.md5(body, usedforsecurity=False).hexdigest() if body else None
        if md5 is not None:
            assert request.headers["x-content-md5"] == md5
            assert signed_headers == "date x-Content-MD5 request-line"
        else:
            assert "x-content-md5" not in request.headers
            assert signed_headers == "date request-line"
        path = request.url.raw_path.split(b"?")[0].decode()
        text = signing_string(request.headers["date"], request.method, path, md5)
        expected = base64.b64encode(hmac.new(b"API_SECRET", text.encode(), hashlib.sha1).digest()).decode()
        ok = username == "API_KEY" and hmac.compare_digest(signature, expected)
        self.seen.append(Seen(ok, request.method, path, body))
        return httpx.Response(202 if ok else 401, json={"ok": ok})


def test_hmac_through_a_real_client_with_a_json_body() -> None:
    server = VerifyingServer()
    payload = {"messages": [{"content": "Hé ☃", "destination_number": "+61491570156"}]}
    auth = MessageMediaHmacAuth("API_KEY", "API_SECRET", clock=lambda: CLOCK)
    with httpx.Client(base_url=BASE, transport=httpx.MockTransport(server), auth=auth) as client:
        response = client.post("/v1/messages", json=payload)
        assert response.status_code == 202
        response = client.get(f"/v1/messages/{MESSAGE_ID}", params={"x": "1 2"})
        assert response.status_code == 202
        response = client.put("/v1/messages/a b", json={"status": "cancelled"})
        assert response.status_code == 202
    assert [(s.ok, s.method) for s in server.seen] == [(True, "POST"), (True, "GET"), (True, "PUT")]
    assert json.loads(server.seen[0].body) == payload
    assert server.seen[1].path == f"/v1/messages/{MESSAGE_ID}"
    assert server.seen[2].path == "/v1/messages/a%20b"


def test_hmac_verification_fails_with_the_wrong_secret() -> None:
    server = VerifyingServer()
    auth = MessageMediaHmacAuth("API_KEY", "WRONG", clock=lambda: CLOCK)
    with httpx.Client(base_url=BASE, transport=httpx.MockTransport(server), auth=auth) as client:
        response = client.post("/v1/messages", json={"messages": []})
    assert response.status_code == 401
    assert server.seen[0].ok is False


async def test_hmac_through_an_async_client_with_a_streamed_body() -> None:
    server = VerifyingServer()

    async def chunks() -> AsyncIterator[bytes]:
        yield b'{"messages": '
        yield b"[]}"

    auth = MessageMediaHmacAuth("API_KEY", "API_SECRET", clock=lambda: CLOCK)
    async with httpx.AsyncClient(base_url=BASE, transport=httpx.MockTransport(server), auth=auth) as client:
        response = await client.post("/v1/messages", content=chunks())
    assert response.status_code == 202
    assert server.seen[0].body == b'{"messages": []}'


# -- no secret in any repr / str -----------------------------------------------------------------------------------

SECRETS = ("S3CR3T-USER", "S3CR3T-PASS", "S3CR3T-TOKEN", "S3CR3T-TSEC")


def all_auths() -> list[object]:
    user, password, token, token_secret = SECRETS
    return [
        BasicAuth(user, password),
        HeaderAuth("X-API-KEY", token, prefix="Key"),
        BearerAuth(token),
        MessageMediaHmacAuth(user, password),
        OAuth2ClientCredentials("https://auth.example.com/token", user, password, scope="a b"),
        OAuth1Auth(user, password, token, token_secret, callback_uri="https://cb.example.com", verifier="v"),
        Token(access_token=token, refresh_token=token_secret, scope="a", expires_at=1.0),
    ]


@pytest.mark.parametrize("obj", all_auths(), ids=lambda obj: type(obj).__name__)
def test_repr_and_str_hide_every_secret(obj: object) -> None:
    for text in (repr(obj), str(obj), f"{obj}", f"{obj!r}"):
        assert "REDACTED" in text
        for secret in SECRETS:
            assert secret not in text


def test_reprs_show_the_non_secret_parts() -> None:
    assert repr(BasicAuth("u", "p")) == "BasicAuth(username=REDACTED)"
    assert repr(HeaderAuth("X-API-KEY", "k")) == "HeaderAuth(header='X-API-KEY', value=REDACTED, prefix='')"
    assert repr(BearerAuth("t")) == "BearerAuth(token=REDACTED)"
    assert repr(MessageMediaHmacAuth("k", "s")) == "MessageMediaHmacAuth(api_key=REDACTED)"
    assert repr(OAuth2ClientCredentials("https://auth.example.com/token", "id", "secret", scope="a b")) == (
        "OAuth2ClientCredentials(token_url='https://auth.example.com/token', client_id=REDACTED, scope='a b')"
    )
    assert repr(OAuth1Auth("ck", "cs")) == "OAuth1Auth(consumer_key=REDACTED, token=None)"
    assert repr(Token("t", expires_at=5.0, scope="s")) == (
        "Token(access_token=REDACTED, token_type='Bearer', expires_at=5.0, scope='s', refresh_token=None)"
    )


def test_basic_authorization_is_rfc_7617_utf8() -> None:
    assert basic_authorization("Aladdin", "open sesame") == "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
    assert basic_authorization("ü", "p") == "Basic " + base64.b64encode("ü:p".encode()).decode()


def test_memory_cache_repr_hides_tokens() -> None:
    cache = MemoryTokenCache()
    cache.set("k", Token("S3CR3T-TOKEN"))
    assert repr(cache) == "MemoryTokenCache(<1 tokens>)"


def test_public_api_is_exported() -> None:
    assert set(auth_pkg.__all__) == {
        "AUTH_EXTENSION",
        "SECURITY_SCHEME_EXTENSION",
        "SecuritySchemeAuth",
        "BasicAuth",
        "LockedFlow",
        "BearerAuth",
        "HeaderAuth",
        "MemoryTokenCache",
        "MessageMediaHmacAuth",
        "MissingTokenError",
        "OAUTH2_SCOPE_EXTENSION",
        "OAuth1Auth",
        "OAuth2ClientCredentials",
        "OAuth2ScopedAuth",
        "ScopeBoundAuth",
        "ScopeRequirement",
        "TOKEN_REQUEST_EXTENSION",
        "Token",
        "TokenCache",
        "TokenResponseReader",
        "arun_token_flow",
        "basic_authorization",
        "content_md5",
        "hmac_signature",
        "parse_token_response",
        "request_path",
        "run_token_flow",
        "signing_string",
    }
    for name in auth_pkg.__all__:
        assert getattr(auth_pkg, name) is not None

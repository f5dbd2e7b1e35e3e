"""OAuth 1.0a signing: verified by an independent HMAC-SHA1 implementation and by Authlib's server side."""

from __future__ import annotations

import base64
import hashlib
import hmac
import importlib
import json
import os
import sys
from dataclasses import dataclass, field
from types import SimpleNamespace
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

import httpx
import pytest

import switchboard_core
import switchboard_core.auth
from switchboard_core import RetryPolicy, RetryTransport
from switchboard_core._errors import InvalidRequestError
from switchboard_core.auth import OAuth1Auth

CK, CS, TOKEN, TS = "consumer-key", "consumer-secret&x", "access-token", "token-secret"


def escape(value: str) -> str:
    return quote(value, safe="~")


def parse_oauth_header(value: str) -> dict[str, str]:
    scheme, _, rest = value.partition(" ")
    assert scheme == "OAuth"
    params = {}
    for part in rest.split(", "):
        name, _, quoted = part.partition("=")
        assert quoted.startswith('"')
        assert quoted.endswith('"')
        params[unquote(name)] = unquote(quoted[1:-1])
    return params


def base_string(request: httpx.Request, oauth: dict[str, str], body_params: list[tuple[str, str]]) -> str:
    """RFC 5849 §3.4.1, written from the RFC without Authlib."""
    parts = urlsplit(str(request.url))
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    default = {"http": 80, "https": 443}[scheme]
    netloc = host if parts.port in (None, default) else f"{host}:{parts.port}"
    base_uri = f"{scheme}://{netloc}{parts.path or '/'}"
    params = parse_qsl(parts.query, keep_blank_values=True) + body_params
    params += [(k, v) for k, v in oauth.items() if k != "oauth_signature"]
    normalized = "&".join(f"{k}={v}" for k, v in sorted((escape(k), escape(v)) for k, v in params))
    return "&".join(escape(x) for x in (request.method.upper(), base_uri, normalized))


def independent_signature(base: str, consumer_secret: str, token_secret: str | None) -> str:
    key = f"{escape(consumer_secret)}&{escape(token_secret or '')}"
    return base64.b64encode(hmac.new(key.encode(), base.encode(), hashlib.sha1).digest()).decode()


def authlib_verifies(request: httpx.Request, consumer_secret: str, token_secret: str | None) -> bool:
    """Authlib's server-side check (the one an OAuth 1 provider built on Authlib runs)."""
    from authlib.oauth1.rfc5849.signature import verify_hmac_sha1
    from authlib.oauth1.rfc5849.wrapper import OAuth1Request

    content_type = request.headers.get("content-type", "")
    body = request.content.decode() if content_type.startswith("application/x-www-form-urlencoded") else None
    # Authlib's parser rejects the characters httpx leaves unescaped in queries ([]$'!), so re-escape them.
    query = urlencode(parse_qsl(request.url.query.decode(), keep_blank_values=True), quote_via=quote, safe="")
    url = str(request.url.copy_with(query=query.encode() or None))
    headers = {"Authorization": request.headers["authorization"]}
    oauth_request = OAuth1Request(request.method, url, body=body, headers=headers)
    oauth_request.client = SimpleNamespace(get_client_secret=lambda: consumer_secret)
    oauth_request.credential = SimpleNamespace(get_oauth_token_secret=lambda: token_secret)
    return bool(verify_hmac_sha1(oauth_request))


@dataclass
class Received:
    request: httpx.Request
    body: bytes
    oauth: dict[str, str]
    base: str
    independent_ok: bool
    authlib_ok: bool


@dataclass
class VerifyingServer:
    consumer_secret: str = CS
    token_secret: str | None = TS
    received: list[Received] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        oauth = parse_oauth_header(request.headers["authorization"])
        is_form = request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded")
        body_params = parse_qsl(body.decode(), keep_blank_values=True) if is_form else []
        base = base_string(request, oauth, body_params)
        expected = independent_signature(base, self.consumer_secret, self.token_secret)
        independent_ok = hmac.compare_digest(expected, oauth["oauth_signature"])
        authlib_ok = authlib_verifies(request, self.consumer_secret, self.token_secret)
        self.received.append(Received(request, body, oauth, base, independent_ok, authlib_ok))
        return httpx.Response(200 if independent_ok and authlib_ok else 401)


def send(server: VerifyingServer, auth: OAuth1Auth, method: str, url: str, **kwargs: object) -> Received:
    with httpx.Client(transport=httpx.MockTransport(server), auth=auth) as client:
        response = client.request(method, url, **kwargs)  # type: ignore[arg-type]
    received = server.received[-1]
    assert received.independent_ok, received.base
    assert received.authlib_ok, received.base
    assert response.status_code == 200
    return received


def test_get_with_query_is_signed_over_the_query_parameters() -> None:
    server = VerifyingServer()
    received = send(
        server,
        OAuth1Auth(CK, CS, TOKEN, TS),
        "GET",
        "https://api.twitter.com/1.1/statuses/user_timeline.json",
        params={"screen_name": "twitterapi", "count": "2", "q": "a b+c/ü", "ids[]": "1", "x": "$'!"},
    )
    assert received.oauth["oauth_consumer_key"] == CK
    assert received.oauth["oauth_token"] == TOKEN
    assert received.oauth["oauth_signature_method"] == "HMAC-SHA1"
    assert received.oauth["oauth_version"] == "1.0"
    assert "oauth_body_hash" not in received.oauth
    assert "screen_name%3Dtwitterapi" in received.base
    assert "ids%255B%255D%3D1" in received.base  # the query parameters are part of what was signed
    assert received.base.startswith("GET&https%3A%2F%2Fapi.twitter.com%2F1.1%2Fstatuses%2Fuser_timeline.json&")


def test_raw_query_characters_httpx_leaves_unescaped_are_signed() -> None:
    server = VerifyingServer()
    url = "https://api.example.com/1.1/lookup.json?ids[]=1&ids[]=2&x=$'!&flag"
    received = send(server, OAuth1Auth(CK, CS, TOKEN, TS), "GET", url)
    assert received.request.url.query == b"ids[]=1&ids[]=2&x=$'!&flag"  # sent as given
    assert "ids%255B%255D%3D2" in received.base
    assert "flag%3D%26" in received.base


def test_form_post_is_signed_over_the_body_parameters() -> None:
    server = VerifyingServer()
    form = {"status": "Hello Ladies + Gentlemen, a signed OAuth request!", "include_entities": "true"}
    received = send(
        server, OAuth1Auth(CK, CS, TOKEN, TS), "POST", "https://api.twitter.com/1.1/statuses/update.json", data=form
    )
    assert dict(parse_qsl(received.body.decode())) == form  # body sent unchanged
    assert "status%3DHello%2520Ladies%2520%252B%2520Gentlemen" in received.base
    assert "oauth_body_hash" not in received.oauth


def test_form_params_change_the_signature() -> None:
    """A tampered form body must fail verification, i.e. the body really is signed."""
    auth = OAuth1Auth(CK, CS, TOKEN, TS)
    request = httpx.Request("POST", "https://api.example.com/update", data={"status": "original"})
    header = auth.authorization_header(request)
    oauth = parse_oauth_header(header)
    tampered = httpx.Request("POST", "https://api.example.com/update", data={"status": "tampered"})
    good = base_string(request, oauth, [("status", "original")])
    bad = base_string(tampered, oauth, [("status", "tampered")])
    assert independent_signature(good, CS, TS) == oauth["oauth_signature"]
    assert independent_signature(bad, CS, TS) != oauth["oauth_signature"]


def test_json_body_is_sent_intact_and_not_signed() -> None:
    server = VerifyingServer()
    payload = {"event": {"type": "message_create", "text": "héllo", "n": [1, 2]}}
    received = send(
        server, OAuth1Auth(CK, CS, TOKEN, TS), "POST", "https://api.twitter.com/1.1/dm/new.json", json=payload
    )
    assert json.loads(received.body) == payload
    assert received.request.headers["content-length"] == str(len(received.body))
    assert received.request.headers["content-type"] == "application/json"
    assert "oauth_body_hash" not in received.oauth


def test_multipart_body_is_sent_intact() -> None:
    server = VerifyingServer()
    received = send(
        server,
        OAuth1Auth(CK, CS, TOKEN, TS),
        "POST",
        "https://upload.twitter.com/1.1/media/upload.json",
        data={"media_category": "tweet_image"},
        files={"media": ("a.png", b"\x89PNG\r\n\x1a\nbinary", "image/png")},
    )
    assert b"\x89PNG\r\n\x1a\nbinary" in received.body
    assert b'name="media_category"' in received.body
    assert received.request.headers["content-length"] == str(len(received.body))


def test_consumer_only_request_token_step_with_callback() -> None:
    server = VerifyingServer(token_secret=None)
    received = send(
        server,
        OAuth1Auth(CK, CS, callback_uri="https://app.example.com/callback"),
        "POST",
        "https://api.twitter.com/oauth/request_token",
    )
    assert received.oauth["oauth_callback"] == "https://app.example.com/callback"
    assert "oauth_token" not in received.oauth


def test_access_token_step_with_verifier() -> None:
    server = VerifyingServer()
    received = send(
        server,
        OAuth1Auth(CK, CS, "request-token", TS, verifier="v-123"),
        "POST",
        "https://api.twitter.com/oauth/access_token",
    )
    assert received.oauth["oauth_verifier"] == "v-123"
    assert received.oauth["oauth_token"] == "request-token"


def test_wrong_secret_fails_verification() -> None:
    server = VerifyingServer()
    with httpx.Client(transport=httpx.MockTransport(server), auth=OAuth1Auth(CK, "other", TOKEN, TS)) as client:
        response = client.get("https://api.example.com/x")
    assert response.status_code == 401
    assert not server.received[0].independent_ok


def test_every_request_gets_a_fresh_nonce() -> None:
    server = VerifyingServer()
    auth = OAuth1Auth(CK, CS, TOKEN, TS)
    first = send(server, auth, "GET", "https://api.example.com/x")
    second = send(server, auth, "GET", "https://api.example.com/x")
    assert first.oauth["oauth_nonce"] != second.oauth["oauth_nonce"]


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:8123/1.1/statuses/update.json?x=1", "http://localhost/a%20b", "http://127.0.0.1/plain"],
)
def test_plain_http_loopback_is_signed_without_touching_the_environment(
    url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("AUTHLIB_INSECURE_TRANSPORT", raising=False)
    server = VerifyingServer()
    received = send(server, OAuth1Auth(CK, CS, TOKEN, TS), "POST", url, data={"status": "hi"})
    expected_uri = url.split("?")[0]
    assert received.base.split("&")[1] == escape(expected_uri)  # signed for the real host and port
    assert "AUTHLIB_INSECURE_TRANSPORT" not in os.environ


def test_loopback_signing_also_works_with_older_authlib_transport_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Older Authlib releases accepted plain http only as ``http://localhost:<port>``; 127.0.0.1 must still sign."""
    import authlib.oauth1.rfc5849.errors as authlib_errors

    def old_check(uri: str) -> bool:
        return uri.lower().startswith(("https://", "http://localhost:"))

    monkeypatch.delenv("AUTHLIB_INSECURE_TRANSPORT", raising=False)
    monkeypatch.setattr(authlib_errors, "is_secure_transport", old_check)
    auth = OAuth1Auth(CK, CS, TOKEN, TS)
    request = httpx.Request("GET", "http://127.0.0.1:8123/x?a=1")
    oauth = parse_oauth_header(auth.authorization_header(request))
    assert independent_signature(base_string(request, oauth, []), CS, TS) == oauth["oauth_signature"]
    with pytest.raises(InvalidRequestError):
        auth.authorization_header(httpx.Request("GET", "http://api.example.com/x"))


def test_plain_http_to_another_host_is_refused_before_sending(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AUTHLIB_INSECURE_TRANSPORT", raising=False)
    server = VerifyingServer()
    with (
        httpx.Client(transport=httpx.MockTransport(server), auth=OAuth1Auth(CK, CS, TOKEN, TS)) as client,
        pytest.raises(InvalidRequestError, match="https://") as info,
    ):
        client.get("http://api.example.com/x?token=abc")
    assert server.received == []
    assert "abc" not in str(info.value)


def test_plain_http_to_another_host_is_allowed_with_authlibs_opt_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUTHLIB_INSECURE_TRANSPORT", "1")
    server = VerifyingServer()
    send(server, OAuth1Auth(CK, CS, TOKEN, TS), "GET", "http://sandbox.internal:8080/x")


async def test_async_client_signs_and_keeps_the_json_body() -> None:
    server = VerifyingServer()
    auth = OAuth1Auth(CK, CS, TOKEN, TS)
    async with httpx.AsyncClient(transport=httpx.MockTransport(server), auth=auth) as client:
        response = await client.post("https://api.example.com/x?a=1", json={"k": "v"})
    assert response.status_code == 200
    assert server.received[0].independent_ok
    assert json.loads(server.received[0].body) == {"k": "v"}


def test_missing_authlib_gives_a_clear_import_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "authlib.oauth1", None)
    with pytest.raises(ImportError, match=r"pip install 'switchboard-core\[oauth1\]'"):
        OAuth1Auth(CK, CS)


def test_the_auth_package_imports_without_authlib(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(switchboard_core, "auth", switchboard_core.auth)  # restored after the re-import
    for name in [n for n in sys.modules if n.startswith(("switchboard_core.auth", "authlib"))]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "authlib", None)
    fresh = importlib.import_module("switchboard_core.auth")
    assert fresh.BasicAuth("u", "p") is not None
    assert "authlib.oauth1" not in sys.modules
    with pytest.raises(ImportError, match="Authlib"):
        fresh.OAuth1Auth(CK, CS)


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_a_retried_request_is_signed_again(method: str) -> None:
    """A re-sent request gets a fresh nonce and timestamp (a server refuses a reused nonce as a replay)."""
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Authorization"])
        return httpx.Response(429 if len(seen) == 1 else 200, headers={"x-rate-limit-reset": "0"})

    policy = RetryPolicy(max_retries=1, retry_rate_limited_posts=True)
    transport = RetryTransport(httpx.MockTransport(answer), policy, sleep=lambda _: None)
    auth = OAuth1Auth("ck", "cs", "tok", "ts")
    with httpx.Client(transport=transport, auth=auth) as client:
        assert client.request(method, "https://api.example.com/1.1/x.json?a=1").status_code == 200
    assert len(seen) == 2
    nonces = [dict(p.split("=", 1) for p in h.removeprefix("OAuth ").split(", "))["oauth_nonce"] for h in seen]
    assert nonces[0] != nonces[1]

"""The Twitter sandbox in process, driven with plain httpx and the runtime's OAuth 1.0a signer: credentials and
signatures, the three-legged flow, v2 users/tweets/relationships/spaces with fields, expansions and pages,
v1.1 direct messages, welcome messages, custom profiles, geo search, the upload state machine, rate limits and
the streams. The engine checks every answer against specs/twitter.yaml (a non-conforming one would be a 500).
The last tests drive the generated ``twitter_api`` client through the runtime's invoker."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any, TypeVar
from urllib.parse import parse_qsl, quote

import httpx
import pytest
import yaml

from switchboard_core import AsyncInvoker, SyncInvoker, _client
from switchboard_core.auth import OAuth1Auth
from switchboard_sandbox import SandboxApp, app, running, spec_path
from switchboard_sandbox.providers.twitter_base import APP_CONTEXT, APP_ONLY, UNAUTHENTICATED
from twitter_api.types import Unset

T = TypeVar("T")
BASE = "http://127.0.0.1:8099"
CK, CS = "sandbox-consumer-key", "sandbox-consumer-secret"
ME = "1000000001"
AT, ATS = f"{ME}-sandbox-access-token", "sandbox-access-token-secret"
BEARER = {"Authorization": "Bearer sandbox-bearer-token"}
PINNED, POLL_TWEET, REPLY, PHOTO_TWEET = (str(1460000000000001000 + n) for n in (1, 3, 4, 6))
FRIEND, DEV, PRIVATE = "1000000002", "1000000003", "1000000004"
UF = "created_at,description,entities,id,location,name,profile_image_url,protected,public_metrics,url,username,verified"
TF = (
    "attachments,author_id,conversation_id,created_at,entities,geo,in_reply_to_user_id,lang,public_metrics,"
    "referenced_tweets"
)
EXP = (
    "attachments.poll_ids,attachments.media_keys,author_id,geo.place_id,in_reply_to_user_id,referenced_tweets.id,"
    "entities.mentions.username,referenced_tweets.id.author_id"
)


@pytest.fixture
def sandbox() -> SandboxApp:
    return app("twitter")


@pytest.fixture
def user(sandbox: SandboxApp) -> Iterator[httpx.Client]:
    """OAuth 1.0a user context as ``sandbox_me``."""
    auth = OAuth1Auth(CK, CS, AT, ATS)
    with httpx.Client(transport=httpx.WSGITransport(app=sandbox), base_url=BASE, auth=auth) as c:
        yield c


@pytest.fixture
def bearer(sandbox: SandboxApp) -> Iterator[httpx.Client]:
    with httpx.Client(transport=httpx.WSGITransport(app=sandbox), base_url=BASE, headers=BEARER) as c:
        yield c


@pytest.fixture
def plain(sandbox: SandboxApp) -> Iterator[httpx.Client]:
    with httpx.Client(transport=httpx.WSGITransport(app=sandbox), base_url=BASE) as c:
        yield c


def ok(response: httpx.Response, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json() if response.content else None


def state(plain: httpx.Client) -> Any:
    return ok(plain.get("/_sandbox/twitter/state"))


def test_every_operation_has_a_handler_and_the_credential_table_matches_the_spec(sandbox: SandboxApp) -> None:
    assert sandbox.unhandled == []
    spec = yaml.safe_load(spec_path("twitter").read_text())
    for item in spec["paths"].values():
        for method in ("get", "post", "put", "delete"):
            if method not in item:
                continue
            op = item[method]
            schemes = {name for requirement in op["security"] for name in requirement}
            name = op["operationId"]
            assert ("bearerAuth" in schemes) == (name in APP_CONTEXT), name
            assert ("oauth1User" not in schemes) == (name in APP_ONLY | UNAUTHENTICATED), name


# -- credentials ----------------------------------------------------------------------------------------------


def test_a_good_signature_passes_and_a_wrong_secret_is_a_401(sandbox: SandboxApp, user: httpx.Client) -> None:
    assert ok(user.get(f"/2/tweets/{PINNED}"))["data"]["id"] == PINNED
    for auth in (OAuth1Auth(CK, "wrong", AT, ATS), OAuth1Auth(CK, CS, AT, "wrong"), OAuth1Auth("other", CS, AT, ATS)):
        response = user.get(f"/2/tweets/{PINNED}", auth=auth)
        assert response.status_code == 401
        assert response.json()["title"] == "Unauthorized"
    v1 = user.get("/1.1/geo/search.json", params={"query": "Cape"}, auth=OAuth1Auth(CK, CS, AT, "wrong"))
    assert v1.status_code == 401
    assert v1.json()["errors"][0]["code"] == 32


def signed(auth: OAuth1Auth, request: httpx.Request) -> httpx.Request:
    request.headers["Authorization"] = auth.authorization_header(request)
    return request


def test_query_and_form_parameters_are_signed_json_bodies_are_not(user: httpx.Client) -> None:
    auth = OAuth1Auth(CK, CS, AT, ATS)
    request = signed(auth, user.build_request("GET", "/1.1/geo/search.json", params={"query": "Cape"}))
    tampered = user.build_request("GET", "/1.1/geo/search.json", params={"query": "San"})
    tampered.headers["Authorization"] = request.headers["Authorization"]
    assert user.send(tampered, auth=None).status_code == 401

    form = {"command": "INIT", "media_type": "image/png", "total_bytes": "10"}
    init = signed(auth, user.build_request("POST", "/1.1/media/upload.json", data=form))
    changed = user.build_request("POST", "/1.1/media/upload.json", data={**form, "total_bytes": "11"})
    changed.headers["Authorization"] = init.headers["Authorization"]
    assert user.send(changed, auth=None).status_code == 401

    tweet = signed(auth, user.build_request("POST", "/2/tweets", json={"text": "one text"}))
    other_body = user.build_request("POST", "/2/tweets", json={"text": "another text"})
    other_body.headers["Authorization"] = tweet.headers["Authorization"]
    assert ok(user.send(other_body, auth=None), 201)["data"]["text"] == "another text"


def test_a_nonce_is_accepted_once(user: httpx.Client) -> None:
    request = signed(OAuth1Auth(CK, CS, AT, ATS), user.build_request("GET", f"/2/tweets/{PINNED}"))
    assert user.send(request, auth=None).status_code == 200
    again = user.send(request, auth=None)
    assert again.status_code == 401
    assert "nonce" in again.json()["detail"]


def test_a_stale_timestamp_is_refused_whatever_the_sandbox_clock(user: httpx.Client) -> None:
    stale = user.build_request("GET", "/1.1/geo/search.json", params={"query": "Cape"})
    response = user.send(sign_manually(stale, AT, ATS, at=time.time() - 600), auth=None)
    assert response.status_code == 401
    assert response.json()["errors"][0]["code"] == 135
    frozen = app("twitter", clock=lambda: datetime(2030, 1, 1, tzinfo=UTC))
    with httpx.Client(transport=httpx.WSGITransport(app=frozen), base_url=BASE, auth=OAuth1Auth(CK, CS, AT, ATS)) as c:
        assert c.get("/1.1/geo/search.json", params={"query": "Cape"}).status_code == 200


def test_bearer_and_user_context_go_where_twitter_takes_them(
    bearer: httpx.Client, user: httpx.Client, plain: httpx.Client
) -> None:
    assert plain.get(f"/2/users/{ME}").status_code == 401
    assert plain.get(f"/2/users/{ME}", headers={"Authorization": "Bearer nope"}).status_code == 401
    report = bearer.post("/1.1/users/report_spam.json", params={"user_id": FRIEND})
    assert report.status_code == 403  # user context needed (PyTweet 1.3.6 sends its bearer token here)
    assert report.json()["errors"][0]["code"] == 220
    assert bearer.post("/2/tweets", json={"text": "x"}).status_code == 403
    assert user.get("/2/tweets/search/stream/rules").status_code == 401  # app-only: the spec takes no OAuth 1.0a here
    assert ok(user.get(f"/2/users/{ME}"))["data"]["username"] == "sandbox_me"


# -- the three-legged flow ----------------------------------------------------------------------------------------


def test_three_legged_flow_as_rfc_5849_describes_it(sandbox: SandboxApp, plain: httpx.Client) -> None:
    consumer = OAuth1Auth(CK, CS, callback_uri="https://example.org/cb")
    answer = plain.post("/oauth/request_token", params={"x_auth_access_type": "write"}, auth=consumer)
    assert answer.status_code == 200, answer.text
    tokens = dict(parse_qsl(answer.text))
    assert tokens["oauth_callback_confirmed"] == "true"
    redirect = plain.get("/oauth/authorize", params={"oauth_token": tokens["oauth_token"]})
    assert redirect.status_code == 302
    location = httpx.URL(redirect.headers["location"])
    assert str(location).startswith("https://example.org/cb?")
    verifier = location.params["oauth_verifier"]
    wrong = OAuth1Auth(CK, CS, tokens["oauth_token"], tokens["oauth_token_secret"], verifier="nope")
    assert plain.post("/oauth/access_token", auth=wrong).status_code == 401
    exchange = OAuth1Auth(CK, CS, tokens["oauth_token"], tokens["oauth_token_secret"], verifier=verifier)
    granted = dict(parse_qsl(ok_text(plain.post("/oauth/access_token", auth=exchange))))
    assert granted["user_id"] == ME
    assert granted["screen_name"] == "sandbox_me"
    assert granted["oauth_token"].startswith(f"{ME}-")
    new_auth = OAuth1Auth(CK, CS, granted["oauth_token"], granted["oauth_token_secret"])
    assert ok(plain.get(f"/2/tweets/{PINNED}", auth=new_auth))["data"]["id"] == PINNED
    assert ok(plain.post("/1.1/oauth/invalidate_token", auth=new_auth)) == {"access_token": granted["oauth_token"]}
    assert plain.get(f"/2/tweets/{PINNED}", auth=new_auth).status_code == 401
    assert plain.post("/oauth/access_token", auth=exchange).status_code == 401  # a request token is used once


def ok_text(response: httpx.Response) -> str:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def pct(value: str) -> str:
    return quote(value, safe="-._~")


def sign_manually(request: httpx.Request, token: str, token_secret: str, at: float | None = None) -> httpx.Request:
    """RFC 5849 signing written out here: for a request whose query holds an ``oauth_*`` parameter (Authlib's
    client refuses those, so the runtime signer cannot make PyTweet's request_token request), or a chosen time."""
    oauth = {
        "oauth_consumer_key": CK, "oauth_nonce": secrets.token_hex(8), "oauth_signature_method": "HMAC-SHA1",
        "oauth_timestamp": str(int(time.time() if at is None else at)), "oauth_token": token, "oauth_version": "1.0",
    }  # fmt: skip
    params = [*parse_qsl(request.url.query.decode(), keep_blank_values=True), *oauth.items()]
    normalized = "&".join(f"{k}={v}" for k, v in sorted((pct(k), pct(v)) for k, v in params))
    uri = f"{request.url.scheme}://{request.url.netloc.decode()}{request.url.path}"
    base = "&".join(pct(part) for part in (request.method, uri, normalized))
    key = f"{pct(CS)}&{pct(token_secret)}".encode()
    oauth["oauth_signature"] = base64.b64encode(hmac.new(key, base.encode(), hashlib.sha1).digest()).decode()
    request.headers["Authorization"] = "OAuth " + ", ".join(f'{k}="{pct(v)}"' for k, v in oauth.items())
    return request


def test_three_legged_flow_as_pytweet_sends_it(plain: httpx.Client) -> None:
    """PyTweet signs request_token with its access token and a callback in the query, then sends access_token
    unsigned with its bearer token and the token and verifier in the query."""
    callback = {"oauth_callback": "https://example.org/cb", "x_auth_access_type": "direct_messages"}
    request = plain.build_request("POST", "/oauth/request_token", params=callback, json={})
    tokens = dict(parse_qsl(ok_text(plain.send(sign_manually(request, AT, ATS)))))
    location = httpx.URL(
        plain.get("/oauth/authorize", params={"oauth_token": tokens["oauth_token"]}).headers["location"]
    )
    query = {"oauth_token": tokens["oauth_token"], "oauth_verifier": location.params["oauth_verifier"]}
    granted = ok_text(plain.post("/oauth/access_token", params=query, headers=BEARER, json={}))
    assert [part.split("=")[0] for part in granted.split("&")] == [
        "oauth_token",
        "oauth_token_secret",
        "user_id",
        "screen_name",
    ]
    assert plain.post("/oauth/request_token", params=callback, headers=BEARER).status_code == 403


def test_an_out_of_band_request_token_shows_the_verifier(plain: httpx.Client) -> None:
    tokens = dict(parse_qsl(ok_text(plain.post("/oauth/request_token", auth=OAuth1Auth(CK, CS, callback_uri="oob")))))
    page = plain.get("/oauth/authorize", params={"oauth_token": tokens["oauth_token"]})
    assert page.status_code == 200
    assert "sbxv" in page.text


# -- users --------------------------------------------------------------------------------------------------------


def test_user_lookups_with_fields_and_not_found(bearer: httpx.Client) -> None:
    me = ok(bearer.get(f"/2/users/{ME}", params={"user.fields": UF, "expansions": "pinned_tweet_id"}))
    assert me["data"]["public_metrics"]["following_count"] == 2
    assert me["data"]["created_at"] == "2015-03-01T10:00:00.000Z"
    assert me["includes"]["tweets"][0]["id"] == PINNED
    assert set(ok(bearer.get(f"/2/users/{DEV}"))["data"]) == {"id", "name", "username"}
    assert ok(bearer.get("/2/users/by/username/sandbox_dev"))["data"]["id"] == DEV
    missing = ok(bearer.get("/2/users/999"))
    assert "data" not in missing
    assert missing["errors"][0]["detail"] == "Could not find user with id: [999]."
    bad = bearer.get(f"/2/users/{ME}", params={"user.fields": "nonsense"})
    assert bad.status_code == 400
    assert bad.json()["type"] == "https://api.twitter.com/2/problems/invalid-request"


def walk(client: httpx.Client, path: str, **params: Any) -> list[str]:
    ids: list[str] = []
    token = None
    while True:
        page = ok(client.get(path, params={**params, **({"pagination_token": token} if token else {})}))
        ids += [item["id"] for item in page.get("data", [])]
        token = page["meta"].get("next_token")
        if token is None:
            return ids


def test_lists_page_with_next_token(bearer: httpx.Client) -> None:
    assert walk(bearer, f"/2/users/{ME}/followers", max_results=1) == [FRIEND, DEV, "1000000005"]
    assert walk(bearer, f"/2/users/{ME}/following", max_results=1) == [FRIEND, DEV]
    assert walk(bearer, f"/2/tweets/{PINNED}/liking_users", max_results=1) == [FRIEND, DEV]
    assert walk(bearer, f"/2/tweets/{PINNED}/retweeted_by") == [DEV]
    assert ok(bearer.get(f"/2/users/{PRIVATE}/followers")) == {"meta": {"result_count": 0}}
    bad = bearer.get(f"/2/users/{ME}/followers", params={"pagination_token": "nope"})
    assert bad.status_code == 400


def test_relationships(user: httpx.Client, plain: httpx.Client) -> None:
    assert ok(user.post(f"/2/users/{ME}/following", json={"target_user_id": PRIVATE}))["data"] == {
        "following": False,
        "pending_follow": True,
    }
    assert ok(user.delete(f"/2/users/{ME}/following/{FRIEND}"))["data"] == {"following": False}
    assert ok(user.post(f"/2/users/{ME}/following", json={"target_user_id": FRIEND}))["data"]["following"] is True
    assert ok(user.post(f"/2/users/{ME}/blocking", json={"target_user_id": DEV}))["data"] == {"blocking": True}
    assert ok(user.post(f"/2/users/{ME}/muting", json={"target_user_id": FRIEND}))["data"] == {"muting": True}
    now = state(plain)
    assert DEV not in now["following"][ME]
    assert now["blocking"][ME] == [DEV]
    assert now["pending"][ME] == [PRIVATE]
    assert ok(user.delete(f"/2/users/{ME}/blocking/{DEV}"))["data"] == {"blocking": False}
    assert ok(user.delete(f"/2/users/{ME}/muting/{FRIEND}"))["data"] == {"muting": False}
    assert user.post(f"/2/users/{FRIEND}/following", json={"target_user_id": DEV}).status_code == 403
    assert user.post(f"/2/users/{ME}/following", json={"target_user_id": "42"}).status_code == 400
    assert user.post(f"/2/users/{ME}/following", json={"target_user_id": 42}).status_code == 400  # schema: a string
    reported = ok(user.post("/1.1/users/report_spam.json", params={"user_id": FRIEND, "perform_block": "false"}))
    assert reported["screen_name"] == "sandbox_friend"
    assert FRIEND not in state(plain)["blocking"][ME]
    ok(user.post("/1.1/users/report_spam.json", params={"user_id": FRIEND, "perform_block": "True"}))  # PyTweet's form
    assert FRIEND in state(plain)["blocking"][ME]


# -- tweets ---------------------------------------------------------------------------------------------------------


def test_a_tweet_with_every_option_and_its_expansions(user: httpx.Client, bearer: httpx.Client) -> None:
    body = {
        "text": "t",
        "poll": {"options": ["A", "B"], "duration_minutes": 15},
        "geo": {"place_id": "5a110d312052166f"},
        "reply_settings": "mentionedUsers",
        "reply": {"in_reply_to_tweet_id": PINNED, "exclude_reply_user_ids": ["1", "2"]},
        "for_super_followers_only": True,
    }
    created = ok(user.post("/2/tweets", json=body), 201)["data"]
    assert created["text"] == "t"
    fetched = ok(
        user.get(
            f"/2/tweets/{created['id']}",
            params={"tweet.fields": TF + ",reply_settings", "expansions": EXP, "poll.fields": "options,voting_status"},
        )
    )
    assert fetched["data"]["reply_settings"] == "mentionedUsers"
    assert fetched["data"]["referenced_tweets"] == [{"type": "replied_to", "id": PINNED}]
    assert fetched["includes"]["users"][0]["id"] == ME  # the author comes first
    assert [o["label"] for o in fetched["includes"]["polls"][0]["options"]] == ["A", "B"]
    assert fetched["includes"]["polls"][0]["voting_status"] == "open"
    assert fetched["includes"]["places"][0]["full_name"] == "San Francisco, CA"
    assert user.post("/2/tweets", json={"text": "t"}).status_code == 403  # duplicate content
    assert user.post("/2/tweets", json={}).status_code == 400
    assert user.post("/2/tweets", json={"poll": {"options": ["only one"], "duration_minutes": 15}}).status_code == 400
    assert user.post("/2/tweets", json={"text": "x", "reply_settings": "friends"}).status_code == 400
    assert user.post("/2/tweets", json={"text": "x" * 281}).status_code == 400
    assert user.post("/2/tweets", json={"text": "y", "reply": {"exclude_reply_user_ids": ["1"]}}).status_code == 400
    photo = ok(bearer.get(f"/2/tweets/{PHOTO_TWEET}", params={"expansions": EXP, "media.fields": "type,url"}))
    assert photo["includes"]["media"][0]["type"] == "photo"
    assert ok(bearer.get("/2/tweets/1"))["errors"][0]["resource_type"] == "tweet"


def metrics(client: httpx.Client, tweet: str) -> dict[str, int]:
    return ok(client.get(f"/2/tweets/{tweet}", params={"tweet.fields": "public_metrics"}))["data"]["public_metrics"]  # type: ignore[no-any-return]


def test_likes_retweets_replies_hiding_and_deleting(user: httpx.Client, bearer: httpx.Client) -> None:
    before = metrics(bearer, POLL_TWEET)
    assert ok(user.post(f"/2/users/{ME}/likes", json={"tweet_id": POLL_TWEET}))["data"] == {"liked": True}
    assert ok(user.post(f"/2/users/{ME}/retweets", json={"tweet_id": POLL_TWEET}))["data"] == {"retweeted": True}
    after = metrics(bearer, POLL_TWEET)
    assert (after["like_count"], after["retweet_count"]) == (before["like_count"] + 1, before["retweet_count"] + 1)
    assert ok(user.delete(f"/2/users/{ME}/likes/{POLL_TWEET}"))["data"] == {"liked": False}
    assert ok(user.delete(f"/2/users/{ME}/retweets/{POLL_TWEET}"))["data"] == {"retweeted": False}
    assert metrics(bearer, POLL_TWEET) == before
    assert ok(user.put(f"/2/tweets/{REPLY}/hidden", json={"hidden": True}))["data"] == {"hidden": True}
    assert ok(user.put(f"/2/tweets/{REPLY}/hidden", json={"hidden": False}))["data"] == {"hidden": False}
    assert user.put(f"/2/tweets/{POLL_TWEET}/hidden", json={"hidden": True}).status_code == 403
    status = ok(
        user.post(
            "/1.1/statuses/update.json", params={"status": "@sandbox_dev hi there", "in_reply_to_status_id": POLL_TWEET}
        )
    )
    assert status["in_reply_to_status_id_str"] == POLL_TWEET
    assert status["created_at"].endswith(str(datetime.now(UTC).year))
    assert ok(user.delete(f"/2/tweets/{status['id_str']}"))["data"] == {"deleted": True}
    assert user.delete(f"/2/tweets/{POLL_TWEET}").status_code == 403  # not ours


def test_timelines_filter_and_mentions(user: httpx.Client, bearer: httpx.Client) -> None:
    for n in range(3):
        ok(user.post("/2/tweets", json={"text": f"timeline {n}"}), 201)
    mine = walk(bearer, f"/2/users/{ME}/tweets", max_results=5)
    assert len(mine) == 5
    assert mine == sorted(mine, reverse=True)
    first = ok(bearer.get(f"/2/users/{ME}/tweets", params={"max_results": 5, "since_id": PINNED}))
    assert PINNED not in [t["id"] for t in first["data"]]
    assert first["meta"]["newest_id"] == first["data"][0]["id"]
    dev = ok(bearer.get(f"/2/users/{DEV}/tweets", params={"exclude": "retweets,replies", "max_results": 5}))
    assert all(not t["text"].startswith("RT @") for t in dev["data"])
    mentions = ok(bearer.get(f"/2/users/{ME}/mentions", params={"expansions": "author_id", "max_results": 5}))
    retweet_by_dev = str(1460000000000001008)
    assert [t["id"] for t in mentions["data"]] == [retweet_by_dev, REPLY]
    assert [u["id"] for u in mentions["includes"]["users"]] == [DEV, FRIEND]
    naive = bearer.get(f"/2/users/{ME}/tweets", params={"start_time": "2021-11-01T00:00:00"})
    assert naive.status_code == 400  # RFC 3339 needs a zone
    assert bearer.get(f"/2/users/{ME}/tweets", params={"max_results": 4}).status_code == 400


def test_spaces_and_geo(bearer: httpx.Client, user: httpx.Client) -> None:
    space = ok(bearer.get("/2/spaces/1SbxLiveSpace", params={"space.fields": "title,host_ids,is_ticketed"}))["data"]
    assert space == {"id": "1SbxLiveSpace", "state": "live", "title": "Sandbox live space", "host_ids": [ME],
                     "is_ticketed": False}  # fmt: skip
    found = ok(bearer.get("/2/spaces/search", params={"query": "sandbox", "state": "scheduled"}))
    assert [s["id"] for s in found["data"]] == ["1SbxPlannedSp"]
    assert ok(bearer.get("/2/spaces/search", params={"query": "nothing"})) == {"meta": {"result_count": 0}}
    assert ok(bearer.get("/2/spaces/zz"))["errors"][0]["detail"] == "Could not find space with id: [zz]."
    places = ok(user.get("/1.1/geo/search.json", params={"query": "San Francisco"}))["result"]["places"]
    assert [p["full_name"] for p in places] == ["San Francisco, CA", "Mission District, San Francisco"]
    near = ok(
        user.get("/1.1/geo/search.json", params={"lat": "37.76", "long": "-122.42", "granularity": "neighborhood"})
    )
    assert [p["name"] for p in near["result"]["places"]] == ["San Francisco", "Mission District", "United States"]
    assert user.get("/1.1/geo/search.json", params={"granularity": "city"}).status_code == 400


# -- rate limits ----------------------------------------------------------------------------------------------------


def test_rate_limits(bearer: httpx.Client, user: httpx.Client, plain: httpx.Client) -> None:
    first = bearer.get(f"/2/users/{ME}")
    assert first.headers["x-rate-limit-limit"] == "900"
    assert first.headers["x-rate-limit-remaining"] == "899"
    ok(plain.post("/_sandbox/twitter/rate_limit", json={"operation": "get_user", "limit": 2}))
    assert bearer.get(f"/2/users/{ME}").status_code == 200
    limited = bearer.get(f"/2/users/{ME}")
    assert limited.status_code == 429
    assert int(limited.headers["x-rate-limit-reset"]) > datetime.now(UTC).timestamp()
    assert limited.json()["title"] == "Too Many Requests"
    assert user.get(f"/2/users/{ME}").status_code == 200  # another caller, another window
    ok(plain.post("/_sandbox/twitter/rate_limit", json={"times": 1}))
    forced = user.get("/1.1/geo/search.json", params={"query": "Cape"})
    assert forced.status_code == 429
    assert forced.json() == {"errors": [{"code": 88, "message": "Rate limit exceeded"}]}
    assert "x-rate-limit-reset" in forced.headers
    assert user.get("/1.1/geo/search.json", params={"query": "Cape"}).status_code == 200


# -- direct messages, welcome messages, custom profiles -------------------------------------------------------------


def upload(user: httpx.Client, size: int, media_type: str, category: str | None = None) -> str:
    fields = {"command": "INIT", "media_type": media_type, "total_bytes": str(size)}
    if category:
        fields["media_category"] = category
    media_id = ok(user.post("/1.1/media/upload.json", data=fields), 202)["media_id_string"]
    chunk = 4 * 1024 * 1024
    for index, start in enumerate(range(0, size, chunk)):
        files = {"media": ("media", b"x" * min(chunk, size - start))}
        append = {"command": "APPEND", "media_id": media_id, "segment_index": str(index)}
        ok(user.post("/1.1/media/upload.json", data=append, files=files), 204)
    ok(user.post("/1.1/media/upload.json", data={"command": "FINALIZE", "media_id": media_id}), 201)
    return str(media_id)


def test_direct_messages(user: httpx.Client, plain: httpx.Client) -> None:
    avatar = upload(user, 100, "image/png", "dm_image")
    profile = ok(
        user.post(
            "/1.1/custom_profiles/new.json",
            json={"custom_profile": {"name": "Helper", "avatar": {"media": {"id": int(avatar)}}}},
        )
    )
    message_data = {
        "text": "Hello @sandbox_friend #hi",
        "custom_profile_id": profile["custom_profile"]["id"],
        "quick_reply": {"type": "options", "options": [
            {"label": "Red Bird", "description": "A description", "metadata": "external_id_1"},
            {"label": "Blue", "description": None, "metadata": None},
        ]},
        "ctas": [{"type": "web_url", "label": "Go", "url": "https://twitter.com"}],
        "attachment": {"type": "media", "media": {"id": upload(user, 100, "image/png")}},
    }  # fmt: skip
    create: dict[str, Any] = {"target": {"recipient_id": FRIEND}, "message_data": message_data}
    event = {
        "type": "message_create",
        "message_create": create,
    }
    sent = ok(user.post("/1.1/direct_messages/events/new.json", json={"event": event}))["event"]
    data = sent["message_create"]["message_data"]
    assert data["entities"]["user_mentions"][0]["id_str"] == FRIEND
    assert data["entities"]["hashtags"][0]["text"] == "hi"
    assert data["quick_reply"]["options"][1] == {"label": "Blue"}
    assert sent["message_create"]["sender_id"] == ME
    assert len(sent["created_timestamp"]) == 13
    fetched = ok(user.get("/1.1/direct_messages/events/show.json", params={"id": sent["id"]}))
    assert fetched["event"]["id"] == sent["id"]
    assert ok(user.post("/1.1/direct_messages/indicate_typing.json", params={"recipient_id": FRIEND}), 204) is None
    assert user.post("/1.1/direct_messages/indicate_typing.json", params={"recipient_id": "42"}).status_code == 400
    read = {"last_read_event_id": sent["id"], "recipient_id": FRIEND}
    ok(user.post("/1.1/direct_messages/mark_read.json", params=read), 204)
    assert state(plain)["read_marks"] == {f"{ME}:{FRIEND}": sent["id"]}
    assert user.post("/1.1/direct_messages/mark_read.json", params={**read, "recipient_id": DEV}).status_code == 404
    ok(user.delete("/1.1/direct_messages/events/destroy.json", params={"id": sent["id"]}), 204)
    assert user.get("/1.1/direct_messages/events/show.json", params={"id": sent["id"]}).status_code == 404
    too_many = {**message_data, "quick_reply": {"type": "options", "options": [{"label": "x"}] * 21}}
    bad = {"event": {**event, "message_create": {**create, "message_data": too_many}}}
    assert user.post("/1.1/direct_messages/events/new.json", json=bad).status_code == 400
    long_label = {**message_data, "ctas": [{"type": "web_url", "label": "x" * 37, "url": "https://twitter.com"}]}
    bad = {"event": {**event, "message_create": {**create, "message_data": long_label}}}
    assert user.post("/1.1/direct_messages/events/new.json", json=bad).status_code == 400


def test_welcome_messages_and_rules(user: httpx.Client) -> None:
    created = ok(
        user.post(
            "/1.1/direct_messages/welcome_messages/new.json",
            json={"welcome_message": {"message_data": {"text": "Welcome!"}, "name": "simple"}},
        )
    )
    assert created["name"] == "simple"
    wid = created["welcome_message"]["id"]
    assert (
        ok(user.get("/1.1/direct_messages/welcome_messages/show.json", params={"id": wid}))["welcome_message"][
            "message_data"
        ]["text"]
        == "Welcome!"
    )
    updated = ok(
        user.put(
            "/1.1/direct_messages/welcome_messages/update.json",
            params={"id": wid},
            json={"message_data": {"text": "Hi again"}},
        )
    )
    assert updated["welcome_message"]["message_data"]["text"] == "Hi again"
    bare = user.put("/1.1/direct_messages/welcome_messages/update.json", params={"id": wid}, json={"text": "unwrapped"})
    assert bare.status_code == 400  # PyTweet 1.3.6's unwrapped body
    rule = ok(
        user.post(
            "/1.1/direct_messages/welcome_messages/rules/new.json",
            json={"welcome_message_rule": {"welcome_message_id": wid}},
        )
    )
    assert list(rule["welcome_message_rule"]) == ["id", "created_timestamp", "welcome_message_id"]
    rid = rule["welcome_message_rule"]["id"]
    assert (
        user.post(
            "/1.1/direct_messages/welcome_messages/rules/new.json",
            json={"welcome_message_rule": {"welcome_message_id": wid}},
        ).status_code
        == 409
    )
    assert (
        ok(user.get("/1.1/direct_messages/welcome_messages/rules/show.json", params={"id": rid}))[
            "welcome_message_rule"
        ]["id"]
        == rid
    )
    ok(user.delete("/1.1/direct_messages/welcome_messages/rules/destroy.json", params={"id": rid}), 204)
    ok(user.delete("/1.1/direct_messages/welcome_messages/destroy.json", params={"id": wid}), 204)
    assert user.get("/1.1/direct_messages/welcome_messages/show.json", params={"id": wid}).status_code == 404


# -- media upload ---------------------------------------------------------------------------------------------------


def test_an_image_needs_no_processing_and_can_be_tweeted(user: httpx.Client) -> None:
    media_id = upload(user, 5000, "image/jpeg", "tweet_image")
    status = user.get("/1.1/media/upload.json", params={"command": "STATUS", "media_id": media_id})
    assert "processing_info" not in ok(status)
    tweet = ok(user.post("/2/tweets", json={"text": "pic", "media": {"media_ids": [media_id]}}), 201)["data"]
    fetched = ok(user.get(f"/2/tweets/{tweet['id']}", params={"expansions": "attachments.media_keys"}))
    assert fetched["includes"]["media"][0]["type"] == "photo"
    assert user.post("/2/tweets", json={"text": "bad", "media": {"media_ids": ["123"]}}).status_code == 400


def test_a_video_takes_several_status_polls(user: httpx.Client, plain: httpx.Client) -> None:
    ok(plain.post("/_sandbox/twitter/media_processing", json={"polls": 3, "check_after_secs": 2}))
    size = 9_000_000
    fields = {
        "command": "INIT",
        "media_type": "video/mp4",
        "total_bytes": str(size),
        "media_category": "TWEET_VIDEO",
        "shared": "false",
    }
    media_id = ok(user.post("/1.1/media/upload.json", data=fields), 202)["media_id_string"]
    assert user.post("/2/tweets", json={"text": "early", "media": {"media_ids": [media_id]}}).status_code == 400
    sizes = [4194304, 4194304, 611392]
    for index, part in enumerate(sizes):
        append = {"command": "APPEND", "media_id": media_id, "segment_index": str(index)}
        ok(user.post("/1.1/media/upload.json", data=append, files={"media": ("media", b"v" * part)}), 204)
    final = ok(user.post("/1.1/media/upload.json", data={"command": "FINALIZE", "media_id": media_id}), 201)
    assert final["processing_info"] == {"state": "pending", "check_after_secs": 2}
    states = []
    for _ in range(3):
        info = ok(user.get("/1.1/media/upload.json", params={"command": "STATUS", "media_id": media_id}))[
            "processing_info"
        ]
        states.append((info["state"], info.get("progress_percent")))
    assert states == [("in_progress", 33), ("in_progress", 66), ("succeeded", 100)]
    ok(user.post("/2/tweets", json={"text": "vid", "media": {"media_ids": [media_id]}}), 201)


def test_upload_failures(user: httpx.Client, plain: httpx.Client) -> None:
    ok(plain.post("/_sandbox/twitter/media_processing", json={"polls": 1, "fail": True}))
    media_id = upload(user, 10, "image/gif", "tweet_gif")
    info = ok(user.get("/1.1/media/upload.json", params={"command": "STATUS", "media_id": media_id}))["processing_info"]
    assert info["state"] == "failed"
    assert info["error"]["name"] == "InvalidMedia"
    init = {"command": "INIT", "media_type": "video/mp4", "total_bytes": "10"}
    short = ok(user.post("/1.1/media/upload.json", data=init), 202)["media_id_string"]
    ok(
        user.post(
            "/1.1/media/upload.json",
            data={"command": "APPEND", "media_id": short, "segment_index": "0"},
            files={"media": ("media", b"12345")},
        ),
        204,
    )
    missing = user.post("/1.1/media/upload.json", data={"command": "FINALIZE", "media_id": short})
    assert missing.status_code == 400
    assert missing.json()["errors"][0]["message"] == "Segments do not add up to provided total file size."
    too_big = {**init, "media_type": "image/png", "total_bytes": str(6 * 1024 * 1024)}
    assert user.post("/1.1/media/upload.json", data=too_big).status_code == 400
    assert user.post("/1.1/media/upload.json", data={"command": "FINALIZE", "media_id": "1"}).status_code == 404
    assert user.post("/1.1/media/upload.json", data={**init, "shared": "maybe"}).status_code == 400


# -- streams --------------------------------------------------------------------------------------------------------


def lines(response: httpx.Response) -> list[dict[str, Any]]:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/x-ndjson")
    return [json.loads(line) for line in response.content.split(b"\r\n") if line.strip()]


def test_rules_and_the_filtered_stream(bearer: httpx.Client, user: httpx.Client, plain: httpx.Client) -> None:
    rules = [{"value": "cat has:images", "tag": "cats"}, {"value": "dog"}, {"value": "(broken"}]
    dry = ok(bearer.post("/2/tweets/search/stream/rules", params={"dry_run": "true"}, json={"add": rules}))
    assert dry["meta"]["summary"] == {"created": 0, "not_created": 3, "valid": 2, "invalid": 1}
    assert dry["errors"][0]["details"][0].startswith("Cannot parse rule")
    assert ok(bearer.get("/2/tweets/search/stream/rules"))["meta"]["result_count"] == 0
    pytweet_dry = ok(bearer.post("/2/tweets/search/stream/rules", params={"dry_run": "True"}, json={"add": rules}))
    assert pytweet_dry["meta"]["summary"]["created"] == 0
    added = ok(bearer.post("/2/tweets/search/stream/rules", json={"add": rules[:2]}), 201)
    ids = {rule["value"]: rule["id"] for rule in added["data"]}
    again = ok(bearer.post("/2/tweets/search/stream/rules", json={"add": rules[1:2]}))
    assert again["errors"][0]["title"] == "DuplicateRule"
    ok(user.post("/2/tweets", json={"text": "my dog is asleep"}), 201)
    ok(user.post("/2/tweets", json={"text": "nothing to see"}), 201)
    stream = bearer.get(
        "/2/tweets/search/stream", params={"backfill_minutes": 0, "expansions": "author_id,attachments.media_keys"}
    )
    assert stream.content.startswith(b"\r\n")
    got = lines(stream)
    assert [line["matching_rules"][0]["id"] for line in got] == [ids["cat has:images"], ids["dog"], ids["dog"]]
    assert got[0]["includes"]["media"][0]["type"] == "photo"
    assert got[2]["data"]["text"] == "my dog is asleep"
    assert got[2]["includes"]["users"][0]["username"] == "sandbox_me"
    assert lines(bearer.get("/2/tweets/search/stream")) == []  # delivered once
    assert len(lines(bearer.get("/2/tweets/search/stream", params={"backfill_minutes": 2}))) == 3
    ok(bearer.post("/2/tweets/search/stream/rules", json={"delete": {"ids": [*ids.values(), "1"]}}))
    assert "data" not in ok(bearer.get("/2/tweets/search/stream/rules"))


def test_stream_faults_and_the_sample_stream(bearer: httpx.Client, plain: httpx.Client) -> None:
    ok(plain.post("/_sandbox/twitter/stream", json={"fail": [429, 503], "tweets": ["one", "two", "three"]}))
    limited = bearer.get("/2/tweets/sample/stream")
    assert limited.status_code == 429
    assert limited.json()["connection_issue"] == "TooManyConnections"
    assert "x-rate-limit-reset" in limited.headers
    assert bearer.get("/2/tweets/sample/stream").status_code == 503
    ok(plain.post("/_sandbox/twitter/stream", json={"disconnect_after": 1}))
    cut = bearer.get("/2/tweets/sample/stream")
    parts = [part for part in cut.content.split(b"\r\n") if part]
    assert json.loads(parts[0])["data"]["text"] == "one"
    with pytest.raises(ValueError):
        json.loads(parts[1])  # the connection broke off inside the second tweet
    ok(plain.post("/_sandbox/twitter/stream", json={"tweets": ["four"]}))
    assert [line["data"]["text"] for line in lines(bearer.get("/2/tweets/sample/stream"))] == ["four"]
    assert plain.post("/_sandbox/twitter/stream", json={"fail": [500]}).status_code == 400


# -- the generated client through the runtime's stack ---------------------------------------------------------------


def invoker(sandbox: SandboxApp, auth: httpx.Auth | None, headers: dict[str, str] | None = None) -> SyncInvoker:
    settings = _client.ClientSettings(
        base_url=BASE, auth=auth, headers=headers or {}, transport=httpx.WSGITransport(app=sandbox)
    )
    return SyncInvoker(_client.build_http_client(settings), settings)


def present(value: T | Unset) -> T:
    """A field the answer must have carried."""
    assert not isinstance(value, Unset)
    return value


def call(module: Any, **kwargs: Any) -> _client.Call[Any]:
    parse: Callable[[httpx.Response], Any] = module.parse_response
    return _client.Call(module.build_request(**kwargs), parse)


def test_typed_client_reads_users_and_pages(sandbox: SandboxApp) -> None:
    from twitter_api.api.users import get_followers, get_user
    from twitter_api.models import UserResponse, UsersResponse

    run = invoker(sandbox, None, BEARER).run
    me = run(call(get_user, id=ME, user_fields=UF))
    assert isinstance(me, UserResponse)
    data = present(me.data)
    assert data.username == "sandbox_me"
    assert present(data.public_metrics).followers_count == 3
    assert data.created_at == datetime(2015, 3, 1, 10, tzinfo=UTC)
    page = run(call(get_followers, id=ME, max_results=2))
    assert isinstance(page, UsersResponse)
    assert [u.id for u in present(page.data)] == [FRIEND, DEV]
    rest = run(call(get_followers, id=ME, max_results=2, pagination_token=page.meta.next_token))
    assert [u.id for u in rest.data] == ["1000000005"]
    missing = run(call(get_user, id="999"))
    assert missing.errors[0].detail == "Could not find user with id: [999]."


def test_typed_client_writes_with_oauth1(sandbox: SandboxApp) -> None:
    from twitter_api.api.tweets import create_tweet, get_tweet, like_tweet
    from twitter_api.models import CreateTweetRequest, CreateTweetResult, LikedResult, TargetTweetRequest, TweetResponse

    run = invoker(sandbox, OAuth1Auth(CK, CS, AT, ATS)).run
    created = run(call(create_tweet, body=CreateTweetRequest(text="typed hello")))
    assert isinstance(created, CreateTweetResult)
    liked = run(call(like_tweet, id=ME, body=TargetTweetRequest(tweet_id=created.data.id)))
    assert isinstance(liked, LikedResult)
    assert liked.data.liked is True
    fetched = run(call(get_tweet, id=created.data.id, tweet_fields="public_metrics", expansions="author_id"))
    assert isinstance(fetched, TweetResponse)
    assert present(present(fetched.data).public_metrics).like_count == 1
    assert present(present(fetched.includes).users)[0].id == ME


def test_typed_client_errors_are_typed(sandbox: SandboxApp) -> None:
    from switchboard_core._errors import AuthenticationError
    from twitter_api.api.geo import search_geo

    run = invoker(sandbox, OAuth1Auth(CK, CS, AT, "wrong")).run
    with pytest.raises(AuthenticationError) as caught:
        run(call(search_geo, query="Cape"))
    assert caught.value.status_code == 401


LOOPBACK = pytest.mark.block_network(allowed_hosts=["127\\.0\\.0\\.1"])


@LOOPBACK
def test_typed_client_async_with_oauth1_on_a_served_sandbox() -> None:
    """The async stack signs each request afresh (concurrent calls, no nonce reused) against a real socket."""
    from twitter_api.api.media import get_media_upload_status
    from twitter_api.api.tweets import create_tweet
    from twitter_api.api.users import get_user
    from twitter_api.models import (
        CreateTweetRequest,
        CreateTweetResult,
        GetMediaUploadStatusCommand,
        MediaUpload,
        UserResponse,
    )

    async def main(url: str) -> None:
        settings = _client.ClientSettings(base_url=url, auth=OAuth1Auth(CK, CS, AT, ATS))
        async with _client.build_async_http_client(settings) as http:
            run = AsyncInvoker(http, settings).run
            users = await asyncio.gather(*(run(call(get_user, id=uid)) for uid in (ME, FRIEND, DEV)))
            assert [present(u.data).id for u in users if isinstance(u, UserResponse)] == [ME, FRIEND, DEV]
            created = await run(call(create_tweet, body=CreateTweetRequest(text="async hello")))
            assert isinstance(created, CreateTweetResult)
            media_id = upload_raw(url)
            status = await run(
                call(get_media_upload_status, command=GetMediaUploadStatusCommand.STATUS, media_id=media_id)
            )
            assert isinstance(status, MediaUpload)
            assert present(status.processing_info).state == "in_progress"

    with running("twitter") as url:
        asyncio.run(main(url))


def upload_raw(url: str) -> str:
    with httpx.Client(base_url=url, auth=OAuth1Auth(CK, CS, AT, ATS)) as client:
        return upload(client, 10, "video/mp4", "tweet_video")


def test_the_runtime_pager_walks_a_timeline_lazily(sandbox: SandboxApp, user: httpx.Client) -> None:
    from switchboard_core import CursorPager, Page
    from twitter_api.api.users import get_user_tweets
    from twitter_api.models import Tweet, TweetsResponse

    for n in range(12):
        ok(user.post("/2/tweets", json={"text": f"page me {n}"}), 201)
    run = invoker(sandbox, None, BEARER).run
    requested: list[str | None] = []

    def fetch(cursor: str | None) -> Page[Tweet, str]:
        requested.append(cursor)
        answer = run(call(get_user_tweets, id=ME, max_results=5, **({"pagination_token": cursor} if cursor else {})))
        assert isinstance(answer, TweetsResponse)
        next_token = answer.meta.next_token
        return Page(present(answer.data), next_token if isinstance(next_token, str) else None)

    pager = CursorPager(fetch)
    first_seven = [tweet.text for _, tweet in zip(range(7), pager, strict=False)]
    assert first_seven == [f"page me {n}" for n in range(11, 4, -1)]
    assert len(requested) == 2  # lazily: two pages of five for seven tweets
    everything = [tweet.id for tweet in CursorPager(fetch)]
    assert len(everything) == 14  # the 12 new ones and sandbox_me's 2 earlier tweets
    assert everything == sorted(everything, reverse=True)

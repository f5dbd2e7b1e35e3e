"""The SMS.CX sandbox in-process: auth and scopes, balance, numbers, sends, OTP, groups, exports, controls.

Every answer is also checked against specs/smscx.yaml by the engine (a non-conforming one would be a 500).
"""

from __future__ import annotations

import base64
import io
import time
import zipfile
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from switchboard_sandbox import SandboxApp, app
from switchboard_sandbox.providers.smscx_support import analyse, parse_number, render

BASE = "http://sandbox.test"
KEY = {"X-API-KEY": "sandbox-api-key"}
IDEMPOTENCY_ID = "bf325375-e030-fccb-a009-17317c574773"


@pytest.fixture
def sandbox() -> SandboxApp:
    return app("smscx")


@pytest.fixture
def http(sandbox: SandboxApp) -> Iterator[httpx.Client]:
    with httpx.Client(transport=httpx.WSGITransport(app=sandbox), base_url=BASE, headers=KEY) as client:
        yield client


@pytest.fixture
def anonymous(sandbox: SandboxApp) -> Iterator[httpx.Client]:
    with httpx.Client(transport=httpx.WSGITransport(app=sandbox), base_url=BASE) as client:
        yield client


def _error(response: httpx.Response) -> tuple[int, str, int]:
    error = response.json()["error"]
    assert set(error) >= {"type", "code", "message", "uri"}
    return response.status_code, error["type"], error["code"]


def _send(http: httpx.Client, **body: Any) -> httpx.Response:
    return http.post("/sms", json={"to": ["+31612469000"], "from": "InfoText", "text": "Hello", **body})


def test_numbers_are_parsed_like_the_seed_expects() -> None:
    assert parse_number("+31612469xxx") is not None  # the seed masks its example numbers with x
    assert parse_number("+336123") is None
    assert parse_number("0612469000", "NL") == parse_number("+31612469000")
    assert parse_number("+31612x69000") is None
    restricted = parse_number("+989121234567")
    assert restricted is not None
    assert not restricted.covered
    assert analyse("a" * 160)["parts"] == 1
    assert analyse("a" * 161)["parts"] == 2
    assert analyse("ă" * 70) == {"length": 70, "unicode": True, "parts": 1}
    assert "{{" not in render("Code {{numbers:6}} {{optoutLink}}")


def test_credentials(anonymous: httpx.Client) -> None:
    assert _error(anonymous.get("/account/balance")) == (401, "invalid_api_key", 1001)
    assert _error(anonymous.get("/account/balance", headers={"X-API-KEY": "nope"})) == (401, "invalid_api_key", 1001)
    assert anonymous.get("/account/balance", headers={"X-API-KEY": "YOUR_API_KEY"}).status_code == 200
    bearer = {"Authorization": "Bearer YOUR_ACCESS_TOKEN"}
    assert anonymous.get("/account/balance", headers=bearer).status_code == 200


def test_oauth_tokens_carry_scopes_and_expire(anonymous: httpx.Client) -> None:
    basic = "Basic " + base64.b64encode(b"sandbox-app-id:sandbox-app-secret").decode()
    form = {"grant_type": "client_credentials", "scope": "sms"}
    token = anonymous.post("/oauth/token", data=form, headers={"Authorization": basic}).json()
    assert token["scope"] == "sms"
    assert token["token_type"] == "Bearer"
    bearer = {"Authorization": f"Bearer {token['access_token']}"}
    assert (
        anonymous.post(
            "/sms/estimate", json={"to": ["+31612469000"], "from": "InfoText", "text": "x"}, headers=bearer
        ).status_code
        == 200
    )
    assert _error(anonymous.get("/groups", headers=bearer)) == (403, "insufficient_scope", 1002)
    bad = anonymous.post(
        "/oauth/token", data={"grant_type": "client_credentials"}, headers={"Authorization": "Basic eDp5"}
    )
    assert _error(bad) == (401, "invalid_client", 1600)
    scope = anonymous.post(
        "/oauth/token", data={"grant_type": "client_credentials", "scope": "all"}, headers={"Authorization": basic}
    )
    assert _error(scope) == (400, "invalid_scope", 1600)
    grant = anonymous.post("/oauth/token", data={"grant_type": "password"}, headers={"Authorization": basic})
    assert grant.status_code == 400
    anonymous.post("/_sandbox/smscx/clock", json={"advance": 86_400})
    assert _error(anonymous.get("/account/balance", headers=bearer)) == (401, "invalid_api_key", 1001)


def test_sends_consume_the_balance_and_fail_when_it_is_empty(http: httpx.Client) -> None:
    assert http.get("/account/balance").json()["balance"] == 100.0
    sent = _send(http, to=["+31612469000", "+31612469001"]).json()
    assert sent["info"]["totalCost"] == 0.1
    assert [m["status"] for m in sent["data"]] == ["ACCEPTED", "ACCEPTED"]
    assert http.get("/account/balance").json()["balance"] == 99.9
    estimate = http.post("/sms/estimate", json={"to": ["+31612469000"], "from": "InfoText", "text": "x"})
    assert estimate.status_code == 200
    assert http.get("/account/balance").json()["balance"] == 99.9
    http.post("/_sandbox/smscx/balance", json={"balance": 0.04})
    assert _error(_send(http)) == (400, "insufficient_credit", 1113)


def test_invalid_numbers_and_coverage(http: httpx.Client) -> None:
    one = _send(http, to=["+336123"])
    assert _error(one) == (400, "invalid_param", 1207)
    many = _send(http, to=["+336123", "+31612469000"])
    assert _error(many) == (400, "invalid_param", 1210)
    assert many.json()["invalid"] == ["+336123"]
    assert many.json()["error"]["invalid"] == ["+336123"]
    allowed = _send(http, to=["+336123", "+31612469000"], allowInvalid=True).json()
    assert allowed["info"]["invalid"] == ["+336123"]
    assert _error(_send(http, to=["+989121234567"])) == (403, "no_coverage", 1119)


def test_idempotent_sends_are_executed_once(http: httpx.Client) -> None:
    first = _send(http, idempotencyId=IDEMPOTENCY_ID)
    again = _send(http, idempotencyId=IDEMPOTENCY_ID)
    assert first.json() == again.json()
    assert again.headers["X-Idempotency-Id"] == IDEMPOTENCY_ID
    assert http.get("/account/balance").json()["balance"] == 99.95


def test_scheduled_messages_can_be_cancelled_and_are_credited_back(http: httpx.Client) -> None:
    assert _error(_send(http, scheduledDate="2001-01-01 10:00:00")) == (400, "invalid_param", 1116)
    assert _error(_send(http, scheduledDate="soon")) == (400, "invalid_param", 1108)
    sent = _send(http, scheduledDate="2099-01-01 10:00:00").json()
    [message] = sent["data"]
    assert message["status"] == "SCHEDULED"
    deleted = http.delete(f"/sms/scheduled/{message['msgId']}").json()
    assert deleted["info"]["creditReturned"] == 0.05
    assert http.get("/account/balance").json()["balance"] == 100.0
    assert _error(http.delete(f"/sms/scheduled/{message['msgId']}")) == (403, "access_denied", 1118)
    assert _error(http.delete("/sms/scheduled/not-a-uuid")) == (400, "invalid_param", 1115)
    campaign = _send(http, scheduledDate="2099-01-01 10:00:00").json()["info"]["campaignId"]
    assert http.delete(f"/sms/scheduled/campaign/{campaign}").json()["info"]["phoneNumbersDeleted"] == 1


def test_otp_flow(http: httpx.Client) -> None:
    otp = http.post("/otp", json={"phoneNumber": "+31612469000", "ttl": 60}).json()
    assert otp["status"] == "PENDING"
    pin = http.post("/_sandbox/smscx/otp_pin", json={"otpId": otp["otpId"]}).json()["pin"]
    wrong = "0000" if pin != "0000" else "1111"
    assert _error(http.post(f"/otp/{otp['otpId']}", json={"pin": wrong})) == (400, "invalid_pin", 2029)
    assert http.post(f"/otp/{otp['otpId']}", json={"pin": pin}).json() == {"status": "VERIFIED"}
    assert _error(http.post(f"/otp/{otp['otpId']}", json={"pin": pin})) == (400, "otp_verified", 2023)
    assert _error(http.delete(f"/otp/{otp['otpId']}")) == (403, "access_denied", 2031)
    expiring = http.post("/otp", json={"phoneNumber": "+31612469000", "ttl": 60}).json()["otpId"]
    http.post("/_sandbox/smscx/clock", json={"advance": 61})
    assert http.get(f"/otp/{expiring}").json()["status"] == "EXPIRED"
    assert _error(http.post(f"/otp/{expiring}", json={"pin": pin})) == (400, "otp_expired", 2025)
    cancelled = http.post("/otp", json={"phoneNumber": "+31612469000", "maxAttempts": 1}).json()["otpId"]
    assert http.delete(f"/otp/{cancelled}").status_code == 200
    assert _error(http.delete(f"/otp/{cancelled}")) == (403, "access_denied", 2030)
    assert _error(http.post(f"/otp/{cancelled}", json={"pin": pin})) == (400, "otp_cancelled", 2024)
    failing = http.post("/otp", json={"phoneNumber": "+31612469000", "maxAttempts": 1}).json()["otpId"]
    assert _error(http.post(f"/otp/{failing}", json={"pin": "zzzz"})) == (400, "otp_failed", 2027)
    assert _error(http.post("/otp", json={"phoneNumber": "+31612469000", "template": "no pin"}))[2] == 2006


def test_groups_contacts_and_exports(http: httpx.Client) -> None:
    group = http.post("/groups", json={"name": "Friends"}).json()["info"]["id"]
    assert _error(http.post("/groups", json={"name": "Friends"})) == (400, "duplicate_value", 1211)
    added = http.post(f"/groups/{group}", json={"phoneNumbers": ["+31612469000", "+31612469001", "+31612469000"]})
    assert added.json()["info"]["totalValid"] == 2
    page = http.get(f"/groups/{group}", params={"limit": 1}).json()
    assert page["paging"]["next"]
    second = http.get(f"/groups/{group}", params={"limit": 1, "next": page["paging"]["next"]}).json()
    assert second["paging"]["next"] is None
    large = http.get(f"/groups/{group}", params={"limit": 1000})  # no maximum is documented: pages of 500
    assert (large.status_code, large.json()["paging"]["size"]) == (200, 2)
    assert _error(http.get(f"/groups/{group}", params={"limit": 0}))[:2] == (400, "invalid_param")
    contact = page["data"][0]["id"]
    assert http.patch(f"/groups/{group}/{contact}", json={"firstName": "Ann"}).status_code == 200
    assert http.patch(f"/groups/{group}/{contact}", json={"firstName": "Ann"}).status_code == 204
    csv = http.get(f"/groups/{group}/csv")
    assert csv.headers["content-type"].startswith("application/csv")
    assert csv.text.splitlines()[0].startswith("phoneNumber,")
    xlsx = http.get(f"/groups/{group}/xlsx")
    assert zipfile.ZipFile(io.BytesIO(xlsx.content)).namelist()[0] == "[Content_Types].xml"
    assert http.get(f"/groups/{group}/xlsx").content == xlsx.content  # deterministic bytes
    campaign = http.post("/sms/campaign", json={"groups": [group], "from": "InfoText", "text": "Hi {{firstName}}"})
    assert campaign.json()["info"]["groups"] == [{"id": group, "name": "Friends", "phoneNumbers": 2}]
    assert http.get(f"/groups/{group}/empty").status_code == 200
    assert http.get(f"/groups/{group}/empty").status_code == 204
    assert _error(http.post("/sms/campaign", json={"groups": [group], "from": "InfoText", "text": "x"}))[2] == 1102
    assert _error(http.get("/groups/999")) == (404, "not_found", 1200)


def test_viber_needs_an_approved_template_and_an_active_channel(http: httpx.Client) -> None:
    template = http.post("/templates", json={"text": "Hi", "channel": "viber"}).json()["info"]["id"]
    body = {"to": ["+31612469000"], "from": "InfoText", "templateId": template}
    assert _error(http.post("/viber", json=body)) == (403, "access_denied", 1132)
    http.post("/_sandbox/smscx/templates", json={"templateId": template})
    assert http.post("/viber", json=body).status_code == 200
    http.post("/_sandbox/smscx/channels", json={"viber": False})
    assert _error(http.post("/viber", json=body)) == (403, "access_denied", 1606)


def test_rate_limit_control(http: httpx.Client) -> None:
    http.post("/_sandbox/smscx/rate_limit", json={"times": 1, "reset_in": 5})
    limited = http.get("/account/balance")
    assert _error(limited) == (429, "rate_limit", 1005)
    assert limited.headers["X-Rate-Limit-Remaining"] == "0"
    assert int(limited.headers["X-Rate-Limit-Reset"]) > 0
    assert http.get("/account/balance").status_code == 200


def test_rate_limit_reset_is_in_the_callers_time_after_the_clock_moved(http: httpx.Client) -> None:
    http.post("/_sandbox/smscx/clock", json={"advance": 3600})
    http.post("/_sandbox/smscx/rate_limit", json={"times": 1, "reset_in": 5})
    before = time.time()
    reset = int(http.get("/account/balance").headers["X-Rate-Limit-Reset"])
    assert int(before) + 5 <= reset <= time.time() + 5  # not an hour later: the client waits reset_in seconds


def test_engine_errors_come_in_the_smscx_shape(http: httpx.Client) -> None:
    assert _error(http.get("/nothing"))[:2] == (404, "not_found")
    assert _error(http.put("/account/balance"))[:2] == (405, "invalid_method")
    assert _error(http.post("/groups", json={"name": "x"}))[:2] == (400, "invalid_param")

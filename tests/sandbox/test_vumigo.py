"""The Vumi Go sandbox behaviour in process: error shapes per service, cursor paging, per-account state,
opt-out refusals, metric buckets on a fixed clock, and both JSON-RPC answer styles."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from switchboard_sandbox import SandboxApp, app
from switchboard_sandbox.providers.vumigo import PAGE_SIZE, cursor_for

NOW = datetime(2030, 5, 17, 9, 30, 15, tzinfo=UTC)
GO = "/api/v1/go"
BEARER = {"Authorization": "Bearer sandbox-token"}
BASIC = {"Authorization": "Basic " + base64.b64encode(b"sandbox-account:sandbox-conv-token").decode()}


@pytest.fixture
def sandbox() -> SandboxApp:
    return app("vumigo", clock=lambda: NOW)


@pytest.fixture
def http(sandbox: SandboxApp) -> Iterator[httpx.Client]:
    with httpx.Client(transport=httpx.WSGITransport(app=sandbox), base_url="http://sandbox.test" + GO) as c:
        yield c


def rpc(http: httpx.Client, method: str, *params: Any, token: str = "sandbox-token") -> httpx.Response:
    body = {"jsonrpc": "2.0", "id": 7, "method": method, "params": list(params)}
    return http.post("/api/", json=body, headers={"Authorization": f"Bearer {token}"})


def test_every_operation_has_a_handler(sandbox: SandboxApp) -> None:
    assert sandbox.unhandled == []


def test_error_shapes_per_service(http: httpx.Client) -> None:
    assert http.get("/contacts/").json() == {
        "status_code": 401,
        "reason": "Missing credentials: this operation needs one of: bearerAuth",
    }
    assert http.get("/optouts/count", headers={"Authorization": "Bearer nope"}).json() == {
        "status": {"code": 403, "reason": "Forbidden: the access token is not valid"}
    }
    refused = http.put("/http_api_nostream/sandbox-conversation/metrics.json", json=[["m", 1, "last"]])
    assert refused.status_code == 401
    assert refused.json()["success"] is False


def test_cursor_pages_and_raw_cursors_are_refused(http: httpx.Client) -> None:
    for i in range(PAGE_SIZE + 1):
        http.post("/contacts/", json={"name": f"n{i}"}, headers=BEARER)
    first = http.get("/contacts/", headers=BEARER).json()
    assert first["cursor"] == cursor_for(PAGE_SIZE) == "c+3&o=/"
    second = http.get("/contacts/", params={"cursor": first["cursor"]}, headers=BEARER).json()
    assert [c["name"] for c in second["data"]] == ["n3"]
    assert second["cursor"] is None
    raw = http.get("/contacts/?cursor=c+3&o=/", headers=BEARER)  # as go-http sent it: "+" is a space, "&" splits
    assert raw.status_code == 400
    assert raw.json()["reason"] == "Invalid cursor 'c 3'"
    assert len(http.get("/contacts/", params={"max_results": 1}, headers=BEARER).json()["data"]) == 1


def test_state_is_per_account(http: httpx.Client) -> None:
    http.put("/optouts/msisdn/%2B1", headers=BEARER)
    other = {"Authorization": "Bearer sandbox-token-2"}
    assert http.get("/optouts/count", headers=other).json()["opt_out_count"] == 0
    assert http.get("/optouts/count", headers=BEARER).json()["opt_out_count"] == 1


def test_sender_refuses_opted_out_addresses(http: httpx.Client, sandbox: SandboxApp) -> None:
    http.put("/optouts/msisdn/%2B27830000001", headers=BEARER)
    refused = http.put(
        "/http_api_nostream/sandbox-conversation/messages.json",
        json={"to_addr": "+27830000001", "content": "hi"},
        headers=BASIC,
    )
    assert refused.status_code == 400
    assert refused.json() == {"success": False, "reason": "Recipient with msisdn +27830000001 has opted out"}
    sent = http.put(
        "/http_api_nostream/sandbox-conversation/messages.json",
        json={"to_addr": "+27830000002", "content": "hi"},
        headers=BASIC,
    )
    assert sent.status_code == 200
    outbound = httpx.Client(transport=httpx.WSGITransport(app=sandbox)).get("http://s/_sandbox/vumigo/outbound")
    assert [m["to_addr"] for m in outbound.json()["sandbox-account"]] == ["+27830000002"]


def test_metric_buckets_on_a_fixed_clock(http: httpx.Client) -> None:
    http.post("/metrics/", json={"a.sum": 2, "a.max": 5}, headers=BEARER)
    http.post("/metrics/", json={"a.sum": 3, "a.max": 1}, headers=BEARER)
    day = 86400 * 1000
    today = int(NOW.timestamp() * 1000) // day * day
    query = {"m": "a.sum", "from": "-1d", "interval": "1d", "nulls": "zeroize"}
    assert http.get("/metrics/", params=query, headers=BEARER).json() == {
        "a.sum": [{"x": today - day, "y": 0.0}, {"x": today, "y": 5.0}]
    }
    query.update(m="a.max", nulls="omit")
    assert http.get("/metrics/", params=query, headers=BEARER).json() == {"a.max": [{"x": today, "y": 5.0}]}
    assert http.post("/metrics/", json={"a": 1}, headers=BEARER).status_code == 400


def test_jsonrpc_styles(http: httpx.Client, sandbox: SandboxApp) -> None:
    assert rpc(http, "campaigns").json() == {
        "jsonrpc": "2.0",
        "id": 7,
        "result": [{"key": "sandbox-account", "name": "Your Campaign"}],
        "error": None,
    }
    fault = rpc(http, "routers", "other").json()
    assert fault["error"] == {
        "fault": "Fault",
        "faultCode": 8002,
        "faultString": "Campaign or account 'other' not found",
    }
    control = httpx.Client(transport=httpx.WSGITransport(app=sandbox))
    assert control.post("http://s/_sandbox/vumigo/jsonrpc", json={"style": "standard"}).status_code == 200
    assert "error" not in rpc(http, "campaigns").json()
    assert rpc(http, "routers", "other").json()["error"] == {
        "code": -32000,
        "message": "Campaign or account 'other' not found",
    }
    assert control.post("http://s/_sandbox/vumigo/jsonrpc", json={"style": "odd"}).status_code == 400
    assert rpc(http, "no_such_method", "x").status_code == 400


def test_routing_table_update_checks_endpoints(http: httpx.Client) -> None:
    table = rpc(http, "routing_table", "sandbox-account").json()["result"]
    table["routing_entries"] = table["routing_entries"][:1]
    assert rpc(http, "update_routing_table", "sandbox-account", table).json()["error"] is None
    assert rpc(http, "routing_entries", "sandbox-account").json()["result"] == table["routing_entries"]
    table["conversations"] = [{**table["conversations"][0], "uuid": "stranger"}]
    assert (
        "Unknown conversation"
        in rpc(http, "update_routing_table", "sandbox-account", table).json()["error"]["faultString"]
    )


def test_seed_contact_control(sandbox: SandboxApp, http: httpx.Client) -> None:
    control = httpx.Client(transport=httpx.WSGITransport(app=sandbox))
    body = {"account": "sandbox-account", "contact": {"key": "abcdef123456", "msisdn": "+12345"}}
    assert control.post("http://s/_sandbox/vumigo/contacts", json=body).status_code == 200
    assert http.get("/contacts/abcdef123456", headers=BEARER).json()["msisdn"] == "+12345"
    bad = {"account": "sandbox-account", "contact": {"key": "k", "colour": "red"}}
    assert control.post("http://s/_sandbox/vumigo/contacts", json=bad).status_code == 400

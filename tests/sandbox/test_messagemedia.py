"""MessageMedia behaviour: the real flows, each answer checked against the spec."""

from __future__ import annotations

import threading
from typing import Any

import httpx
import pytest
from openapi_core import OpenAPI

from switchboard_sandbox import SandboxApp, app

from .conftest import BASE, KEY, NOW_TEXT, NUMBER, SECRET, conforms, message, send, state

FUTURE, PAST = "2099-01-01T00:00:00.000Z", "2016-11-03T11:49:02.807Z"
UNKNOWN = "877c19ef-fa2e-4cec-827a-e1df9b5509f7"


def _reports(client: httpx.Client, spec: OpenAPI) -> list[dict[str, Any]]:
    reports: list[dict[str, Any]] = conforms(spec, client.get("/v1/delivery_reports"))["delivery_reports"]
    return reports


def _replies(client: httpx.Client, spec: OpenAPI) -> list[dict[str, Any]]:
    replies: list[dict[str, Any]] = conforms(spec, client.get("/v1/replies"))["replies"]
    return replies


def test_every_operation_answers_per_spec(client: httpx.Client, spec: OpenAPI) -> None:
    done = set()

    def call(operation_id: str, response: httpx.Response, status: int) -> Any:
        assert response.status_code == status, response.text
        done.add(operation_id)
        return conforms(spec, response)

    body = {"messages": [message(delivery_report=True), message(scheduled=FUTURE)]}
    now, later = call("send_messages", client.post("/v1/messages", json=body), 202)["messages"]
    call("get_message_status", client.get(f"/v1/messages/{now['message_id']}"), 200)
    call(
        "cancel_scheduled_message", client.put(f"/v1/messages/{later['message_id']}", json={"status": "cancelled"}), 200
    )
    call("check_credits_remaining", client.get("/v1/messaging/credits"), 200)
    [report] = call("check_delivery_reports", client.get("/v1/delivery_reports"), 200)["delivery_reports"]
    ids = {"delivery_report_ids": [report["delivery_report_id"]]}
    call("confirm_delivery_reports_as_received", client.post("/v1/delivery_reports/confirmed", json=ids), 202)
    client.post("/_sandbox/messagemedia/replies", json={"message_id": now["message_id"], "content": "ok"})
    [reply] = call("check_replies", client.get("/v1/replies"), 200)["replies"]
    call(
        "confirm_replies_as_received",
        client.post("/v1/replies/confirmed", json={"reply_ids": [reply["reply_id"]]}),
        202,
    )
    assert done == spec_operations(spec)


def spec_operations(spec: OpenAPI) -> set[str]:
    paths = (spec.spec / "paths").read_value()
    return {
        operation["operationId"] for item in paths.values() for operation in item.values() if "operationId" in operation
    }


def test_send_echoes_the_fields_as_sent(client: httpx.Client, spec: OpenAPI) -> None:
    full = message(
        callback_url="https://my.callback.url.com",
        delivery_report=False,
        format="SMS",
        source_number="+61491570157",
        source_number_type="INTERNATIONAL",
        message_expiry_timestamp=PAST,
        metadata={"key1": "value1"},
    )
    response = client.post("/v1/messages", json={"messages": [full, message()]})
    assert response.status_code == 202
    first, second = conforms(spec, response)["messages"]
    assert first == {**full, "message_id": first["message_id"], "status": "queued"}
    assert second == {**message(), "message_id": second["message_id"], "status": "queued"}
    assert len(first["message_id"]) == len(second["message_id"]) == 36
    assert first["message_id"] != second["message_id"]


def test_send_status_report_confirm(client: httpx.Client, spec: OpenAPI) -> None:
    [sent] = send(client, message(delivery_report=True, metadata={"n": "1"}, callback_url="https://cb.example"))
    send(client, message(content="no report asked for"))
    status = conforms(spec, client.get(f"/v1/messages/{sent['message_id']}"))
    assert status == {**sent, "status": "delivered"}
    [report] = _reports(client, spec)
    assert report == {
        "delivery_report_id": report["delivery_report_id"],
        "message_id": sent["message_id"],
        "callback_url": "https://cb.example",
        "source_number": NUMBER,
        "date_received": NOW_TEXT,
        "status": "delivered",
        "delay": 0,
        "submitted_date": NOW_TEXT,
        "original_text": "hello",
        "vendor_account_id": {"vendor_id": "MessageMedia", "account_id": "sandbox-account"},
        "metadata": {"n": "1"},
    }
    confirm = client.post(
        "/v1/delivery_reports/confirmed", json={"delivery_report_ids": [report["delivery_report_id"]]}
    )
    assert confirm.status_code == 202
    assert conforms(spec, confirm) == {}
    assert _reports(client, spec) == []


def test_message_scheduled_in_the_past_is_sent_now(client: httpx.Client, spec: OpenAPI) -> None:
    [sent] = send(client, message(scheduled=PAST, delivery_report=True))
    assert sent["status"] == "queued"
    assert [r["message_id"] for r in _reports(client, spec)] == [sent["message_id"]]


def test_scheduled_then_cancelled(client: httpx.Client, spec: OpenAPI) -> None:
    [sent] = send(client, message(scheduled=FUTURE, delivery_report=True))
    assert sent["status"] == "scheduled"
    assert _reports(client, spec) == []  # not delivered yet
    path = f"/v1/messages/{sent['message_id']}"
    assert conforms(spec, client.get(path))["status"] == "scheduled"
    cancelled = client.put(path, json={"status": "cancelled"})
    assert cancelled.status_code == 200
    assert conforms(spec, cancelled) == {"message_id": sent["message_id"], "status": "cancelled"}
    assert conforms(spec, client.get(path))["status"] == "cancelled"
    again = client.put(path, json={"status": "cancelled"})
    assert again.status_code == 400
    assert conforms(spec, again) == {"message": "Only scheduled messages can be cancelled; this message is cancelled"}


def test_cancel_of_a_sent_message_is_400(client: httpx.Client, spec: OpenAPI) -> None:
    [sent] = send(client)
    response = client.put(f"/v1/messages/{sent['message_id']}", json={"status": "cancelled"})
    assert response.status_code == 400
    assert conforms(spec, response) == {
        "message": "Only scheduled messages can be cancelled; this message is delivered"
    }


@pytest.mark.parametrize("method", ["GET", "PUT"])
def test_unknown_message_is_404(client: httpx.Client, spec: OpenAPI, method: str) -> None:
    response = client.request(
        method, f"/v1/messages/{UNKNOWN}", json={"status": "cancelled"} if method == "PUT" else None
    )
    assert response.status_code == 404
    assert conforms(spec, response) == {"message": "Message not found"}


def test_batch_with_one_invalid_message_stores_nothing(client: httpx.Client, spec: OpenAPI) -> None:
    body = {"messages": [message(delivery_report=True), message(destination_number="12"), message()]}
    response = client.post("/v1/messages", json=body)
    assert response.status_code == 400
    detail = "$.messages[1].destination_number: '12' does not match '^\\\\+?[1-9][0-9]{5,14}$'"  # the spec's pattern
    assert conforms(spec, response) == {"message": f"Invalid request body: {detail}", "details": [detail]}
    assert state(client) == {"messages": 0, "delivery_reports": 0, "replies": 0, "credits": 1000}
    fresh = app("messagemedia")  # no id was used up either: the next send gets the very first id
    with httpx.Client(transport=httpx.WSGITransport(app=fresh), base_url=BASE, auth=(KEY, SECRET)) as other:
        assert send(client)[0]["message_id"] == send(other)[0]["message_id"]


@pytest.mark.parametrize(
    ("fields", "detail"),
    [
        ({"destination_number": "+0491570156"}, "$.messages[0].destination_number: '+0491570156' does not match"),
        ({"destination_number": "+1234567890123456"}, "$.messages[0].destination_number: '+1234567890123456' does not"),
        # the spec's pattern (ECMA: $ is the very end) as Python's re.search reads it lets a final newline through
        ({"destination_number": "+61491570156\n"}, "$.messages[0].destination_number: '+61491570156\\n' is not"),
        (
            {"metadata": {"k" * 101: "v"}},
            "$.messages[0].metadata: a key is 101 characters long; at most 100 are allowed",
        ),
    ],
)
def test_number_and_metadata_rules_are_checked(client: httpx.Client, fields: dict[str, Any], detail: str) -> None:
    response = client.post("/v1/messages", json={"messages": [message(**fields)]})
    assert response.status_code == 400
    [line] = response.json()["details"]
    assert line.startswith(detail)


def test_number_without_plus_and_metadata_key_of_100_are_fine(client: httpx.Client) -> None:
    [sent] = send(client, message(destination_number="61491570156", metadata={"k" * 100: "v"}))
    assert sent["status"] == "queued"


def test_checks_return_at_most_100_oldest_first(client: httpx.Client, spec: OpenAPI) -> None:
    first = send(client, *[message(content=f"m{i}", delivery_report=True) for i in range(100)])
    rest = send(client, *[message(content=f"n{i}", delivery_report=True) for i in range(20)])
    page = _reports(client, spec)
    assert [r["message_id"] for r in page] == [m["message_id"] for m in first]
    ids = [r["delivery_report_id"] for r in page]
    assert client.post("/v1/delivery_reports/confirmed", json={"delivery_report_ids": ids}).status_code == 202
    assert [r["message_id"] for r in _reports(client, spec)] == [m["message_id"] for m in rest]


def test_confirming_unknown_ids_is_ignored(client: httpx.Client, spec: OpenAPI) -> None:
    send(client, message(delivery_report=True))
    response = client.post("/v1/delivery_reports/confirmed", json={"delivery_report_ids": [UNKNOWN]})
    assert response.status_code == 202
    assert conforms(spec, response) == {}
    assert len(_reports(client, spec)) == 1
    assert client.post("/v1/replies/confirmed", json={"reply_ids": [UNKNOWN]}).status_code == 202


def test_replies_inject_check_confirm(client: httpx.Client, spec: OpenAPI) -> None:
    [with_source, without_source] = send(
        client,
        message(source_number="+61491570157", metadata={"order": "42"}, callback_url="https://cb.example"),
        message(destination_number="+61491570158"),
    )
    injected = client.post(
        "/_sandbox/messagemedia/replies", json={"message_id": with_source["message_id"], "content": "yes please"}
    )
    assert injected.status_code == 201
    client.post("/_sandbox/messagemedia/replies", json={"message_id": without_source["message_id"], "content": "no"})
    first, second = _replies(client, spec)
    assert injected.json() == {"replies": [first]}
    assert first == {
        "reply_id": first["reply_id"],
        "message_id": with_source["message_id"],
        "callback_url": "https://cb.example",
        "content": "yes please",
        "date_received": NOW_TEXT,
        "source_number": NUMBER,  # the numbers are swapped relative to the message
        "destination_number": "+61491570157",
        "vendor_account_id": {"vendor_id": "MessageMedia", "account_id": "sandbox-account"},
        "metadata": {"order": "42"},
    }
    assert second["source_number"] == "+61491570158"
    assert "destination_number" not in second  # the message had no source number
    confirm = client.post("/v1/replies/confirmed", json={"reply_ids": [first["reply_id"]]})
    assert conforms(spec, confirm) == {}
    assert [r["reply_id"] for r in _replies(client, spec)] == [second["reply_id"]]


def test_generic_replies_by_count(client: httpx.Client, spec: OpenAPI) -> None:
    injected = client.post("/_sandbox/messagemedia/replies", json={"count": 3})
    assert injected.status_code == 201
    replies = _replies(client, spec)
    assert injected.json()["replies"] == replies
    assert [r["content"] for r in replies] == ["Generic reply 1", "Generic reply 2", "Generic reply 3"]
    assert len({r["reply_id"] for r in replies}) == 3
    assert all("message_id" not in r for r in replies)


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"message_id": UNKNOWN, "content": "hi"}, 404),
        ({"message_id": UNKNOWN}, 400),
        ({"count": 0}, 400),
        ({"count": True}, 400),
        ({}, 400),
    ],
)
def test_bad_reply_injections(client: httpx.Client, body: dict[str, Any], status: int) -> None:
    response = client.post("/_sandbox/messagemedia/replies", json=body)
    assert response.status_code == status
    assert response.json()["message"]
    assert state(client)["replies"] == 0


def test_credits_go_down_by_one_per_message(client: httpx.Client, spec: OpenAPI) -> None:
    send(client, message(), message(scheduled=FUTURE), message())
    assert conforms(spec, client.get("/v1/messaging/credits")) == {"credits": 997}


def test_ids_are_deterministic_after_a_reset(client: httpx.Client, spec: OpenAPI) -> None:
    def run() -> list[str]:
        [sent] = send(client, message(delivery_report=True))
        client.post("/_sandbox/messagemedia/replies", json={"message_id": sent["message_id"], "content": "r"})
        return [
            sent["message_id"],
            _reports(client, spec)[0]["delivery_report_id"],
            _replies(client, spec)[0]["reply_id"],
        ]

    first = run()
    assert len(set(first)) == 3
    assert client.post("/_sandbox/reset").status_code == 200
    assert state(client) == {"messages": 0, "delivery_reports": 0, "replies": 0, "credits": 1000}
    assert run() == first


def test_fail_hook_503_twice_with_retry_after(client: httpx.Client) -> None:
    armed = client.post("/_sandbox/messagemedia/fail", json={"status": 503, "times": 2, "retry_after": 1})
    assert armed.status_code == 200
    assert client.get("/_sandbox/status").json()["pending_failures"] == [
        {"status": 503, "times": 2, "retry_after": 1, "html": False}
    ]  # control endpoints do not use the failures up
    for _ in range(2):
        failed = client.get("/v1/messaging/credits")
        assert failed.status_code == 503
        assert failed.headers["retry-after"] == "1"
        assert failed.json() == {"message": "Service Unavailable (injected by the sandbox)"}
    assert client.get("/v1/messaging/credits").status_code == 200


def test_fail_hook_html_502(client: httpx.Client) -> None:
    client.post("/_sandbox/messagemedia/fail", json={"status": 502, "html": True})
    failed = client.post("/v1/messages", json={"messages": [message()]})
    assert failed.status_code == 502
    assert failed.headers["content-type"].startswith("text/html")
    assert failed.text.startswith("<!DOCTYPE html>")
    assert "retry-after" not in failed.headers
    assert state(client)["messages"] == 0  # the failed request never reached the behaviour


def test_failures_queue_up_and_reset_clears_them(client: httpx.Client) -> None:
    client.post("/_sandbox/messagemedia/fail", json={"status": 500})
    client.post("/_sandbox/messagemedia/fail", json={"status": 429, "retry_after": 0})
    assert [client.get("/v1/replies").status_code for _ in range(3)] == [500, 429, 200]
    client.post("/_sandbox/messagemedia/fail", json={"status": 503, "times": 5})
    client.post("/_sandbox/reset")
    assert client.get("/v1/replies").status_code == 200


@pytest.mark.parametrize(
    "body", [{"status": 200}, {"status": 503, "times": 0}, {"status": 503, "retry_after": -1}, {"status": 503, "x": 1}]
)
def test_bad_failure_injections_are_400(client: httpx.Client, body: dict[str, Any]) -> None:
    response = client.post("/_sandbox/messagemedia/fail", json=body)
    assert response.status_code == 400
    assert response.json()["details"]
    assert client.get("/_sandbox/status").json()["pending_failures"] == []


def test_concurrent_sends_get_distinct_ids(sandbox: SandboxApp) -> None:
    sent: list[str] = []

    def worker() -> None:
        with httpx.Client(transport=httpx.WSGITransport(app=sandbox), base_url=BASE, auth=(KEY, SECRET)) as c:
            for _ in range(10):
                sent.extend(m["message_id"] for m in send(c))

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(sent) == len(set(sent)) == 80
    provider: Any = sandbox.provider
    assert provider.credits == 920

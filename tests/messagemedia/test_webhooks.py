"""MessageMedia callbacks end to end against the sandbox (no cassette): send with a callback_url, the sandbox
POSTs the delivery report (and an injected reply) to a loopback receiver, parse, verify, de-duplicate; and the
parse and signature errors of bad input."""

from __future__ import annotations

import base64
import json
import runpy
import threading
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, make_server

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from message_media_messages import MessageMediaMessagesClient
from message_media_messages.webhooks import (
    SIGNATURE_HEADER,
    DeliveryReportEvent,
    MessageMediaEvent,
    ReplyEvent,
    WebhookParseException,
    WebhookSignatureException,
    parse_event,
    receiver,
    verify,
)
from switchboard_core.webhooks import WebhookParseError, WebhookRequest
from switchboard_sandbox.pytest_plugin import RunningSandbox
from switchboard_sandbox.receiver import CallbackReceiver

LOOPBACK = pytest.mark.block_network(allowed_hosts=["127\\.0\\.0\\.1"])

REPORT: dict[str, Any] = {
    "delivery_report_id": "01e1fa0a-6e27-4945-9cdb-18644b4de043",
    "message_id": "d781dcab-d9d8-4fb2-9e03-872f07ae94ba",
    "callback_url": "https://example.test/hooks/mm",
    "source_number": "+61491570157",
    "date_received": "2017-05-20T06:30:37.642Z",
    "status": "delivered",
    "delay": 0,
    "submitted_date": "2017-05-20T06:30:37.639Z",
    "original_text": "Hello",
    "vendor_account_id": {"vendor_id": "MessageMedia", "account_id": "acct"},
    "metadata": {"order": "A-1"},
}
REPLY: dict[str, Any] = {
    "reply_id": "a175e797-2b54-468b-9850-41a3eab32f74",
    "message_id": "877c19ef-fa2e-4cec-827a-e1df9b5509f7",
    "content": "Yes please",
    "date_received": "2016-12-07T08:43:00.850Z",
    "source_number": "+61491570157",
    "destination_number": "+61491570156",
}


def _send(sandbox: RunningSandbox, callback_url: str, *, delivery_report: bool = True) -> str:
    with MessageMediaMessagesClient("sandbox-key", "sandbox-secret", base_url=sandbox.url) as client:
        body = {"messages": [{"content": "Hello", "destination_number": "+61491570156",
                              "callback_url": callback_url, "delivery_report": delivery_report,
                              "metadata": {"order": "A-1"}}]}  # fmt: skip
        return str(client.messages.create_send_messages(body).messages[0].message_id)


# -- parsing ----------------------------------------------------------------------------------------------------


def test_parse_event_types_a_delivery_report_and_a_reply() -> None:
    report = parse_event(json.dumps(REPORT).encode())
    assert isinstance(report, DeliveryReportEvent)
    assert (report.id, report.key) == (
        REPORT["delivery_report_id"],
        f"messagemedia:delivery_report:{REPORT['delivery_report_id']}",
    )
    assert report.data.status == "delivered"
    assert report.data.date_received == datetime(2017, 5, 20, 6, 30, 37, 642000, tzinfo=UTC)
    assert report.data.to_dict()["metadata"] == {"order": "A-1"}
    reply = parse_event(json.dumps(REPLY))
    assert isinstance(reply, ReplyEvent)
    assert (reply.id, reply.data.content) == (REPLY["reply_id"], "Yes please")


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"not json", "not JSON"),
        (b"\xff\xfe", "not JSON"),
        (b"[]", "JSON list"),
        (json.dumps({"message_id": "x"}).encode(), "neither a delivery report nor a reply"),
        (json.dumps({**REPORT, "reply_id": "r"}).encode(), "both"),
        (json.dumps({k: v for k, v in REPORT.items() if k != "status"}).encode(), "'status' is missing"),
        (json.dumps({**REPORT, "delivery_report_id": 7}).encode(), "'delivery_report_id' is int"),
        (json.dumps({**REPORT, "date_received": "yesterday"}).encode(), "delivery report"),
        (json.dumps({**REPLY, "content": None}).encode(), "'content' is missing"),
    ],
)
def test_malformed_payloads_raise_the_typed_parse_error(body: bytes, reason: str) -> None:
    with pytest.raises(WebhookParseException, match=reason) as raised:
        parse_event(body)
    assert isinstance(raised.value, WebhookParseError)
    assert isinstance(raised.value, ValueError)


# -- signatures -------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def key_pair() -> tuple[rsa.RSAPrivateKey, str]:
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    der = private.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return private, base64.b64encode(der).decode()


def _signed(private: rsa.RSAPrivateKey, body: bytes, line: str, date: str, digest: Any = None) -> dict[str, str]:
    signature = private.sign(line.encode() + date.encode() + body, padding.PKCS1v15(), digest or hashes.SHA224())
    return {"Date": date, SIGNATURE_HEADER.lower(): base64.b64encode(signature).decode()}


def test_verify_accepts_the_documented_signature_and_refuses_everything_else(
    key_pair: tuple[rsa.RSAPrivateKey, str],
) -> None:
    private, public = key_pair
    body, line = json.dumps(REPORT).encode(), "POST /hooks/mm?x=1 HTTP/1.1"
    now = datetime.now(UTC)
    date = format_datetime(now, usegmt=True)
    headers = _signed(private, body, line, date)
    verify(body, headers, public_key=public, request_line=line)
    pem = private.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    verify(body, list(headers.items()), public_key=pem, request_line=line)  # PEM key, headers as pairs
    verify(body, _signed(private, body, line, date, hashes.SHA256()), public_key=public, request_line=line,
           digest="SHA256")  # fmt: skip

    cases: list[tuple[bytes, dict[str, str], str, str]] = [
        (body + b" ", headers, line, "does not match"),  # body changed
        (body, headers, "POST /hooks/other HTTP/1.1", "does not match"),  # another path
        (body, {"Date": date}, line, "no X-Messagemedia-Signature"),
        (body, {SIGNATURE_HEADER: headers[SIGNATURE_HEADER.lower()]}, line, "no Date"),
        (body, {**headers, "Date": "not a date"}, line, "not an HTTP date"),
        (body, {**headers, SIGNATURE_HEADER.lower(): "***"}, line, "not base64"),
    ]
    stale = format_datetime(now - timedelta(minutes=10), usegmt=True)
    cases.append((body, _signed(private, body, line, stale), line, "outside the 300 s tolerance"))
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cases.append((body, _signed(other, body, line, date), line, "does not match"))
    for case_body, case_headers, case_line, reason in cases:
        with pytest.raises(WebhookSignatureException, match=reason):
            verify(case_body, case_headers, public_key=public, request_line=case_line)
    with pytest.raises(ValueError, match="neither PEM nor"):
        verify(body, headers, public_key="not a key", request_line=line)


# -- the receiver: checks, de-duplication, adapters ---------------------------------------------------------------


def test_receiver_handles_each_event_once_and_refuses_bad_input_without_calling_the_handler(
    key_pair: tuple[rsa.RSAPrivateKey, str],
) -> None:
    private, public = key_pair
    handled: list[MessageMediaEvent] = []
    endpoint = receiver(handled.append, public_key=public)
    body = json.dumps(REPORT).encode()
    line_target = "/hooks/mm"
    date = format_datetime(datetime.now(UTC), usegmt=True)
    good = _signed(private, body, f"POST {line_target} HTTP/1.1", date)

    def call(data: bytes, headers: dict[str, str], method: str = "POST") -> int:
        request = WebhookRequest(method, line_target, {k.lower(): v for k, v in headers.items()}, data)
        return endpoint.handle(request).status

    assert call(body, good) == 200
    assert call(body, good) == 200  # the redelivery is acknowledged...
    assert len(handled) == 1  # ...and not handled again
    assert call(body, {}) == 401
    bad = json.dumps({"hello": "world"}).encode()
    assert call(bad, _signed(private, bad, f"POST {line_target} HTTP/1.1", date)) == 400
    assert call(body, good, method="GET") == 405
    assert len(handled) == 1


# -- the full loop against the sandbox ----------------------------------------------------------------------------


@LOOPBACK
def test_sandbox_posts_the_delivery_report_and_a_reply_to_the_callback_url(
    messagemedia_sandbox: RunningSandbox, callback_receiver: CallbackReceiver
) -> None:
    message_id = _send(messagemedia_sandbox, callback_receiver.url_for("/hooks/mm"))
    [callback] = callback_receiver.wait_for(1)
    assert (callback.method, callback.path) == ("POST", "/hooks/mm")
    report = parse_event(callback.body, callback.headers)
    assert isinstance(report, DeliveryReportEvent)
    assert (report.data.message_id, report.data.status, report.data.original_text) == (message_id, "delivered", "Hello")
    assert report.data.to_dict()["metadata"] == {"order": "A-1"}
    # the same report also waits for polling, under the same id: confirming it by that id empties the queue
    with MessageMediaMessagesClient("sandbox-key", "sandbox-secret", base_url=messagemedia_sandbox.url) as client:
        [polled] = client.delivery_reports.get_check_delivery_reports().delivery_reports
        assert polled.delivery_report_id == report.id
        client.delivery_reports.create_confirm_delivery_reports_as_received({"delivery_report_ids": [report.id]})
        assert client.delivery_reports.get_check_delivery_reports().delivery_reports == []

    messagemedia_sandbox.control.post("/_sandbox/messagemedia/replies", {"message_id": message_id, "content": "STOP"})
    callbacks = callback_receiver.wait_for(2)
    reply = parse_event(callbacks[1].body, callbacks[1].headers)
    assert isinstance(reply, ReplyEvent)
    assert (reply.data.message_id, reply.data.content) == (message_id, "STOP")


@LOOPBACK
def test_sandbox_signs_callbacks_once_a_key_is_enabled_and_the_receiver_verifies_them(
    messagemedia_sandbox: RunningSandbox, callback_receiver: CallbackReceiver
) -> None:
    key = messagemedia_sandbox.control.post("/_sandbox/messagemedia/sign")
    assert (key["cipher"], key["digest"]) == ("RSA", "SHA224")
    _send(messagemedia_sandbox, callback_receiver.url_for("/hooks/mm?tenant=7"))
    [callback] = callback_receiver.wait_for(1)
    assert SIGNATURE_HEADER in callback.headers
    verify(callback.body, callback.headers, public_key=key["public_key"], request_line=callback.request_line)
    with pytest.raises(WebhookSignatureException):
        verify(callback.body + b"x", callback.headers, public_key=key["public_key"], request_line=callback.request_line)


@LOOPBACK
def test_sandbox_retries_a_failed_callback_then_gives_up(
    messagemedia_sandbox: RunningSandbox, callback_receiver: CallbackReceiver
) -> None:
    callback_receiver.fail_next(503, times=2)
    _send(messagemedia_sandbox, callback_receiver.url_for("/hooks/mm"))
    delivered = callback_receiver.wait_for(1)  # third attempt
    assert [r.status for r in callback_receiver.received] == [503, 503, 200]
    assert len(delivered) == 1
    log = messagemedia_sandbox.control.get("/_sandbox/messagemedia/callbacks")["callbacks"]
    assert [(c["kind"], c["state"], c["attempts"]) for c in log] == [
        ("delivery_report", "delivered", ["503", "503", "200"])
    ]

    callback_receiver.clear()
    callback_receiver.fail_next(500, times=3)
    _send(messagemedia_sandbox, callback_receiver.url_for("/hooks/mm"))
    callback_receiver.wait_for(3, accepted=False)
    messagemedia_sandbox.app.provider.callbacks.wait()  # type: ignore[attr-defined]
    log = messagemedia_sandbox.control.get("/_sandbox/messagemedia/callbacks")["callbacks"]
    assert (log[-1]["state"], log[-1]["attempts"]) == ("failed", ["500", "500", "500"])


@LOOPBACK
def test_sandbox_never_calls_a_host_other_than_loopback(messagemedia_sandbox: RunningSandbox) -> None:
    _send(messagemedia_sandbox, "https://my.callback.url.com/hooks")
    [callback] = messagemedia_sandbox.control.get("/_sandbox/messagemedia/callbacks")["callbacks"]
    assert callback["state"] == "refused"
    assert callback["attempts"] == ["refused: the sandbox only calls back loopback URLs"]


@LOOPBACK
def test_the_readme_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    runpy.run_path(str(Path(__file__).parents[2] / "examples" / "messagemedia_webhooks.py"), run_name="__main__")
    assert "handled 2 events" in capsys.readouterr().out


@LOOPBACK
def test_a_handler_failure_answers_500_the_sandbox_retries_and_the_event_is_handled_once(
    messagemedia_sandbox: RunningSandbox,
) -> None:
    calls: list[str] = []

    def handle(event: MessageMediaEvent) -> None:
        calls.append(event.id)
        if len(calls) == 1:
            raise RuntimeError("database briefly down")

    endpoint = receiver(handle, path_secret="t0ken")
    server = make_server("127.0.0.1", 0, endpoint.wsgi(), handler_class=_QuietHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        _send(messagemedia_sandbox, f"http://127.0.0.1:{server.server_port}/hooks/t0ken")
        messagemedia_sandbox.app.provider.callbacks.wait()  # type: ignore[attr-defined]
    finally:
        server.shutdown()
        server.server_close()
    [log] = messagemedia_sandbox.control.get("/_sandbox/messagemedia/callbacks")["callbacks"]
    assert (log["state"], log["attempts"]) == ("delivered", ["500", "200"])
    assert len(calls) == 2
    assert calls[0] == calls[1]  # the same event, handled to the end once


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

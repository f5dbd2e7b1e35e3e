"""The generic engine with a made-up behaviour: dispatch by operationId, the request object, 501, 500, checks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from werkzeug.test import Client

from switchboard_sandbox import (
    ApiError,
    Ids,
    Provider,
    Raw,
    Result,
    SandboxApp,
    SandboxRequest,
    operation,
    spec_path,
)
from switchboard_sandbox.provider import timestamp

from .conftest import BASE, NOW, NOW_TEXT


class Partial(Provider):
    """Handles a few MessageMedia operations oddly, to exercise the engine."""

    name = "partial"

    def reset(self) -> None:
        super().reset()
        self.seen: list[SandboxRequest] = []

    def authenticate(self, request: SandboxRequest) -> Any:
        if request.headers.get("Authorization") != "Basic good":
            raise ApiError(401, "no")
        return "the-principal"

    @operation("get_message_status")
    def status(self, request: SandboxRequest) -> Result:
        self.seen.append(request)
        return 200, {"message_id": request.path_params["messageId"], "status": "queued"}, {"X-Seen": "yes"}

    @operation("check_credits_remaining")
    def credits(self, request: SandboxRequest) -> Result:
        raise RuntimeError("handler bug")

    @operation("check_replies")
    def replies(self, request: SandboxRequest) -> Result:
        return 200, {"replies": "not a list"}

    @operation("check_delivery_reports")
    def reports(self, request: SandboxRequest) -> Result:
        if request.headers.get("Account") == "teapot":
            raise ApiError(418, "teapot")
        raise ApiError(403, "not yours", details=["short", "and stout"])


@pytest.fixture
def partial() -> Partial:
    return Partial()


@pytest.fixture
def http(partial: Partial) -> Iterator[httpx.Client]:
    application = SandboxApp(spec_path("messagemedia"), partial)
    with httpx.Client(
        transport=httpx.WSGITransport(app=application), base_url=BASE, headers={"Authorization": "Basic good"}
    ) as c:
        yield c


def test_operations_are_collected_from_the_marks() -> None:
    assert Partial.operations == {
        "get_message_status": "status",
        "check_credits_remaining": "credits",
        "check_replies": "replies",
        "check_delivery_reports": "reports",
    }


def test_handler_gets_the_parsed_request(http: httpx.Client, partial: Partial) -> None:
    response = http.get("/v1/messages/id-1", params={"q": "1"}, headers={"Account": "acc"})
    assert response.status_code == 200
    assert response.json() == {"message_id": "id-1", "status": "queued"}
    assert response.headers["x-seen"] == "yes"
    [seen] = partial.seen
    assert (seen.method, seen.path, seen.raw_path) == ("GET", "/v1/messages/id-1", "/v1/messages/id-1")
    assert seen.operation_id == "get_message_status"
    assert seen.path_params == {"messageId": "id-1"}
    assert seen.query == {"q": "1"}
    assert seen.headers["Account"] == "acc"
    assert seen.principal == "the-principal"
    assert (seen.body, seen.raw_body) == (None, b"")


def test_percent_encoded_path_parameters_are_decoded() -> None:
    partial = Partial()
    application = SandboxApp(spec_path("messagemedia"), partial)
    response = Client(application).get("/v1/messages/a%20b%2Fc", headers={"Authorization": "Basic good"})
    assert response.status_code == 200
    [seen] = partial.seen
    assert seen.path_params == {"messageId": "a b/c"}
    assert seen.raw_path == "/v1/messages/a%20b%2Fc"


def test_authentication_hook_rejects(http: httpx.Client) -> None:
    response = http.get("/v1/messages/id-1", headers={"Authorization": "Basic bad"})
    assert response.status_code == 401
    assert response.json() == {"message": "no"}


def test_operation_without_handler_is_501(http: httpx.Client) -> None:
    response = http.post("/v1/replies/confirmed", json={"reply_ids": ["r"]})
    assert response.status_code == 501
    assert response.json() == {"message": "The sandbox has no handler for operation 'confirm_replies_as_received' yet"}


def test_handler_exception_is_500_json_and_logged(http: httpx.Client, caplog: pytest.LogCaptureFixture) -> None:
    response = http.get("/v1/messaging/credits")
    assert response.status_code == 500
    assert response.json() == {"message": "Sandbox handler check_credits_remaining failed: RuntimeError: handler bug"}
    assert any(r.exc_info and "check_credits_remaining" in r.getMessage() for r in caplog.records)


def test_api_error_from_a_handler_keeps_its_status_and_details(http: httpx.Client) -> None:
    response = http.get("/v1/delivery_reports")
    assert response.status_code == 403
    assert response.json() == {"message": "not yours", "details": ["short", "and stout"]}


def test_api_error_with_a_status_the_spec_does_not_list_is_a_500(http: httpx.Client) -> None:
    response = http.get("/v1/delivery_reports", headers={"Account": "teapot"})
    assert response.status_code == 500
    assert response.json()["details"] == ["Unknown response http status: 418"]


def test_answer_against_the_spec_becomes_500(http: httpx.Client) -> None:
    response = http.get("/v1/replies")
    assert response.status_code == 500
    body = response.json()
    assert body["message"] == "Sandbox bug: the check_replies answer does not conform to the spec"
    assert body["details"] == ["$.replies: 'not a list' is not of type 'array'"]


def test_answer_check_can_be_turned_off(partial: Partial) -> None:
    application = SandboxApp(spec_path("messagemedia"), partial, check_responses=False)
    with httpx.Client(transport=httpx.WSGITransport(app=application), base_url=BASE) as c:
        response = c.get("/v1/replies", headers={"Authorization": "Basic good"})
    assert response.json() == {"replies": "not a list"}


def test_status_lists_unhandled_operations(http: httpx.Client) -> None:
    body = http.get("/_sandbox/status").json()
    assert body["provider"] == "partial"
    assert len(body["operations"]) == 8
    assert body["unhandled"] == [
        "cancel_scheduled_message",
        "confirm_delivery_reports_as_received",
        "confirm_replies_as_received",
        "send_messages",
    ]


def test_handler_for_an_operation_not_in_the_spec_is_refused() -> None:
    class Typo(Provider):
        name = "typo"

        @operation("send_message")
        def send(self, request: SandboxRequest) -> Result:
            return 202, {}

    with pytest.raises(ValueError, match=r"operations not in messagemedia.yaml: \['send_message'\]"):
        SandboxApp(spec_path("messagemedia"), Typo())


def test_ids_are_deterministic_per_kind_and_restart_on_reset() -> None:
    ids = Ids("somewhere")
    first = [ids.next("a"), ids.next("a"), ids.next("b")]
    assert len(set(first)) == 3
    assert all(len(i) == 36 for i in first)
    ids.reset()
    assert [ids.next("a"), ids.next("a"), ids.next("b")] == first
    assert Ids("elsewhere").next("a") != first[0]


def test_timestamps_have_milliseconds_and_z() -> None:
    assert timestamp(NOW) == NOW_TEXT


TWO_HOSTS = """
openapi: 3.0.3
info: {title: Two hosts, version: "1"}
servers: [{url: "https://api.example.com/1.1"}]
paths:
  /statuses/{id}:
    get:
      operationId: get_status
      parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
      responses: {"200": {description: ok, content: {application/json: {schema: {type: object}}}}}
  /media/upload.json:
    servers: [{url: "https://upload.example.com/1.1"}]
    post:
      operationId: upload
      responses: {"200": {description: ok, content: {application/json: {schema: {type: object}}}}}
"""


class TwoHosts(Provider):
    name = "twohosts"

    @operation("get_status")
    def get_status(self, request: SandboxRequest) -> Result:
        return 200, {"id": request.path_params["id"]}

    @operation("upload")
    def upload(self, request: SandboxRequest) -> Result:
        return 200, {"uploaded": True}


def test_servers_with_base_paths_and_per_path_hosts(tmp_path: Path) -> None:
    spec = tmp_path / "twohosts.yaml"
    spec.write_text(TWO_HOSTS)
    application = SandboxApp(spec, TwoHosts())
    assert application.spec.origins == ["https://api.example.com", "https://upload.example.com"]
    with httpx.Client(transport=httpx.WSGITransport(app=application), base_url=BASE) as c:
        assert c.get("/1.1/statuses/5").json() == {"id": "5"}
        assert c.post("/1.1/media/upload.json").json() == {"uploaded": True}
        assert c.get("/statuses/5").status_code == 404  # the server's base path is part of the path
        invalid = c.get("/1.1/statuses/five")
    assert invalid.status_code == 400
    assert invalid.json()["details"][0].startswith("path parameter id")


class Shaped(Partial):
    """Answers errors in its own JSON shape, per path (as some APIs do)."""

    name = "shaped"

    def error_body(self, error: ApiError, path: str) -> Any:
        return {"code": error.status, "reason": error.message, "where": path}


def test_provider_error_body_shapes_engine_and_handler_errors() -> None:
    application = SandboxApp(spec_path("messagemedia"), Shaped())
    with httpx.Client(transport=httpx.WSGITransport(app=application), base_url=BASE) as http:
        unauthenticated = http.get("/v1/messages/id-1")
        assert unauthenticated.status_code == 401
        assert unauthenticated.json() == {
            "code": 401,
            "reason": "Missing credentials: this operation needs one of: basicAuth, hmacAuth",
            "where": "/v1/messages/id-1",
        }
        assert http.get("/v1/messages/id-1", headers={"Authorization": "Basic bad"}).json()["reason"] == "no"
        unknown = http.get("/v1/nowhere", headers={"Authorization": "Basic good"})
        assert unknown.json()["code"] == 404
        forbidden = http.get("/v1/delivery_reports", headers={"Authorization": "Basic good"})
        assert forbidden.json() == {"code": 403, "reason": "not yours", "where": "/v1/delivery_reports"}


def test_default_error_body_is_unchanged(http: httpx.Client) -> None:
    response = http.get("/v1/delivery_reports")
    assert response.json() == {"message": "not yours", "details": ["short", "and stout"]}


class ShapedRaw(Provider):
    """Answers errors in its own shape and one operation with a non-JSON body."""

    name = "shaped-raw"

    def error_body(self, error: ApiError, path: str) -> Any:
        return {"error": {"status": error.status, "text": error.message}}

    @operation("get_message_status")
    def status(self, request: SandboxRequest) -> Result:
        if request.path_params["messageId"] == "raw":
            return 200, Raw(b"id,status\n1,queued\n", "text/csv"), {"X-Kind": "raw"}
        raise ApiError(404, "no such message")


def test_provider_error_shape_and_raw_bodies() -> None:
    application = SandboxApp(spec_path("messagemedia"), ShapedRaw(), check_responses=False)
    transport = httpx.WSGITransport(app=application)
    with httpx.Client(transport=transport, base_url=BASE, headers={"Authorization": "Basic any"}) as c:
        missing = c.get("/v1/messages/nope")
        assert missing.status_code == 404
        assert missing.json() == {"error": {"status": 404, "text": "no such message"}}
        unknown = c.get("/v1/nothing-here")
        assert unknown.json() == {
            "error": {"status": 404, "text": "No operation of this API has the path /v1/nothing-here"}
        }
        raw = c.get("/v1/messages/raw")
        assert raw.content == b"id,status\n1,queued\n"
        assert raw.headers["content-type"].startswith("text/csv")
        assert raw.headers["x-kind"] == "raw"
        control = c.post("/_sandbox/shaped-raw/fail", json={"status": 99})
        assert control.status_code == 400
        assert "message" in control.json()

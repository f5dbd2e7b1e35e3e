"""Every class of non-conforming request gets its 4xx JSON answer before any behaviour runs."""

from __future__ import annotations

import httpx
import pytest
from openapi_core import OpenAPI

from .conftest import conforms, dumps, message, state


def test_unknown_path_is_404(client: httpx.Client) -> None:
    response = client.get("/v2/nothing")
    assert response.status_code == 404
    assert response.json() == {"message": "No operation of this API has the path /v2/nothing"}


@pytest.mark.parametrize("method", ["POST", "GET"])
def test_known_path_under_a_foreign_prefix_is_404(client: httpx.Client, method: str) -> None:
    # openapi-core matches the /v1/messages template at the end of the URL; then no server matches the prefix
    # (ServerNotFound for POST, OperationNotFound first for GET): both are unknown paths, not wrong methods.
    response = client.request(method, "/api/v1/messages", json={"messages": [message()]})
    assert response.status_code == 404
    assert response.json() == {"message": "No operation of this API has the path /api/v1/messages"}


def test_wrong_method_is_405_with_allow(client: httpx.Client) -> None:
    response = client.delete("/v1/messages")
    assert response.status_code == 405
    assert response.headers["allow"] == "POST"
    assert response.json()["message"] == "Method DELETE is not allowed on /v1/messages; allowed: POST"


def test_post_to_cancel_path_is_405_as_the_buggy_legacy_client_sent_it(client: httpx.Client) -> None:
    response = client.post("/v1/messages/877c19ef-fa2e-4cec-827a-e1df9b5509f7", json={"status": "cancelled"})
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, PUT"


def test_missing_credentials_is_401_naming_the_schemes(anonymous: httpx.Client, spec: OpenAPI) -> None:
    response = anonymous.get("/v1/replies")
    assert response.status_code == 401
    assert conforms(spec, response) == {
        "message": "Missing credentials: this operation needs one of: basicAuth, hmacAuth"
    }


def test_an_impossible_path_parameter_is_404_where_the_operation_documents_no_400(client: httpx.Client) -> None:
    response = client.get("/v1/messages/")  # get_message_status documents 404, not 400: no such message
    assert response.status_code == 404
    body = response.json()
    assert body["details"] == ["path parameter messageId: is 0 characters long; at least 1 are allowed"]
    assert body["message"].startswith("Nothing found at /v1/messages/: path parameter messageId")


def test_body_schema_errors_are_400_with_json_paths(client: httpx.Client, spec: OpenAPI) -> None:
    bad = {"content": "", "destination_number": 61491570156, "format": "FAX", "metadata": {"k": 1}}
    response = client.post("/v1/messages", json={"messages": [message(), bad]})
    assert response.status_code == 400
    body = conforms(spec, response)
    assert sorted(body["details"]) == sorted(
        [
            "$.messages[1].content: is 0 characters long; at least 1 are allowed",
            "$.messages[1].destination_number: 61491570156 is not of type 'string'",
            "$.messages[1].format: 'FAX' is not one of ['SMS', 'TTS', 'MMS']",
            "$.messages[1].metadata.k: 1 is not of type 'string'",
        ]
    )
    assert body["message"].startswith("Invalid request body: $.messages[1].")
    assert body["message"].endswith("(and 3 more)")


def test_missing_required_property_is_400(client: httpx.Client) -> None:
    response = client.post("/v1/delivery_reports/confirmed", json={"ids": ["x"]})
    assert response.status_code == 400
    assert response.json()["details"] == ["$: 'delivery_report_ids' is a required property"]


def test_more_than_100_messages_is_400_from_the_schema(client: httpx.Client) -> None:
    response = client.post("/v1/messages", json={"messages": [message()] * 101})
    assert response.status_code == 400
    assert response.json()["details"] == ["$.messages: has 101 items; at most 100 are allowed"]
    assert state(client)["messages"] == 0


def test_body_that_is_not_json_is_400(client: httpx.Client) -> None:
    response = client.post("/v1/messages", content=b"{messages", headers={"content-type": "application/json"})
    assert response.status_code == 400
    assert response.json()["details"] == ["$: the body is not valid application/json"]


def test_body_of_another_media_type_is_400(client: httpx.Client) -> None:
    response = client.post("/v1/messages", content=b"hi", headers={"content-type": "text/plain"})
    assert response.status_code == 400
    assert response.json()["details"] == ["$: content type 'text/plain' is not accepted; use one of application/json"]


def test_body_shorter_than_its_content_length_is_400(client: httpx.Client) -> None:
    request = client.build_request("POST", "/v1/messages", json={"messages": [message()]})
    request.headers["content-length"] = str(len(request.content) + 10)
    response = client.send(request)
    assert response.status_code == 400
    assert "could not understand" in response.json()["message"]


def test_missing_required_body_is_400(client: httpx.Client) -> None:
    response = client.put("/v1/messages/877c19ef-fa2e-4cec-827a-e1df9b5509f7")
    assert response.status_code == 400
    assert response.json()["details"] == ["$: a request body is required"]


def test_null_status_of_the_legacy_cancel_model_is_400(client: httpx.Client) -> None:
    response = client.put("/v1/messages/877c19ef-fa2e-4cec-827a-e1df9b5509f7", json={"status": None})
    assert response.status_code == 400
    assert "$.status: None is not one of ['cancelled']" in response.json()["details"]


def test_json_charset_content_type_is_accepted(client: httpx.Client) -> None:
    body = dumps({"messages": [message()]})
    response = client.post("/v1/messages", content=body, headers={"content-type": "application/json; charset=utf-8"})
    assert response.status_code == 202


def test_credentials_are_checked_before_the_body(anonymous: httpx.Client) -> None:
    response = anonymous.post("/v1/messages", json={"messages": []}, auth=("sandbox-key", "wrong"))
    assert response.status_code == 401
    assert response.json() == {"message": "Invalid API key or secret"}


def test_control_endpoints_are_not_validated_or_authenticated(anonymous: httpx.Client) -> None:
    response = anonymous.post("/_sandbox/reset")
    assert response.status_code == 200
    assert response.json() == {"reset": True}


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("POST", "/_sandbox/nothing", 404),
        ("GET", "/_sandbox/reset", 405),
        ("POST", "/_sandbox/messagemedia/state", 405),
    ],
)
def test_unknown_control_endpoints(anonymous: httpx.Client, method: str, path: str, status: int) -> None:
    response = anonymous.request(method, path)
    assert response.status_code == status
    assert path in response.json()["message"]


def test_control_body_that_is_not_json_is_400(anonymous: httpx.Client) -> None:
    response = anonymous.post("/_sandbox/messagemedia/fail", content=b"status=503")
    assert response.status_code == 400
    assert response.json() == {"message": "The control endpoint body must be JSON"}

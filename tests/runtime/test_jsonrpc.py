"""The JSON-RPC envelope and response reading (JSON-RPC 2.0 and the legacy fault shape)."""

from __future__ import annotations

import pytest

from switchboard_core import JsonRpcFault, jsonrpc_request, parse_jsonrpc_response


def test_request_envelope() -> None:
    assert jsonrpc_request("routers", ("c-1",)) == {"jsonrpc": "2.0", "id": 0, "method": "routers", "params": ["c-1"]}
    assert jsonrpc_request("m", {"a": 1}, request_id="x") == {
        "jsonrpc": "2.0",
        "id": "x",
        "method": "m",
        "params": {"a": 1},
    }
    with pytest.raises(ValueError, match="method name"):
        jsonrpc_request("", [])


@pytest.mark.parametrize(
    "body",
    [{"error": None, "result": [1]}, {"jsonrpc": "2.0", "id": 0, "result": [1]}],
    ids=["legacy", "standard"],
)
def test_success_in_either_shape(body: dict[str, object]) -> None:
    outcome = parse_jsonrpc_response(body)
    assert outcome.fault is None
    assert outcome.result == [1]


def test_null_result_is_a_success() -> None:
    assert parse_jsonrpc_response({"jsonrpc": "2.0", "id": 0, "result": None}).result is None
    assert parse_jsonrpc_response({"error": None}).fault is None


def test_legacy_fault() -> None:
    outcome = parse_jsonrpc_response({"error": {"fault": "Fault", "faultCode": 8002, "faultString": "Meep"}})
    assert outcome.fault == JsonRpcFault(code=8002, message="Meep", data=None, fault="Fault")


def test_standard_fault() -> None:
    body = {"jsonrpc": "2.0", "id": 0, "error": {"code": -32601, "message": "Method not found", "data": {"m": "x"}}}
    assert parse_jsonrpc_response(body).fault == JsonRpcFault(code=-32601, message="Method not found", data={"m": "x"})


@pytest.mark.parametrize(
    "body",
    [
        [],
        "text",
        {"jsonrpc": "2.0", "id": 0},
        {"error": "a string"},
        {"error": {"unexpected": 1}},
        {"error": {"code": "12", "message": "m"}},
        {"error": {"code": True, "message": "m"}},
        {"error": {"fault": 3, "faultCode": 1, "faultString": "m"}},
    ],
)
def test_not_a_jsonrpc_response(body: object) -> None:
    with pytest.raises(ValueError):
        parse_jsonrpc_response(body)


def test_jsonrpc_answer_checks_the_result_and_signals_a_fault() -> None:
    import httpx

    from switchboard_core import FaultAnswer, InvalidRequestError, jsonrpc_answer

    parse = jsonrpc_answer({"type": "array", "items": {"type": "string"}})
    assert parse(httpx.Response(200, json={"result": ["a"], "error": None})) == ["a"]
    with pytest.raises(InvalidRequestError):
        parse(httpx.Response(200, json={"result": [1]}))
    with pytest.raises(FaultAnswer) as caught:
        parse(httpx.Response(200, json={"error": {"code": 1, "message": "no"}}))
    assert caught.value.fault.message == "no"

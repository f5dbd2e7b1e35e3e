"""JSON-RPC over HTTP: the request envelope, and reading a response in either common shape.

Responses are accepted as JSON-RPC 2.0 (``result`` on success without ``error``; ``error: {code, message,
data}``) and as the older txJSON-RPC / XML-RPC-fault shape some servers still send (``error: null`` next to
``result`` on success; ``error: {fault, faultCode, faultString}``). ``id`` and ``jsonrpc`` are not checked.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from ._errors import FaultAnswer
from ._schema import Schema, _checker

JSONRPC_VERSION = "2.0"


def jsonrpc_request(
    method: str, params: Sequence[Any] | Mapping[str, Any], request_id: int | str = 0
) -> dict[str, Any]:
    """``{"jsonrpc": "2.0", "id": request_id, "method": method, "params": params}`` (positional params as a list)."""
    if not isinstance(method, str) or not method:
        raise ValueError(f"a JSON-RPC method name must be a non-empty string, not {method!r}")
    wire_params: list[Any] | dict[str, Any] = dict(params) if isinstance(params, Mapping) else list(params)
    return {"jsonrpc": JSONRPC_VERSION, "id": request_id, "method": method, "params": wire_params}


@dataclass(frozen=True)
class JsonRpcFault:
    """A JSON-RPC error, whichever shape it came in: ``code``/``message`` (``faultCode``/``faultString`` in the
    legacy shape), ``data`` (2.0 only) and ``fault`` (the legacy fault's type name, e.g. ``"Fault"``)."""

    code: int | None
    message: str
    data: Any = None
    fault: str | None = None

    @classmethod
    def from_json(cls, error: Any) -> JsonRpcFault:
        """Read an ``error`` member; :class:`ValueError` if it is neither shape."""
        if not isinstance(error, Mapping):
            raise ValueError(f"a JSON-RPC error must be an object, not {type(error).__name__}")
        if "faultCode" in error or "faultString" in error or "fault" in error:
            code, message = error.get("faultCode"), error.get("faultString")
            fault = error.get("fault")
        elif "code" in error or "message" in error:
            code, message, fault = error.get("code"), error.get("message"), None
        else:
            raise ValueError(f"a JSON-RPC error needs code/message or faultCode/faultString, got keys {sorted(error)}")
        if code is not None and (isinstance(code, bool) or not isinstance(code, int)):
            raise ValueError(f"a JSON-RPC error code must be an integer, not {code!r}")
        if fault is not None and not isinstance(fault, str):
            raise ValueError(f"a JSON-RPC fault name must be a string, not {fault!r}")
        return cls(code=code, message="" if message is None else str(message), data=error.get("data"), fault=fault)


@dataclass(frozen=True)
class JsonRpcOutcome:
    """A parsed response: ``fault`` is set for an error, else ``result`` holds the method's result."""

    result: Any = None
    fault: JsonRpcFault | None = None


def parse_jsonrpc_response(body: Any) -> JsonRpcOutcome:
    """The outcome of a decoded JSON-RPC response body; :class:`ValueError` if it is not a JSON-RPC response."""
    if not isinstance(body, Mapping):
        raise ValueError(f"a JSON-RPC response must be an object, not {type(body).__name__}")
    error = body.get("error")
    if error is not None:
        return JsonRpcOutcome(fault=JsonRpcFault.from_json(error))
    if "result" not in body and "error" not in body:
        raise ValueError("a JSON-RPC response needs a result or an error member")
    return JsonRpcOutcome(result=body.get("result"))


def jsonrpc_answer(result_schema: Schema | None) -> Callable[[httpx.Response], Any]:
    """A parser for one JSON-RPC method: its result (checked against ``result_schema``); a fault is raised as
    :class:`FaultAnswer` (the invoker turns it into the provider's ``ErrorMap.fault`` error)."""
    checker = None if result_schema is None else _checker(result_schema)

    def parse(response: httpx.Response) -> Any:
        outcome = parse_jsonrpc_response(response.json())
        if outcome.fault is not None:
            raise FaultAnswer(outcome.fault)
        if checker is not None:
            checker("result", outcome.result)
        return outcome.result

    return parse


__all__ = [
    "JSONRPC_VERSION",
    "JsonRpcFault",
    "JsonRpcOutcome",
    "jsonrpc_answer",
    "jsonrpc_request",
    "parse_jsonrpc_response",
]

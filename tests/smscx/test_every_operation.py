"""Every one of the 96 operations, sync and async, answered 401, 429 and 5xx by the sandbox (replayed): the
status-wide error classes each operation documents, raised as the seed's exceptions. Arguments are the smallest
valid ones, built from the operation table, so nothing is refused before sending."""

from __future__ import annotations

from typing import Any

import pytest

import smscx_client as sx

from .conftest import Apis, Sandbox, call, configuration
from .spec_operations import OPERATIONS, SCHEMAS, Op

pytestmark = [pytest.mark.vcr, pytest.mark.sandbox_only]

UUID_VALUE = "00000000-0000-4000-8000-000000000000"


def _param(param: dict[str, Any]) -> Any:
    schema = param["schema"]
    if schema["type"] == "integer":
        return 1
    if "enum" in schema:
        return schema["enum"][0]
    if "pattern" in schema:
        return UUID_VALUE
    if schema.get("minLength") == 2:
        return "NL"
    return "+31612469000" if param["name"] == "phoneNumber" else "abc123"


def _value(prop: dict[str, Any]) -> Any:
    if "$ref" in prop:
        return _body(prop["$ref"].rsplit("/", 1)[-1])
    if "enum" in prop:
        return prop["enum"][0]
    kind = prop.get("type")
    if "0-9a-f" in prop.get("pattern", ""):
        return UUID_VALUE
    if kind == "string":
        return "InfoText" if prop.get("minLength", 0) <= 8 else "x" * prop["minLength"]
    if kind == "integer":
        return prop.get("minimum", 1)
    if kind == "boolean":
        return False
    if kind == "object":
        return {}
    items = prop.get("items", {})
    if items.get("type") == "string":
        return ["+31612469000"]
    if items.get("type") == "integer":
        return [1]
    if items.get("$ref", "").endswith("/Strategy"):
        return [{"channel": "viber", "template_id": 1}, {"channel": "sms", "text": "x"}]
    raise AssertionError(f"no minimal value for {prop}")


def _python(wire: str) -> str:
    name = "".join(f"_{c.lower()}" if c.isupper() else c for c in wire)
    return "_from" if name == "from" else name


def _body(model: str) -> dict[str, Any]:
    schema = SCHEMAS[model]
    return {
        _python(w): _value(schema["properties"][w]) for w in schema["properties"] if w in schema.get("required", [])
    }


def _invoke(apis: Apis, op: Op) -> Any:
    api = getattr(apis, op.tag)
    method = getattr(api, op.name)
    path = [_param(p) for p in op.path]
    if op.name == "verify_otp":
        return method(*path, "1234")
    if op.name == "get_access_token":
        return method()
    if op.body is not None:
        return method(*path, _body(op.body))
    if any(p["name"] == "period" for p in op.query):
        return method(*path, "2030")
    return method(*path)


async def test_every_operation_answers_401_with_bad_credentials(apis: Apis, sandbox: Sandbox) -> None:
    bad = Apis(type(apis.sms.api_client)(configuration(api_key="wrong-key", username="sandbox-app-id", password="x")))
    for op in OPERATIONS.values():
        with pytest.raises(sx.InvalidCredentialsException):
            await call(_invoke(bad, op))


def _with_application(apis: Apis) -> Apis:
    """The same kind of client with the application credentials too (the token call needs them)."""
    app = configuration(username="sandbox-app-id", password="sandbox-app-secret")
    return Apis(type(apis.sms.api_client)(app))


async def test_every_operation_answers_429_when_rate_limited(apis: Apis, sandbox: Sandbox) -> None:
    sandbox.control("rate_limit", {"times": 100, "reset_in": 3600})
    apis = _with_application(apis)
    for op in OPERATIONS.values():
        with pytest.raises(sx.RateLimitExcedeedException) as caught:
            await call(_invoke(apis, op))
        assert caught.value.headers["X-Rate-Limit-Remaining"] == "0"


async def test_every_operation_answers_5xx_as_server_errors(apis: Apis, sandbox: Sandbox) -> None:
    sandbox.post("/_sandbox/smscx/fail", {"status": 500, "times": len(OPERATIONS)})
    apis = _with_application(apis)
    for op in OPERATIONS.values():
        with pytest.raises(sx.ServerErrorException):
            await call(_invoke(apis, op))

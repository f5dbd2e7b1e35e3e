"""Every one of the 96 operations, sync and async, answered 401, 429 and 5xx by the sandbox (replayed): the
status-wide error classes each operation documents, raised as the seed's exceptions. Arguments are the smallest
valid ones, built from the operation table, so nothing is refused before sending."""

from __future__ import annotations

from typing import Any

import pytest

import smscx_client as sx
from smscx_client._fields import FIELDS
from smscx_client._models import Field
from smscx_client._operations import OPERATIONS
from smscx_client._ops import Op, Param

from .conftest import Apis, Sandbox, call, configuration

pytestmark = [pytest.mark.vcr, pytest.mark.sandbox_only]

UUID_VALUE = "00000000-0000-4000-8000-000000000000"


def _param(param: Param) -> Any:
    if param.kind == "int":
        return 1
    if param.enum:
        return param.enum[0]
    if param.pattern:
        return UUID_VALUE
    if param.min_len == 2:
        return "NL"
    return "+31612469000" if param.wire == "phoneNumber" else "abc123"


def _value(field: Field) -> Any:
    if field.enum:
        return field.enum[0]
    kind = field.kind
    if field.pattern is not None and "0-9a-f" in field.pattern:
        return UUID_VALUE
    if kind == "str":
        return "InfoText" if field.min_len is None or field.min_len <= 8 else "x" * field.min_len
    if kind == "int":
        return field.minimum or 1
    if kind == "bool":
        return False
    if kind.startswith("dict"):
        return {}
    if kind == "list:str":
        return ["+31612469000"]
    if kind == "list:int":
        return [1]
    if kind == "list:model:Strategy":
        return [{"channel": "viber", "template_id": 1}, {"channel": "sms", "text": "x"}]
    if kind.startswith("model:"):
        return _body(kind[6:])
    raise AssertionError(f"no minimal value for {kind}")


def _body(model: str) -> dict[str, Any]:
    return {f.py: _value(f) for f in FIELDS[model] if f.required}


def _invoke(apis: Apis, op: Op) -> Any:
    api = getattr(apis, op.module.split(".")[0])
    method = getattr(api, op.name)
    path = [_param(p) for p in op.path]
    if op.name == "verify_otp":
        return method(*path, "1234")
    if op.name == "get_access_token":
        return method()
    if op.body is not None:
        return method(*path, _body(op.body))
    if any(p.wire == "period" for p in op.query):
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

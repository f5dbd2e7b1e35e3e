"""Each operation as a :class:`~switchboard_core.Call`: validated input fed to the generated ``_get_kwargs`` and
``_parse_response`` of ``smscx_api`` (method, path and parsing come from the spec)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import httpx

from switchboard_core import PARSE_CLIENT, Call, WireBody, lazy_module

from ._models import UUID, RequestModel, model_class
from ._operations import OPERATIONS
from ._ops import Op, Param
from .exceptions import ApiTypeError, ApiValueError

if TYPE_CHECKING:
    from smscx_api import models
    from smscx_client.model import oauth_token_response
else:  # imported when first used: importing the facade does not load the generated package
    models = lazy_module("smscx_api.models")
    oauth_token_response = lazy_module("smscx_client.model.oauth_token_response")

_MODULES: dict[str, Any] = {op.module: lazy_module(f"smscx_api.api.{op.module}") for op in OPERATIONS.values()}
"""The generated module of each operation (``<tag>.<operationId>``), imported when its first call is built."""
_PARSERS: dict[str, Callable[[httpx.Response], Any]] = {}
"""The success parser of each operation, made on its first call."""


def check_param(op: Op, param: Param, value: object) -> Any:
    """``value`` if it suits ``param``, else :class:`ApiTypeError` / :class:`ApiValueError` (nothing is sent)."""
    where = f"{op.name}: {param.py}"
    if param.kind == "bool":
        if not isinstance(value, bool):
            raise ApiTypeError(f"{where} must be a bool, not {type(value).__name__}")
        return value
    if param.kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise ApiTypeError(f"{where} must be an int, not {type(value).__name__}")
        if param.minimum is not None and value < param.minimum:
            raise ApiValueError(f"{where} must be at least {param.minimum}")
        if param.maximum is not None and value > param.maximum:
            raise ApiValueError(f"{where} must be at most {param.maximum}")
        return value
    if not isinstance(value, str):
        raise ApiTypeError(f"{where} must be a str, not {type(value).__name__}")
    if param.enum and value not in param.enum:
        raise ApiValueError(f"{where} must be one of {', '.join(map(str, param.enum))}, not {value!r}")
    if param.min_len is not None and len(value) < param.min_len:
        raise ApiValueError(f"{where} must be at least {param.min_len} characters long")
    if param.max_len is not None and len(value) > param.max_len:
        raise ApiValueError(f"{where} must be at most {param.max_len} characters long")
    if param.pattern == UUID and not re.fullmatch(UUID.strip("^$"), value):
        raise ApiValueError(f"{where} must be a lowercase UUID (8-4-4-4-12 hex), not {value!r}")
    if not value:
        raise ApiValueError(f"{where} must not be empty")
    return value


def _request_body(op: Op, body: object) -> dict[str, Any]:
    cls = model_class(op.body or "")
    if isinstance(body, cls):
        return body.to_dict()
    if isinstance(body, RequestModel):
        raise ApiTypeError(f"{op.name} takes a {cls._name}, not a {type(body).__name__}")
    if isinstance(body, Mapping):
        return cls(**{str(k): v for k, v in body.items()}).to_dict()
    raise ApiTypeError(f"{op.name} takes a {cls._name} (or a dict of its fields), not {type(body).__name__}")


def _token_form(query: Mapping[str, Any]) -> dict[str, str]:
    grant_type = query.get("grant_type", "client_credentials")
    if grant_type != "client_credentials":
        raise ApiValueError(f"get_access_token: grant_type must be 'client_credentials', not {grant_type!r}")
    scope = query.get("scope")
    if scope is not None and not isinstance(scope, str):
        raise ApiTypeError(f"get_access_token: scope must be a str, not {type(scope).__name__}")
    form = {} if scope is None else {"scope": scope}  # the legacy order: optional fields first
    form["grant_type"] = grant_type
    return form


def _query(op: Op, query: Mapping[str, Any]) -> dict[str, Any]:
    known = {p.py: p for p in op.query}
    unknown = sorted(set(query) - set(known))
    if unknown:
        raise ApiTypeError(f"{op.name} got unexpected keyword arguments: {', '.join(unknown)}")
    params: dict[str, Any] = {}
    for name, value in query.items():  # optional parameters in call order, as the legacy client sent them
        param = known[name]
        if value is None:
            if param.required:
                raise ApiValueError(f"{op.name}: {param.py} is required")
            continue
        params[param.wire] = check_param(op, param, value)
    for param in op.query:
        if param.required and param.wire not in params:
            raise ApiValueError(f"{op.name}: {param.py} is required")
    return params


def build(op: Op, path_args: tuple[Any, ...], body: object, query: Mapping[str, Any]) -> Call[Any]:
    """The :class:`Call` for ``op`` (raises before sending if an argument is wrong)."""
    if len(path_args) != len(op.path):
        raise ApiTypeError(f"{op.name} takes {len(op.path)} path arguments ({len(path_args)} given)")
    path = [check_param(op, p, v) for p, v in zip(op.path, path_args, strict=True)]
    module = _MODULES[op.module]
    if op.body == "OauthTokenRequest":
        kwargs = module._get_kwargs(body=WireBody(_token_form(query)))
        query = {}
    elif op.body is not None:
        kwargs = module._get_kwargs(*path, body=WireBody(_request_body(op, body)))
    else:
        required = {p.wire: query.get(p.py) for p in op.query if p.required}
        kwargs = module._get_kwargs(*path, **required)
    params = _query(op, query)
    if any(p.wire == "period" for p in op.query) and not (
        "period" in params or ("start_date" in params and "end_date" in params)
    ):
        raise ApiValueError(f"{op.name}: give period, or start_date and end_date")
    if params or op.query:
        kwargs["params"] = params
    headers = dict(kwargs.get("headers") or {})
    if op.accept is not None:
        headers["Accept"] = op.accept  # the legacy client asked exports for JSON
    if headers:
        kwargs["headers"] = headers
    parse = _PARSERS.get(op.name)
    if parse is None:
        parse = _PARSERS[op.name] = parser(op, module)
    return Call(kwargs, parse)


def parser(op: Op, module: Any) -> Callable[[httpx.Response], Any]:
    """The success parser of ``op``: its response model, ``None`` for a documented 204, or a list of strings."""
    if op.kind == "strings":
        return _strings
    if op.kind != "json":
        return lambda response: response.content
    if op.response == "OauthTokenResponse":  # our subclass: the token stays out of its repr
        model: Any = oauth_token_response.OauthTokenResponse
    else:
        model = getattr(models, op.response or "")

    client = PARSE_CLIENT

    def parse(response: httpx.Response) -> Any:
        if op.no_content and response.status_code == 204:
            return None
        result = module._parse_response(client=client, response=response)
        if isinstance(result, model):
            return result
        payload = response.json()
        if not isinstance(payload, dict):
            raise TypeError(f"expected a JSON object, got {type(payload).__name__}")
        return model.from_dict(payload)

    return parse


def _strings(response: httpx.Response) -> list[str]:
    payload = response.json()
    if not isinstance(payload, list) or not all(isinstance(item, str) for item in payload):
        raise TypeError("expected a JSON array of strings")
    return payload

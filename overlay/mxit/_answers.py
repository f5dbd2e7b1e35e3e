"""How python-mxit read each kind of answer (``generator/facades/mxit.yaml`` ``answers``): raw text, strings,
plain dicts and lists rather than models; a body of the wrong shape raises ``MxitResponseParseException``."""

from __future__ import annotations

import json
from typing import Any

import httpx


def body_text(response: httpx.Response) -> str:
    """The body as text (python-mxit returned the raw body of most calls; usually empty)."""
    return response.text


def json_string(response: httpx.Response) -> str:
    """A JSON string answer, decoded (``"m12345"`` → ``m12345``, escapes included). A body that is not a JSON
    string has one pair of surrounding quotes removed, as python-mxit did."""
    text = response.text
    try:
        value = json.loads(text)
    except ValueError:
        value = None
    if isinstance(value, str):
        return value
    if len(text) >= 2 and text[0] == text[-1] == '"':
        return text[1:-1]
    return text


def json_object(response: httpx.Response) -> dict[str, Any]:
    return _json(response, dict, "object")  # type: ignore[no-any-return]


def json_array(response: httpx.Response) -> list[Any]:
    return _json(response, list, "array")  # type: ignore[no-any-return]


def _json(response: httpx.Response, kind: type, name: str) -> Any:
    value = response.json()
    if not isinstance(value, kind):
        raise ValueError(f"expected a JSON {name}, got {type(value).__name__}")
    return value

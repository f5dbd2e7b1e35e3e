"""Small helpers the models share to read Twitter payloads (plain dicts, as 1.3.6's models kept them)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

Payload = dict[str, Any]


def wire(answer: Any) -> Payload:
    """A generated model's wire form (``to_dict()``), or the mapping itself."""
    if hasattr(answer, "to_dict"):
        return dict(answer.to_dict())
    return dict(answer) if isinstance(answer, dict) else {}


def inner(data: Payload) -> Payload:
    """The object a model reads: ``data["data"]`` when present (a list's first item), else ``data`` itself."""
    found = data.get("data")
    if isinstance(found, list):
        found = found[0] if found else None
    return found if isinstance(found, dict) else data


def parse_time(value: Any) -> datetime | None:
    """An ISO 8601 timestamp (``...Z`` allowed) as an aware datetime; None when missing or unparsable."""
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def as_int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None

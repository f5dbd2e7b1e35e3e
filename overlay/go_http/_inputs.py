"""Checking caller input before anything is sent; every problem raises InvalidRequestError naming the argument.

Bodies (contact, group and routing-table dicts) go on the wire as the caller wrote them; only their shape
(a mapping with string keys that JSON can encode) is checked here, the API judges the fields.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

from switchboard_core import InvalidRequestError

ADDRESS_FIELDS = ("msisdn", "twitter_handle", "bbm_pin", "mxit_id", "facebook_id", "wechat_id", "gtalk_id")
"""The contact fields ``get_contact(field=value)`` can search on."""
AGGREGATORS = ("avg", "sum", "max", "min", "last")
SESSION_EVENTS = ("new", "resume", "close")


def text(name: str, value: object) -> str:
    """A non-empty string (a key, address, metric name...)."""
    if not isinstance(value, str):
        raise InvalidRequestError(f"{name} must be a string, not {type(value).__name__}")
    if not value:
        raise InvalidRequestError(f"{name} must not be empty")
    return value


def optional_text(name: str, value: object) -> str | None:
    return None if value is None else text(name, value)


def body(name: str, value: object) -> dict[str, Any]:
    """A JSON object body: a mapping with string keys whose values JSON can encode (finite numbers only)."""
    if not isinstance(value, Mapping):
        raise InvalidRequestError(f"{name} must be a dict, not {type(value).__name__}")
    bad = [k for k in value if not isinstance(k, str)]
    if bad:
        raise InvalidRequestError(f"{name} keys must be strings, not {bad[0]!r}")
    data = dict(value)
    try:
        json.dumps(data, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise InvalidRequestError(f"{name} cannot be sent as JSON: {exc}") from None
    return data


def number(name: str, value: object) -> float | int:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidRequestError(f"{name} must be a finite number, not {value!r}")
    return value


def aggregator(name: str, value: object) -> str:
    if value not in AGGREGATORS:
        raise InvalidRequestError(f"{name} must be one of {', '.join(AGGREGATORS)}, not {value!r}")
    return str(value)


def metrics(value: object) -> dict[str, float | int]:
    """``fire()``'s mapping of metric names (ending in an aggregator) to numbers."""
    data = body("metrics", value)
    if not data:
        raise InvalidRequestError("metrics must name at least one metric")
    for name, item in data.items():
        suffix = name.rpartition(".")[2]
        if "." not in name or suffix not in AGGREGATORS:
            raise InvalidRequestError(
                f"metric name {name!r} must end in an aggregator: .{', .'.join(AGGREGATORS)} (e.g. 'foo.last')"
            )
        number(f"metrics[{name!r}]", item)
    return data


def session_event(value: object) -> str | None:
    if value is not None and value not in SESSION_EVENTS:
        raise InvalidRequestError(f"session_event must be one of {', '.join(SESSION_EVENTS)} or None, not {value!r}")
    return value


def cursor(value: object) -> str | None:
    """A page cursor: opaque; strings pass through, integers (smart-group offsets) are written in decimal.

    None, ``""`` and ``0`` mean the first page, as in go-http (which sent a cursor only when it was truthy)."""
    if isinstance(value, bool) or not isinstance(value, str | int | None):
        raise InvalidRequestError(f"start_cursor must be a string or an integer, not {type(value).__name__}")
    if not value:
        return None
    return str(value)


def contact_lookup(args: tuple[object, ...], kwargs: Mapping[str, object]) -> tuple[str, str | None]:
    """``get_contact``'s arguments: ``(contact_key, None)`` or ``(field, value)``."""
    if len(args) == 1 and not kwargs:
        return text("contact_key", args[0]), None
    if not args and len(kwargs) == 1:
        [(field, value)] = kwargs.items()
        if field == "contact_key":
            return text("contact_key", value), None
        if field not in ADDRESS_FIELDS:
            raise InvalidRequestError(
                f"get_contact() searches the address fields {', '.join(ADDRESS_FIELDS)}, not {field!r}"
            )
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        return field, text(field, value)
    raise InvalidRequestError(
        "get_contact() takes one contact key (get_contact(key)) or one address field (get_contact(msisdn='+2783...'))"
    )

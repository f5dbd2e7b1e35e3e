"""Retries for SMS.CX: a send carrying an ``idempotencyId`` may be re-sent (the API executes and bills it once)."""

from __future__ import annotations

import json

import httpx

from switchboard_core import RetryPolicy


def idempotency_id(request: httpx.Request) -> str | None:
    """The ``idempotencyId`` of a JSON POST body, if it has a non-empty one."""
    if request.method != "POST" or not request.headers.get("Content-Type", "").startswith("application/json"):
        return None
    try:
        body = json.loads(request.content)
    except (ValueError, httpx.RequestNotRead):
        return None
    value = body.get("idempotencyId") if isinstance(body, dict) else None
    return value if isinstance(value, str) and value.strip() else None


class SmscxRetryPolicy(RetryPolicy):
    """:class:`~switchboard_core.RetryPolicy` that also treats sends with an ``idempotencyId`` as safe to re-send.

    A send without one is never re-sent once it may have reached the server (429 and 5xx answers go back to the
    caller); with one, it is retried like a GET, waiting for ``X-Rate-Limit-Reset`` on 429.
    """

    def is_idempotent(self, request: httpx.Request) -> bool:
        return super().is_idempotent(request) or idempotency_id(request) is not None

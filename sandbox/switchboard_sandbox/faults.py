"""Injected failures: the next N API requests answer a given status (to record client retry behaviour); with
``after``, the request is processed first and only its answer is replaced (an answer lost after the effect)."""

from __future__ import annotations

import json
from collections import deque
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from werkzeug.wrappers import Response

from .provider import ApiError

MAX_TIMES = 1000


@dataclass
class Fault:
    """One armed failure: ``status`` for the next ``times`` API requests."""

    status: int
    times: int = 1
    retry_after: int | None = None
    html: bool = False
    after: bool = False
    """Process the request, then answer ``status`` instead of the handler's answer (its effect stands)."""

    @classmethod
    def parse(cls, body: Any) -> Fault:
        """Read ``{"status": 503, "times": 2, "retry_after": 1, "html": false, "after": false}``; :class:`ApiError`
        400 if invalid."""
        if not isinstance(body, dict):
            raise ApiError(400, 'Expected a JSON object like {"status": 503, "times": 1}')
        problems = [
            f"unknown field {name!r}"
            for name in sorted(set(body) - {"status", "times", "retry_after", "html", "after"})
        ]
        status = _int_in(body.get("status"), 400, 599)
        times = _int_in(body.get("times", 1), 1, MAX_TIMES)
        retry_after = None if body.get("retry_after") is None else _int_in(body["retry_after"], 0, 86400)
        html = body.get("html", False)
        after = body.get("after", False)
        if status is None:
            problems.append("status must be an integer from 400 to 599")
        if times is None:
            problems.append(f"times must be an integer from 1 to {MAX_TIMES}")
        if body.get("retry_after") is not None and retry_after is None:
            problems.append("retry_after must be an integer number of seconds from 0 to 86400")
        if not isinstance(html, bool):
            problems.append("html must be a boolean")
        if not isinstance(after, bool):
            problems.append("after must be a boolean")
        if problems or status is None or times is None:
            raise ApiError(400, "Invalid failure injection", details=problems)
        return cls(status=status, times=times, retry_after=retry_after, html=bool(html), after=bool(after))

    def response(self) -> Response:
        """The injected answer: JSON ``{"message": ...}`` or an HTML page, with ``Retry-After`` if asked for."""
        phrase = _phrase(self.status)
        headers = {} if self.retry_after is None else {"Retry-After": str(self.retry_after)}
        if self.html:
            page = (
                f"<!DOCTYPE html>\n<html><head><title>{self.status} {phrase}</title></head>"
                f"<body><h1>{self.status} {phrase}</h1><p>Injected by the Switchboard sandbox.</p></body></html>\n"
            )
            return Response(page, status=self.status, headers=headers, content_type="text/html; charset=utf-8")
        body = json.dumps({"message": f"{phrase} (injected by the sandbox)"})
        return Response(body, status=self.status, headers=headers, content_type="application/json")

    def as_json(self) -> dict[str, Any]:
        armed = {"status": self.status, "times": self.times, "retry_after": self.retry_after, "html": self.html}
        return {**armed, "after": True} if self.after else armed


class Faults:
    """A queue of armed failures, consumed one API request at a time (not thread-safe: the engine locks)."""

    def __init__(self) -> None:
        self._queue: deque[Fault] = deque()

    def arm(self, fault: Fault) -> None:
        self._queue.append(fault)

    def clear(self) -> None:
        self._queue.clear()

    def pending(self) -> list[dict[str, Any]]:
        return [fault.as_json() for fault in self._queue]

    def take(self) -> Response | None:
        """The injected answer for this request, if a failure is armed."""
        fault = self.take_fault()
        return None if fault is None else fault.response()

    def take_fault(self) -> Fault | None:
        """The armed failure this request consumes, if any."""
        if not self._queue:
            return None
        fault = self._queue[0]
        fault.times -= 1
        if fault.times <= 0:
            self._queue.popleft()
        return fault


def _int_in(value: Any, low: int, high: int) -> int | None:
    """``value`` if it is an integer (not a bool) from ``low`` to ``high``, else ``None``."""
    if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
        return value
    return None


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"

"""Fault campaigns: a plan of network and answer faults per *call*, and a ledger of what the sandbox did.

A caller tags every request of one logical call with the header ``X-Sandbox-Call: <call id>``. A plan armed with
``POST /_sandbox/chaos`` says, per call id, which operation the faults are meant for and the fault of each of its
attempts in order (the n-th request of that call to that operation gets the n-th fault; later ones none), so the
faults a call meets do not depend on how concurrent calls interleave. Every tagged request is kept in the ledger
(``GET /_sandbox/chaos``): call, operation, attempt, fault and the status the handler answered (``None`` when it
did not run), which is how a campaign counts the effects the server processed.

Fault kinds (:data:`KINDS`): ``drop_before`` / ``drop_after`` (the connection is closed without an answer, before
or after the handler ran), ``status_before`` / ``status_after`` (an injected 5xx instead of running the handler,
or instead of its answer), ``rate_limit`` (429 with ``Retry-After``, ``X-Rate-Limit-Reset`` or no header), and,
after the handler ran, ``truncated`` (fewer bytes than ``Content-Length``, then the connection closes),
``cut_body`` (the first half of the body, consistently framed), ``mislabelled_type`` (the body labelled as HTML),
``bad_encoding`` (labelled ``Content-Encoding: gzip`` but not gzip), ``wrong_type`` (a JSON value of another
type), ``huge_body`` (the body followed by megabytes of JSON whitespace) and ``slow_body`` (the body trickled
in small chunks with pauses).
"""

from __future__ import annotations

import contextlib
import json
import socket
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from werkzeug.wrappers import Request, Response

from .faults import Fault, _phrase
from .provider import ApiError
from .validation import SpecValidator

CALL_HEADER = "X-Sandbox-Call"
"""The request header naming the campaign call a request belongs to."""
HANDLED = "switchboard_sandbox.handled"
"""``environ`` key where the engine leaves the status the operation's handler answered."""
MAX_RECORDS = 500_000
"""The ledger stops growing here (a campaign of that size is far beyond any run the project makes)."""

BEFORE = frozenset({"drop_before", "status_before", "rate_limit"})
"""Kinds answered instead of running the handler."""
AFTER = frozenset(
    {
        "drop_after",
        "status_after",
        "truncated",
        "cut_body",
        "mislabelled_type",
        "bad_encoding",
        "wrong_type",
        "huge_body",
        "slow_body",
    }
)
"""Kinds applied after the handler ran (its effect stands; its answer is lost or damaged)."""
KINDS = BEFORE | AFTER
SERVER_ERRORS = (500, 502, 503, 504)
RATE_LIMIT_HEADERS = ("retry_after", "reset", "none")
ErrorAnswer = Callable[[ApiError], Response]
"""Answers an :class:`ApiError` in the provider's error shape (the engine's ``_error_response``)."""
WRONG_TYPED: tuple[Any, ...] = (None, 42, "not an object", [], {"unexpected": True}, True)


@dataclass(frozen=True)
class ChaosFault:
    """One fault for one attempt; ``kind`` is one of :data:`KINDS`, the other fields refine it."""

    kind: str
    status: int = 503
    header: str = "retry_after"
    html: bool = False
    value: Any = None
    size: int = 1 << 20
    chunks: int = 6
    delay: float = 0.05

    @classmethod
    def parse(cls, body: Any) -> ChaosFault:
        """Read ``{"kind": "status_after", "status": 502}``; :class:`ApiError` 400 if invalid."""
        if not isinstance(body, dict) or body.get("kind") not in KINDS:
            raise ApiError(400, f"A fault is an object whose kind is one of {sorted(KINDS)}")
        known = {"kind", "status", "header", "html", "value", "size", "chunks", "delay"}
        problems = [f"unknown field {name!r}" for name in sorted(set(body) - known)]
        fault = cls(**{name: value for name, value in body.items() if name in known})
        if fault.kind in ("status_before", "status_after") and fault.status not in SERVER_ERRORS:
            problems.append(f"status must be one of {list(SERVER_ERRORS)}")
        if fault.kind == "rate_limit" and fault.header not in RATE_LIMIT_HEADERS:
            problems.append(f"header must be one of {list(RATE_LIMIT_HEADERS)}")
        if not isinstance(fault.size, int) or not 0 < fault.size <= 64 << 20:
            problems.append("size must be a number of bytes from 1 to 64 MiB")
        if not isinstance(fault.chunks, int) or not 1 <= fault.chunks <= 100:
            problems.append("chunks must be an integer from 1 to 100")
        if not isinstance(fault.delay, int | float) or not 0 <= fault.delay <= 2:
            problems.append("delay must be a number of seconds from 0 to 2")
        if problems:
            raise ApiError(400, "Invalid fault", details=problems)
        return fault

    @property
    def before(self) -> bool:
        return self.kind in BEFORE

    def answer_before(self, request: Request, now: float, error: ErrorAnswer) -> Response:
        """The answer given instead of running the handler; ``error`` answers in the provider's error shape."""
        if self.kind == "drop_before":
            return _drop(request)
        if self.kind == "status_before":
            return self._server_error(error)
        headers = {"retry_after": {"Retry-After": "1"}, "reset": {"X-Rate-Limit-Reset": str(int(now) + 1)}}
        return error(ApiError(429, "Too many requests (injected by the sandbox)", headers=headers.get(self.header)))

    def _server_error(self, error: ErrorAnswer) -> Response:
        """A 5xx as a gateway sends it (an HTML page, ``html``) or in the provider's own error shape."""
        if self.html:
            return Fault(self.status, html=True).response()
        return error(ApiError(self.status, f"{_phrase(self.status)} (injected by the sandbox)"))

    def answer_after(self, request: Request, response: Response, error: ErrorAnswer) -> Response:
        """The handler's ``response``, lost or damaged as this fault says."""
        if self.kind == "drop_after":
            return _drop(request)
        if self.kind == "status_after":
            return self._server_error(error)
        body = response.get_data()
        answer = Response(status=response.status_code, headers=_kept_headers(response.headers.items()))
        if self.kind == "truncated":
            answer.set_data(body[: len(body) // 2])
            answer.headers["Content-Length"] = str(len(body) + 1)
            answer.headers["Connection"] = "close"
        elif self.kind == "cut_body":
            answer.set_data(body[: len(body) // 2])
        elif self.kind == "mislabelled_type":
            answer.set_data(body)
            answer.headers["Content-Type"] = "text/html; charset=utf-8"
        elif self.kind == "bad_encoding":
            answer.set_data(body or b"{}")
            answer.headers["Content-Encoding"] = "gzip"
        elif self.kind == "wrong_type":
            answer.set_data(json.dumps(self.value))
            answer.headers["Content-Type"] = "application/json"
        elif self.kind == "huge_body":
            answer.set_data(body + b" " * self.size)
        else:  # slow_body
            answer.response = _trickle(body, self.chunks, self.delay)
            answer.headers["Content-Length"] = str(len(body))
        return answer


def _kept_headers(headers: Iterable[tuple[str, str]]) -> dict[str, str]:
    return {name: value for name, value in headers if name.lower() not in ("content-length",)}


def _trickle(body: bytes, chunks: int, delay: float) -> Iterator[bytes]:
    size = max(1, -(-len(body) // chunks))
    for start in range(0, len(body), size):
        time.sleep(delay)
        yield body[start : start + size]


def _drop(request: Request) -> Response:
    """Close the connection without answering (only possible when served over a socket)."""
    connection = request.environ.get("werkzeug.socket")
    if not isinstance(connection, socket.socket):
        raise ApiError(501, "A dropped connection can only be injected when the sandbox is served over HTTP")
    with contextlib.suppress(OSError):
        connection.shutdown(socket.SHUT_RDWR)
    response = Response(b"")
    response.headers["Connection"] = "close"
    return response


@dataclass
class _PlannedCall:
    operation: str
    faults: list[ChaosFault]
    attempts: int = 0


@dataclass
class Step:
    """What happens to one tagged request: its ledger record and the fault it meets (if any)."""

    record: dict[str, Any]
    fault: ChaosFault | None


@dataclass
class ChaosPlan:
    """Armed faults per call id and the ledger of tagged requests (not thread-safe: the engine locks)."""

    calls: dict[str, _PlannedCall] = field(default_factory=dict)
    records: list[dict[str, Any]] = field(default_factory=list)

    def clear(self) -> None:
        self.calls.clear()
        self.records.clear()

    def arm(self, body: Any) -> int:
        """Read ``{"calls": {"<id>": {"operation": "<operationId>", "faults": [<fault>, ...]}}}``; how many
        faults were armed. :class:`ApiError` 400 if invalid."""
        calls = body.get("calls") if isinstance(body, dict) else None
        if not isinstance(calls, dict):
            raise ApiError(400, 'Expected {"calls": {"<call id>": {"operation": ..., "faults": [...]}}}')
        planned: dict[str, _PlannedCall] = {}
        for call_id, entry in calls.items():
            if not isinstance(entry, dict) or not isinstance(entry.get("operation"), str):
                raise ApiError(400, f"call {call_id!r} needs an operation (an operationId)")
            faults = entry.get("faults", [])
            if not isinstance(faults, list):
                raise ApiError(400, f"call {call_id!r}: faults must be a list")
            planned[str(call_id)] = _PlannedCall(entry["operation"], [ChaosFault.parse(f) for f in faults])
        self.calls.update(planned)
        return sum(len(call.faults) for call in planned.values())

    def step(self, request: Request, spec: SpecValidator) -> Step | None:
        """The ledger record and fault of a request carrying :data:`CALL_HEADER`; None for an untagged one."""
        call_id = request.headers.get(CALL_HEADER)
        if call_id is None:
            return None
        try:
            operation: str | None = spec.match(request).operation_id
        except ApiError:
            operation = None
        planned = self.calls.get(call_id)
        fault = None
        attempt = 0
        if planned is not None and planned.operation == operation:
            attempt = planned.attempts
            planned.attempts += 1
            fault = planned.faults[attempt] if attempt < len(planned.faults) else None
        record: dict[str, Any] = {
            "call": call_id,
            "operation": operation,
            "method": request.method,
            "attempt": attempt,
            "fault": None if fault is None else fault.kind,
            "handled": None,
        }
        if len(self.records) < MAX_RECORDS:
            self.records.append(record)
        return Step(record, fault)

    def as_json(self) -> dict[str, Any]:
        pending = sum(max(len(c.faults) - c.attempts, 0) for c in self.calls.values())
        return {"records": self.records, "pending_faults": pending}

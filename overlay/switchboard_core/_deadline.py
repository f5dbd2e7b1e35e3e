"""A total deadline per call: it bounds every attempt, the waits between them and the reading of the body.

httpx's timeouts bound each phase (connect, each read, each write): a server trickling one byte every half
second never trips a 30 s read timeout. A :class:`Deadline` starts when a call starts; each attempt's timeouts
are cut to what is left of it, the body is checked against it chunk by chunk, and no retry waits past it.
Passing it raises :class:`DeadlineExceeded` (an ``httpx.TimeoutException``: the invoker turns it into the
provider's timeout error).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Any, Protocol

import httpx

DEFAULT_DEADLINE = 300.0
"""Seconds a call may take in all, retries and their waits included (generous: 3 attempts of 30 s reads and
``Retry-After`` waits up to 60 s fit in it)."""

DEADLINE_EXTENSION = "switchboard.deadline"
"""``request.extensions`` key: this call's deadline in seconds (a number, or None for none), instead of the client's."""

_NO_DEADLINE = object()


class Checkable(Protocol):
    """A deadline as a body stream sees it: :meth:`check` raises once it has passed."""

    def check(self, request: httpx.Request) -> None: ...


class DeadlineExceeded(httpx.TimeoutException):
    """The call's total deadline passed (during an attempt, while reading the body, or before a retry)."""


def checked_deadline(value: object) -> float | None:
    """``value`` as a deadline: a positive finite number of seconds, or None (no deadline); else ValueError."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not (0 < value < math.inf):
        raise ValueError(f"deadline must be a positive number of seconds or None, not {value!r}")
    return float(value)


class Deadline:
    """When one call must be over (``time.monotonic`` based; ``seconds=None``: never)."""

    def __init__(self, seconds: float | None, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self._clock = clock
        self._expires = math.inf if seconds is None else clock() + seconds

    @classmethod
    def for_request(cls, request: httpx.Request, default: float | None) -> Deadline:
        """The deadline ``request`` asks for in :data:`DEADLINE_EXTENSION`, else ``default``."""
        seconds = request.extensions.get(DEADLINE_EXTENSION, _NO_DEADLINE)
        return cls(default if seconds is _NO_DEADLINE else checked_deadline(seconds))

    def remaining(self) -> float:
        return self._expires - self._clock()

    def check(self, request: httpx.Request) -> None:
        """Raise :class:`DeadlineExceeded` if the deadline has passed."""
        if self.remaining() <= 0:
            raise DeadlineExceeded(f"the call did not finish within its {self.seconds:g} s deadline", request=request)

    def limit_timeouts(self, request: httpx.Request, timeouts: dict[str, Any] | None) -> None:
        """Cut each of ``timeouts`` (httpx's per-phase dict, as the request was built) to what is left, into
        ``request.extensions`` for the next attempt."""
        if self.seconds is None:
            return
        left = max(self.remaining(), 0.001)
        if timeouts and all(v is not None and v <= left for v in timeouts.values()):
            request.extensions["timeout"] = timeouts  # nothing to cut (the common case): no new dict per attempt
            return
        phases = timeouts or {"connect": None, "read": None, "write": None, "pool": None}
        request.extensions["timeout"] = {k: left if v is None else min(v, left) for k, v in phases.items()}

    def bound(self, response: httpx.Response, stream: BoundedStream) -> None:
        """Make reading ``response``'s body raise :class:`DeadlineExceeded` once the deadline passes: its stream
        wrapped in ``stream`` (the client's ``SyncDeadlineStream`` or ``AsyncDeadlineStream``)."""
        if self.seconds is None:
            return
        response.stream = stream(response.stream, self, response.request)


BoundedStream = Callable[[Any, Checkable, httpx.Request], httpx.SyncByteStream | httpx.AsyncByteStream]
"""A body stream bounded by a deadline, from the stream it wraps."""

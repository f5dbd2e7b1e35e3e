"""httpx clients that retry above auth, within a total deadline per call.

Retrying in the transport (below auth) re-sends the bytes of the first attempt: the same HMAC ``date``, the same
OAuth 1.0a nonce and timestamp, a bearer token that expired while waiting for ``Retry-After``. Here ``send``
runs the whole of httpx's send (auth flow included) once per attempt, so each attempt is signed afresh with
current credentials. Every request a client sends goes through it: the invokers' calls, the generated (typed)
client's and token requests driven on the client. The decisions are :mod:`._retry`'s (``RetryPolicy``, also per
request in ``request.extensions``); the deadline is :mod:`._deadline`'s. :class:`RetryingClient` /
:class:`AsyncRetryingClient` are in ``switchboard_core._sync`` / ``._async._http`` (written once in the
async form); this module holds one call's bookkeeping, which both drive.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from logging import Logger
from typing import Any

import httpx

from ._deadline import BoundedStream, Deadline
from ._reconcile import EARLIER_ATTEMPT_EXTENSION
from ._retry import NEVER_SENT, RetryPolicy, _Attempts


class _Call:
    """One call's attempts: the deadline, the per-attempt timeouts and the retry bookkeeping."""

    def __init__(
        self,
        request: httpx.Request,
        policy: RetryPolicy,
        deadline: float | None,
        clock: Callable[[], float],
        log: Logger,
    ) -> None:
        self.request = request
        self.policy = policy
        self.clock = clock
        self.log = log
        self.deadline = Deadline.for_request(request, deadline)
        self.timeouts: dict[str, Any] | None = request.extensions.get("timeout")
        # While logging is off, made on the first failure: the common, successful call pays nothing more.
        self._attempts = self._new_attempts() if log.isEnabledFor(logging.INFO) else None
        self.earlier: str | None = None
        """Why an earlier attempt may have been processed (its answer lost): see ``_reconcile``."""

    def _new_attempts(self) -> _Attempts:
        remaining = None if self.deadline.seconds is None else self.deadline.remaining
        return _Attempts(self.request, self.policy, self.clock, self.log, remaining)

    @property
    def attempts(self) -> _Attempts:
        if self._attempts is None:
            self._attempts = self._new_attempts()
        return self._attempts

    def after_error(self, exc: httpx.TransportError) -> float | None:
        """The wait before the next attempt after ``exc``, or None to give up."""
        return self.attempts.after_error(exc)

    def after_response(self, response: httpx.Response) -> float | None:
        """The wait before the next attempt after ``response``, or None to return it."""
        if self._attempts is None and not self.policy.is_retryable_status(response.status_code):
            return None
        return self.attempts.after_response(response)

    def failed(self, outcome: httpx.Response | httpx.TransportError) -> None:
        """Note an attempt that will be retried."""
        if isinstance(outcome, httpx.Response):
            if outcome.status_code >= 500 or outcome.status_code == 408:
                self.earlier = str(outcome.status_code)
        elif not isinstance(outcome, NEVER_SENT):
            self.earlier = type(outcome).__name__

    def answered(self, response: httpx.Response, stream: BoundedStream) -> None:
        """The final answer: bounded by the deadline (its body read through ``stream``), and marked when an earlier
        attempt may have taken effect."""
        self.deadline.bound(response, stream)
        if self.earlier is not None:
            response.extensions = {**response.extensions, EARLIER_ATTEMPT_EXTENSION: self.earlier}

    def start_attempt(self) -> None:
        self.deadline.check(self.request)
        self.deadline.limit_timeouts(self.request, self.timeouts)
        if self._attempts is not None:
            self._attempts.restart()

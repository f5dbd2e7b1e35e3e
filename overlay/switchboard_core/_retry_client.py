"""httpx clients that retry above auth, within a total deadline per call.

Retrying in the transport (below auth) re-sends the bytes of the first attempt: the same HMAC ``date``, the same
OAuth 1.0a nonce and timestamp, a bearer token that expired while waiting for ``Retry-After``. Here ``send``
runs the whole of httpx's send (auth flow included) once per attempt, so each attempt is signed afresh with
current credentials. Every request a client sends goes through it: the invokers' calls, the generated (typed)
client's and token requests driven on the client. The decisions are :mod:`._retry`'s (``RetryPolicy``, also per
request in ``request.extensions``); the deadline is :mod:`._deadline`'s.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from logging import Logger
from typing import Any

import httpx
from httpx._client import USE_CLIENT_DEFAULT, UseClientDefault
from httpx._types import AuthTypes

from ._deadline import Deadline
from ._logging import logger
from ._reconcile import EARLIER_ATTEMPT_EXTENSION
from ._retry import NEVER_SENT, RetryPolicy, _Attempts, policy_for


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

    def answered(self, response: httpx.Response) -> None:
        """The final answer: bounded by the deadline, and marked when an earlier attempt may have taken effect."""
        self.deadline.bound(response)
        if self.earlier is not None:
            response.extensions = {**response.extensions, EARLIER_ATTEMPT_EXTENSION: self.earlier}

    def start_attempt(self) -> None:
        self.deadline.check(self.request)
        self.deadline.limit_timeouts(self.request, self.timeouts)
        if self._attempts is not None:
            self._attempts.restart()


class RetryingClient(httpx.Client):
    """An ``httpx.Client`` whose :meth:`send` retries per ``retry`` (a :class:`RetryPolicy`), re-running auth for
    each attempt, and ends every call within ``deadline`` seconds (None: no total deadline)."""

    def __init__(
        self,
        *,
        retry: RetryPolicy | None = None,
        deadline: float | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
        log: Logger | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.retry = retry if retry is not None else RetryPolicy()
        self.deadline = deadline
        self.log = log if log is not None else logger
        self._sleep = sleep
        self._clock = clock

    def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: AuthTypes | UseClientDefault | None = USE_CLIENT_DEFAULT,
        follow_redirects: bool | UseClientDefault = USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        call = _Call(request, policy_for(request, self.retry), self.deadline, self._clock, self.log)
        while True:
            call.start_attempt()
            try:
                response = super().send(request, stream=True, auth=auth, follow_redirects=follow_redirects)
            except httpx.TransportError as exc:
                if (delay := call.after_error(exc)) is None:
                    raise
                call.failed(exc)
            else:
                if (delay := call.after_response(response)) is None:
                    call.answered(response)
                    if not stream:
                        try:
                            response.read()
                        finally:
                            response.close()
                    return response
                call.failed(response)
                response.close()
            self._sleep(delay)


class AsyncRetryingClient(httpx.AsyncClient):
    """The ``httpx.AsyncClient`` of :class:`RetryingClient`."""

    def __init__(
        self,
        *,
        retry: RetryPolicy | None = None,
        deadline: float | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        clock: Callable[[], float] = time.time,
        log: Logger | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.retry = retry if retry is not None else RetryPolicy()
        self.deadline = deadline
        self.log = log if log is not None else logger
        self._sleep = sleep  # None: asyncio.sleep
        self._clock = clock

    async def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: AuthTypes | UseClientDefault | None = USE_CLIENT_DEFAULT,
        follow_redirects: bool | UseClientDefault = USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        call = _Call(request, policy_for(request, self.retry), self.deadline, self._clock, self.log)
        while True:
            call.start_attempt()
            try:
                response = await super().send(request, stream=True, auth=auth, follow_redirects=follow_redirects)
            except httpx.TransportError as exc:
                if (delay := call.after_error(exc)) is None:
                    raise
                call.failed(exc)
            else:
                if (delay := call.after_response(response)) is None:
                    call.answered(response)
                    if not stream:
                        try:
                            await response.aread()
                        finally:
                            await response.aclose()
                    return response
                call.failed(response)
                await response.aclose()
            if self._sleep is None:
                import asyncio

                self._sleep = asyncio.sleep
            await self._sleep(delay)

# Derived from overlay/switchboard_core/_async/_retry.py by `make generate` (unasync): edit that file, not this one.
"""The retrying transport (see :mod:`switchboard_core._retry`): wraps the real one and re-sends per the policy."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from logging import Logger

import httpx

from .._logging import logger
from .._primitives import SyncSleep, sleep
from .._retry import RetryPolicy, _Attempts, _resign, policy_for


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport and re-sends failed requests according to a :class:`RetryPolicy`."""

    def __init__(
        self,
        transport: httpx.BaseTransport | None = None,
        policy: RetryPolicy | None = None,
        *,
        sleep: SyncSleep = sleep,
        clock: Callable[[], float] = time.time,
        log: Logger | None = None,
    ) -> None:
        self.transport = transport if transport is not None else httpx.HTTPTransport()
        self.policy = policy if policy is not None else RetryPolicy()
        self.log = log if log is not None else logger
        """Where attempts and retries are logged (``switchboard.<provider>``; default ``switchboard``)."""
        self._sleep = sleep
        self._clock = clock

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        policy = policy_for(request, self.policy)
        # While logging is off, created on the first failure: the common, successful call pays nothing more.
        attempts = _Attempts(request, policy, self._clock, self.log) if self.log.isEnabledFor(logging.INFO) else None
        while True:
            try:
                response = self.transport.handle_request(request)
            except httpx.TransportError as exc:
                attempts = attempts or _Attempts(request, policy, self._clock, self.log)
                if (delay := attempts.after_error(exc)) is None:
                    raise
            else:
                if attempts is None and not policy.is_retryable_status(response.status_code):
                    return response
                attempts = attempts or _Attempts(request, policy, self._clock, self.log)
                if (delay := attempts.after_response(response)) is None:
                    return response
                response.close()
            self._sleep(delay)
            _resign(request)
            attempts.restart()

    def close(self) -> None:
        self.transport.close()

"""The retrying transport (see :mod:`switchboard_core._retry`): wraps the real one and re-sends per the policy."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from logging import Logger

import httpx

from .._logging import logger
from .._primitives import AsyncSleep, asleep
from .._retry import RetryPolicy, _Attempts, _resign, policy_for


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Wraps a transport and re-sends failed requests according to a :class:`RetryPolicy`."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport | None = None,
        policy: RetryPolicy | None = None,
        *,
        sleep: AsyncSleep = asleep,
        clock: Callable[[], float] = time.time,
        log: Logger | None = None,
    ) -> None:
        self.transport = transport if transport is not None else httpx.AsyncHTTPTransport()
        self.policy = policy if policy is not None else RetryPolicy()
        self.log = log if log is not None else logger
        """Where attempts and retries are logged (``switchboard.<provider>``; default ``switchboard``)."""
        self._sleep = sleep
        self._clock = clock

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        policy = policy_for(request, self.policy)
        # While logging is off, created on the first failure: the common, successful call pays nothing more.
        attempts = _Attempts(request, policy, self._clock, self.log) if self.log.isEnabledFor(logging.INFO) else None
        while True:
            try:
                response = await self.transport.handle_async_request(request)
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
                await response.aclose()
            await self._sleep(delay)
            _resign(request)
            attempts.restart()

    async def aclose(self) -> None:
        await self.transport.aclose()

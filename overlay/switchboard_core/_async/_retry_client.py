"""The httpx client that retries above auth within a total deadline per call (see
:mod:`switchboard_core._retry_client`)."""

from __future__ import annotations

import time
from collections.abc import Callable
from logging import Logger
from typing import Any

import httpx
from httpx._client import USE_CLIENT_DEFAULT, UseClientDefault
from httpx._types import AuthTypes

from .._logging import logger
from .._primitives import AsyncSleep, asleep
from .._retry import RetryPolicy, policy_for
from .._retry_client import _Call


class AsyncRetryingClient(httpx.AsyncClient):
    """An httpx client whose :meth:`send` retries per ``retry`` (a :class:`RetryPolicy`), re-running auth for each
    attempt, and ends every call within ``deadline`` seconds (None: no total deadline)."""

    def __init__(
        self,
        *,
        retry: RetryPolicy | None = None,
        deadline: float | None = None,
        sleep: AsyncSleep = asleep,
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
            await self._sleep(delay)

"""Retries at the transport level: :class:`RetryTransport` / :class:`AsyncRetryTransport` wrap the real one
(``switchboard_core._sync`` / ``._async._http``, written once in the async form); the policy and the decisions
are here.

A request is re-sent only when that is safe: always if it never reached the server (connect errors, pool
timeouts), otherwise only if it is idempotent (by method, or because it carries an ``Idempotency-Key``).
The decisions are pure functions (:func:`decide_after_error`, :func:`decide_after_response`) shared by both
transports. A :class:`RetryPolicy` in ``request.extensions[RETRY_POLICY_EXTENSION]`` overrides the transport's.
"""

from __future__ import annotations

import email.utils
import logging
import math
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import UTC
from logging import Logger
from time import sleep as sleep  # the sync clients' wait between attempts (the derived sync code imports it)

import httpx

from ._logging import log_attempt, log_retry

RETRY_POLICY_EXTENSION = "switchboard.retry_policy"
"""``request.extensions`` key holding a per-request :class:`RetryPolicy`."""

RESIGN_EXTENSION = "switchboard.resign"
"""``request.extensions`` key an auth may set to a callable that re-signs the request in place (a fresh OAuth 1.0a
nonce and timestamp); the retry transports call it before each re-send, so a retry is not refused as a replay."""

_ATTEMPTS = "switchboard_attempts"
"""Attribute a transport error raised by a retry transport carries: how many times the request was sent."""


AsyncSleep = Callable[[float], Awaitable[None]]
SyncSleep = Callable[[float], None]


async def asleep(seconds: float) -> None:
    """``asyncio.sleep``, imported when first needed (keeps sync start-up cheap): the async clients' wait between
    attempts (``sleep``, i.e. ``time.sleep``, is the sync ones'; the derived sync code calls it by that name)."""
    import asyncio

    await asyncio.sleep(seconds)


def attempts_made(exc: BaseException) -> int | None:
    """How many attempts a retry transport made before giving up with ``exc`` (None if none was involved)."""
    value = getattr(exc, _ATTEMPTS, None)
    return value if isinstance(value, int) else None


NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
"""Transport errors raised before any byte of the request reached the server."""
_NEVER_SENT = NEVER_SENT
_HOPELESS = (httpx.UnsupportedProtocol, httpx.LocalProtocolError)
"""Transport errors caused by the request itself: sending it again cannot help."""


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta-seconds, fractions allowed, or an HTTP-date).

    Past dates give 0; a missing or unparseable value gives None.
    """
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        seconds = when.replace(tzinfo=when.tzinfo or UTC).timestamp() - now
    return max(seconds, 0.0) if math.isfinite(seconds) else None


def parse_epoch(value: str | None) -> float | None:
    """A rate-limit reset header's epoch seconds, or None if missing or not a finite number."""
    try:
        epoch = float(value) if value else None
    except ValueError:
        return None
    return epoch if epoch is not None and math.isfinite(epoch) else None


def _non_negative_number(name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not (0 <= value < math.inf):
        raise ValueError(f"{name} must be a finite number >= 0, not {value!r}")


@dataclass(frozen=True)
class RetryPolicy:
    """When and how long to wait before re-sending a request. Immutable; ``max_retries=0`` disables retries."""

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    """A server asking for a longer wait is not retried: its response goes back to the caller."""
    retry_statuses: frozenset[int] = frozenset({408, 429})
    """Retryable statuses besides every status >= 500."""
    retry_rate_limited_posts: bool = False
    """Retry a 429 answer to a request that is not idempotent (e.g. a POST without ``Idempotency-Key``). A 429
    usually means the server did nothing, but not every server promises it: off unless set explicitly."""
    idempotent_methods: frozenset[str] = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
    idempotency_headers: tuple[str, ...] = ("Idempotency-Key",)
    reset_headers: tuple[str, ...] = ("X-Rate-Limit-Reset", "X-RateLimit-Reset")

    def __post_init__(self) -> None:
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int) or self.max_retries < 0:
            raise ValueError(f"max_retries must be an int >= 0, not {self.max_retries!r}")
        for name in ("initial_delay", "max_delay", "max_retry_after"):
            _non_negative_number(name, getattr(self, name))
        object.__setattr__(self, "retry_statuses", frozenset(self.retry_statuses))
        object.__setattr__(self, "idempotent_methods", frozenset(m.upper() for m in self.idempotent_methods))

    def with_max_retries(self, max_retries: int) -> RetryPolicy:
        """A copy with another retry count (validated)."""
        return replace(self, max_retries=max_retries)

    def is_idempotent(self, request: httpx.Request) -> bool:
        """True if re-sending ``request`` is safe: idempotent method, or a non-empty idempotency header."""
        return request.method.upper() in self.idempotent_methods or any(
            request.headers.get(name, "").strip() for name in self.idempotency_headers
        )

    def is_retryable_status(self, status_code: int) -> bool:
        """True for :attr:`retry_statuses` and every status >= 500."""
        return status_code in self.retry_statuses or status_code >= 500

    def backoff(self, retry_number: int) -> float:
        """Jittered exponential delay before retry ``retry_number`` (0-based): in (0.75 x, x], x <= max_delay."""
        exponent = min(max(retry_number, 0), 64)
        return min(self.initial_delay * 2.0**exponent, self.max_delay) * (1 - 0.25 * random.random())

    def server_delay(self, response: httpx.Response, now: float) -> float | None:
        """The wait the server asked for: ``Retry-After``, else a reset header (epoch seconds) minus ``now``."""
        delay = parse_retry_after(response.headers.get("Retry-After"), now)
        if delay is not None:
            return delay
        for name in self.reset_headers:
            reset = parse_epoch(response.headers.get(name))
            if reset is not None:
                return max(reset - now, 0.0)
        return None


@dataclass(frozen=True)
class RetryDecision:
    """Whether to re-send, after how many seconds, and why (for logs and tests)."""

    retry: bool
    reason: str
    delay: float = 0.0


def _resign(request: httpx.Request) -> None:
    """Let the request's auth sign it again before a re-send (see :data:`RESIGN_EXTENSION`)."""
    resign = request.extensions.get(RESIGN_EXTENSION)
    if resign is not None:
        resign(request)


def policy_for(request: httpx.Request, default: RetryPolicy) -> RetryPolicy:
    """The per-request policy from ``request.extensions``, else ``default``."""
    policy = request.extensions.get(RETRY_POLICY_EXTENSION, default)
    if not isinstance(policy, RetryPolicy):
        raise TypeError(f"request.extensions[{RETRY_POLICY_EXTENSION!r}] must be a RetryPolicy, not {policy!r}")
    return policy


def _replayable(request: httpx.Request) -> bool:
    """True if the body can be sent again: in memory, or multipart (httpx rewinds its files)."""
    return isinstance(request.stream, httpx.ByteStream) or type(request.stream).__name__ == "MultipartStream"


def _unsafe_reason(policy: RetryPolicy, request: httpx.Request) -> str | None:
    """Why a request that may have reached the server must not be re-sent, or None if it may."""
    if not policy.is_idempotent(request):
        return f"{request.method} without {'/'.join(policy.idempotency_headers) or 'idempotency key'}"
    if not _replayable(request):
        return "the request body is a one-shot stream"
    return None


def _rate_limit_retry_allowed(policy: RetryPolicy, request: httpx.Request, response: httpx.Response) -> bool:
    """A 429 to a non-idempotent request may be retried when the policy says so (its body must be replayable)."""
    return policy.retry_rate_limited_posts and response.status_code == 429 and _replayable(request)


def decide_after_error(
    policy: RetryPolicy, request: httpx.Request, exc: httpx.TransportError, retries_done: int
) -> RetryDecision:
    """Retry a transport error? Always if the request never left; otherwise only if it is safe to re-send."""
    reason = type(exc).__name__
    if retries_done >= policy.max_retries:
        return RetryDecision(False, f"{reason}; no retries left")
    if isinstance(exc, _HOPELESS):
        return RetryDecision(False, f"{reason} is not retryable")
    if not isinstance(exc, _NEVER_SENT) and (unsafe := _unsafe_reason(policy, request)):
        return RetryDecision(False, f"{reason} after the request may have been sent; {unsafe}")
    return RetryDecision(True, reason, policy.backoff(retries_done))


def decide_after_response(
    policy: RetryPolicy, request: httpx.Request, response: httpx.Response, retries_done: int, now: float
) -> RetryDecision:
    """Retry a response? Only a retryable status, for a request safe to re-send, within the wait limits."""
    reason = f"{response.status_code} {response.reason_phrase}".strip()
    if not policy.is_retryable_status(response.status_code):
        return RetryDecision(False, f"{reason} is not retryable")
    if retries_done >= policy.max_retries:
        return RetryDecision(False, f"{reason}; no retries left")
    if (unsafe := _unsafe_reason(policy, request)) and not _rate_limit_retry_allowed(policy, request, response):
        return RetryDecision(False, f"{reason}; {unsafe}")
    delay = policy.server_delay(response, now)
    if delay is not None and delay > policy.max_retry_after:
        return RetryDecision(False, f"{reason}; server asks to wait {delay:.1f}s > {policy.max_retry_after:g}s")
    return RetryDecision(True, reason, policy.backoff(retries_done) if delay is None else delay)


class _Attempts:
    """The retry bookkeeping and logging of one request; both transports drive it.

    ``after_*`` return the delay before the next attempt, or None to stop. Logging costs nothing more than one
    level check per request while the logger is off.
    """

    def __init__(
        self,
        request: httpx.Request,
        policy: RetryPolicy,
        clock: Callable[[], float],
        log: Logger,
        remaining: Callable[[], float] | None = None,
    ) -> None:
        self.request = request
        self.policy = policy
        self.clock = clock
        self.log = log if log.isEnabledFor(logging.INFO) else None
        self.retries = 0
        self.started = time.perf_counter() if self.log else 0.0
        self.remaining = remaining
        """Seconds left of the call's deadline (None: no deadline): no retry waits past it."""

    def after_error(self, exc: httpx.TransportError) -> float | None:
        self._log_attempt(exc)
        delay = self._next(decide_after_error(self.policy, self.request, exc, self.retries))
        if delay is None:
            setattr(exc, _ATTEMPTS, self.retries + 1)
        return delay

    def after_response(self, response: httpx.Response) -> float | None:
        self._log_attempt(response)
        if not self.policy.is_retryable_status(response.status_code):
            return None
        return self._next(decide_after_response(self.policy, self.request, response, self.retries, self.clock()))

    def _log_attempt(self, outcome: httpx.Response | Exception) -> None:
        if self.log:
            elapsed = time.perf_counter() - self.started
            log_attempt(self.log, self.request, self.retries + 1, self.policy.max_retries + 1, elapsed, outcome)

    def _next(self, decision: RetryDecision) -> float | None:
        if decision.retry and self.remaining is not None and decision.delay >= self.remaining():
            decision = RetryDecision(False, f"{decision.reason}; waiting {decision.delay:.1f}s would pass the deadline")
        if not decision.retry:
            return None
        self.retries += 1
        if self.log:
            attempts = self.policy.max_retries + 1
            log_retry(self.log, self.request, decision.reason, decision.delay, self.retries + 1, attempts)
        return decision.delay

    def restart(self) -> None:
        """Start timing the next attempt (after the wait)."""
        if self.log:
            self.started = time.perf_counter()

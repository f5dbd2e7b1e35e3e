"""The loggers: ``switchboard`` and one child per package, ``switchboard.<provider>``, and what they record.

Each provider package logs on its own logger (``switchboard.messagemedia``, ``switchboard.mxit``,
``switchboard.smscx``, ``switchboard.vumigo``; the runtime alone on ``switchboard``), so an application can turn
one up without the others. ``SWITCHBOARD_LOG=info`` or ``debug`` sends the ``switchboard`` tree to stderr.

- INFO: one line per HTTP attempt (method, redacted URL, status or transport error, ``attempt n/N`` and the
  time to the response headers) and one per retry decision (why, and after how long).
- DEBUG: the same lines, each followed by the redacted request and response headers.

Bodies are never logged; URLs go through :func:`redact_url`, headers through :func:`redact_headers`, and a
transport error's text through :func:`redact_reason`. :class:`SecretFilter`, on the ``switchboard`` loggers and on
``httpx``'s and ``httpcore``'s (whose records we do not write), replaces in every record the credentials the clients
were given and the values of sensitive URL parameters.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from typing import TextIO

import httpx

from ._redact import REDACTED, SENSITIVE_PARAMS, redact_headers, redact_known, redact_reason, redact_url

ROOT_LOGGER = "switchboard"
logger = logging.getLogger(ROOT_LOGGER)


_PARAM = re.compile(
    r"([?&#;](?:" + "|".join(sorted(map(re.escape, SENSITIVE_PARAMS), key=len, reverse=True)) + r")=)[^&#\s\"']+",
    re.IGNORECASE,
)

FILTERED_LOGGERS = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)
"""Third-party loggers whose records :func:`install_secret_filter` filters (a logger's filter does not apply to
its children's records, so each is named)."""


class SecretFilter(logging.Filter):
    """Rewrites a record whose text holds a registered credential or a sensitive URL parameter's value."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            text = record.getMessage()
        except Exception:  # a record whose arguments do not format: left to the handler's own error report
            return True
        safe = _PARAM.sub(lambda m: m.group(1) + REDACTED, redact_known(text))
        if safe != text:
            record.msg, record.args = safe, None
        return True


_FILTER = SecretFilter()


def install_secret_filter(log: logging.Logger) -> None:
    """Put the shared :class:`SecretFilter` on ``log`` (idempotent)."""
    if _FILTER not in log.filters:
        log.addFilter(_FILTER)


def logger_for(provider: str = "") -> logging.Logger:
    """``switchboard.<provider>`` (``switchboard`` for the runtime itself), with the :class:`SecretFilter`; the
    ``httpx`` and ``httpcore`` loggers get it too."""
    log = logging.getLogger(f"{ROOT_LOGGER}.{provider}" if provider else ROOT_LOGGER)
    install_secret_filter(log)
    if _FILTER not in logging.getLogger("httpx").filters:
        for name in (ROOT_LOGGER, *FILTERED_LOGGERS):
            install_secret_filter(logging.getLogger(name))
    return log


def log_attempt(
    log: logging.Logger,
    request: httpx.Request,
    attempt: int,
    attempts: int,
    elapsed: float,
    outcome: httpx.Response | Exception,
) -> None:
    """One HTTP attempt at INFO (with the redacted headers at DEBUG). Call only if ``log`` is enabled for INFO."""
    if isinstance(outcome, httpx.Response):
        result = f"{outcome.status_code} {outcome.reason_phrase}".strip()
    else:
        result = f"{type(outcome).__name__}: {redact_reason(outcome, request)}".rstrip(": ")
    line = "HTTP %s %s -> %s (attempt %d/%d, %.3fs)"
    args: tuple[object, ...] = (request.method, redact_url(request.url), result, attempt, attempts, elapsed)
    if log.isEnabledFor(logging.DEBUG):
        line += " request headers=%s"
        args += (redact_headers(request.headers),)
        if isinstance(outcome, httpx.Response):
            line += " response headers=%s"
            args += (redact_headers(outcome.headers),)
        log.debug(line, *args)
    else:
        log.info(line, *args)


def log_retry(
    log: logging.Logger, request: httpx.Request, reason: str, delay: float, attempt: int, attempts: int
) -> None:
    """The decision to send ``request`` again: attempt ``attempt`` of ``attempts``, in ``delay`` seconds."""
    if log.isEnabledFor(logging.INFO):
        log.info(
            "retrying %s %s after %s in %.2fs (attempt %d/%d)",
            request.method,
            redact_url(request.url),
            reason,
            delay,
            attempt,
            attempts,
        )


class _EnvHandler(logging.StreamHandler[TextIO]):
    """The stderr handler :func:`configure_logging_from_env` attaches (its type makes the call idempotent)."""


_ENV_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def configure_logging_from_env() -> None:
    """If ``SWITCHBOARD_LOG`` is ``debug`` or ``info``, log the ``switchboard`` loggers to stderr at that level."""
    level = _ENV_LEVELS.get(os.environ.get("SWITCHBOARD_LOG", "").strip().lower())
    if level is None:
        return
    logger.setLevel(level)
    if not any(isinstance(handler, _EnvHandler) for handler in logger.handlers):
        handler = _EnvHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)

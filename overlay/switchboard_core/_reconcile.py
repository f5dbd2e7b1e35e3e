"""Retried calls whose answer proves that an earlier attempt took effect.

A DELETE or PUT may be processed while its answer is lost (a dropped connection, a 5xx from a proxy); the retry
then meets the effect (404: already deleted; 400: already cancelled) and, read naively, reports failure for a
call that succeeded. The retrying client marks the final response with :data:`EARLIER_ATTEMPT_EXTENSION` when an
earlier attempt may have been processed; an operation declares, once, in its spec (``x-retry-reconcile``, read
by the facade generator into the generated call), which answers prove its effect: :class:`Reconcile`. Such a
call returns None (the lost answer cannot be recreated) and logs why at WARNING.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from ._logging import logger
from ._redact import redact_url

EARLIER_ATTEMPT_EXTENSION = "switchboard.earlier_attempt"
"""``response.extensions`` key: why an earlier attempt of this call may have been processed (e.g. ``503``)."""


@dataclass(frozen=True)
class Reconcile:
    """Answers to a retried call that prove an earlier attempt's effect: one of ``statuses``, and, when
    ``contains`` is given, a body containing that text (case-insensitive)."""

    statuses: frozenset[int]
    contains: str | None = None

    def proves(self, response: httpx.Response) -> str | None:
        """Why ``response`` proves the effect of an earlier attempt (for the log), or None if it does not."""
        earlier = response.extensions.get(EARLIER_ATTEMPT_EXTENSION)
        if not earlier or response.status_code not in self.statuses:
            return None
        if self.contains is not None and self.contains.lower() not in response.text.lower():
            return None
        return f"an earlier attempt may have been processed ({earlier}), and the retry answered {response.status_code}"


def reconciled(reconcile: Reconcile, response: httpx.Response) -> bool:
    """True (after logging why) if ``response`` to a retried call proves an earlier attempt's effect."""
    why = reconcile.proves(response)
    if why is None:
        return False
    request = response.request
    logger.warning("%s %s succeeded: %s", request.method, redact_url(request.url), why)
    return True

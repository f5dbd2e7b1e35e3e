"""Retried calls whose answer proves that an earlier attempt took effect.

A DELETE or PUT may be processed while its answer is lost (a dropped connection, a 5xx from a proxy); the retry
then meets the effect (404: already deleted; 400: already cancelled) and, read naively, reports failure for a
call that succeeded. The retrying client marks the final response with :data:`EARLIER_ATTEMPT_EXTENSION` when an
earlier attempt may have been processed; an operation declares, once, in its spec (``x-retry-reconcile``), which
answers prove its effect: :class:`Reconcile`. The generators read that declaration into both clients:

- a facade call (``Call.reconcile``) returns None, the value its legacy method has for "done, nothing to show";
- a typed (generated) operation's ``*_detailed`` functions return ``Response(parsed=None, reconciled=<why>)``
  (:func:`reconciled_retry`, from the package's ``_answers.RECONCILE``): ``status_code``, ``headers`` and
  ``content`` stay the retry's real answer (e.g. the 404), ``parsed`` is None instead of the error value, and
  ``reconciled`` says why the call succeeded; their ``sync``/``asyncio`` shortcuts return that None.

The lost answer cannot be recreated, so neither invents one. Either way the reason is logged at WARNING.
"""

from __future__ import annotations

import importlib
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


def _logged(reconcile: Reconcile, response: httpx.Response) -> str | None:
    why = reconcile.proves(response)
    if why is not None:
        request = response.request
        logger.warning("%s %s succeeded: %s", request.method, redact_url(request.url), why)
    return why


def reconciled(reconcile: Reconcile, response: httpx.Response) -> bool:
    """True (after logging why) if ``response`` to a retried call proves an earlier attempt's effect."""
    return _logged(reconcile, response) is not None


_DECLARED: dict[str, Reconcile | None] = {}


def declared(module: str) -> Reconcile | None:
    """The ``x-retry-reconcile`` of the generated operation ``module`` (``<package>.api.<tag>.<operation>``), as
    its package's ``_answers.RECONCILE`` holds it; None when the operation declares none."""
    if module in _DECLARED:
        return _DECLARED[module]
    table = importlib.import_module(f"{module.partition('.')[0]}._answers").RECONCILE
    entry = table.get(module.rpartition(".")[2])
    return _DECLARED.setdefault(module, None if entry is None else Reconcile(frozenset(entry[0]), entry[1]))


def reconciled_retry(module: str, response: httpx.Response) -> str | None:
    """For the generated operation ``module`` (its ``__name__``): why ``response``, the answer to a retried call,
    proves that an earlier attempt took effect, as the operation's ``x-retry-reconcile`` declares (logged at
    WARNING); None otherwise, at the cost of one dict lookup when no earlier attempt may have been processed."""
    if EARLIER_ATTEMPT_EXTENSION not in response.extensions:
        return None
    reconcile = declared(module)
    return None if reconcile is None else _logged(reconcile, response)

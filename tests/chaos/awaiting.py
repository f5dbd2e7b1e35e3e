"""The faults the reduced campaign in ``make test`` withholds until other branches of issue 14 are merged: each
(operation pattern, fault kind) with the branch that owns the failure and what fails today. ``make chaos`` and
``SWITCHBOARD_CHAOS_ALL_FAULTS=1`` inject them all; once a branch is merged, delete its rows (the reduced run must
then stay at zero bad counts)."""

from __future__ import annotations

from typing import NamedTuple


class Awaiting(NamedTuple):
    pattern: str
    """An ``fnmatch`` pattern on the campaign's operation names (``provider.operation``)."""
    kind: str
    owner: str
    failure: str


AWAITING_MERGES: tuple[Awaiting, ...] = ()
"""Rows still open: none (the typed clients reconcile a retry after a lost answer, as the facades do)."""

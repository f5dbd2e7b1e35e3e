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


RECONCILED = (
    "smscx.typed.delete_group",
    "vumigo.typed.delete_contact",
)
"""Operations whose retry after a lost answer meets "already done" (404, 400 "only scheduled messages can be
cancelled", 409 "opt out already exists"; on Twitter first a 401, the OAuth 1.0a nonce repeated)."""

AWAITING_MERGES: tuple[Awaiting, ...] = (
    *(
        Awaiting(operation, kind, "rtauth", "false failure: the retry after a lost answer reports a failure")
        for operation in RECONCILED
        for kind in ("drop_after", "status_after")
    ),
)  # fmt: skip
"""Rows still open after merging rtsec, rtauth and valid (issue 14): the typed clients do not reconcile a retry
after a lost answer yet (the facades do)."""

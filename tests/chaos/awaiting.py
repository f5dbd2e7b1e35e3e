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


DELETES = (
    "messagemedia.cancel_scheduled_message",
    "mxit.delete_gallery_folder",
    "smscx.delete_group",
    "vumigo.delete_contact",
    "vumigo.set_optout",
    "twitter.delete_tweet",
)

AWAITING_MERGES: tuple[Awaiting, ...] = (
    Awaiting("*", "bad_encoding", "rtsec", "httpx.DecodingError escapes untyped from every operation"),
    *(
        Awaiting("messagemedia.typed.*", kind, "rtsec", "httpx.RemoteProtocolError escapes the typed client")
        for kind in ("truncated", "drop_before", "drop_after")
    ),
    *(
        Awaiting("messagemedia.typed.*", kind, "valid", "JSONDecodeError/TypeError/KeyError from parse_response")
        for kind in ("cut_body", "wrong_type")
    ),
    *(
        Awaiting(operation, kind, "rtauth", "false failure: the retry after a lost answer gets 404/400/409 (401 on "
                 "Twitter: the OAuth 1.0a retry repeats its nonce)")
        for operation in DELETES
        for kind in ("drop_after", "status_after")
    ),
)  # fmt: skip
"""Rows expected to disappear after merging rtsec, rtauth and valid (issue 14)."""

"""The sandbox's clock: what "now" is for every timestamp, expiry and rate-limit window a sandbox answers with.

It follows a time source (the real time by default) plus an offset, or stands still at a frozen instant. Tests
freeze and advance it (``POST /_sandbox/clock``, or :class:`~switchboard_sandbox.control.SandboxControl`), and
recordings start it frozen at a fixed instant so a re-recorded cassette carries the same dates.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from .provider import ApiError, timestamp, utc_now

MAX_ADVANCE = 10 * 366 * 86400
"""The most one ``advance`` may move the clock: ten years, in seconds."""


def parse_instant(value: str) -> datetime:
    """An ISO 8601 instant (``2026-01-01T00:00:00Z``); a naive one is taken as UTC. :class:`ValueError` if not."""
    moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


class SandboxClock:
    """``now()`` = ``source()`` + offset, or the frozen instant; :meth:`reset` restores how it was created.

    ``start`` makes the clock begin at that instant (it then runs with the source unless ``frozen``); ``frozen``
    without ``start`` freezes it at the source's time of creation.
    """

    def __init__(
        self, source: Callable[[], datetime] = utc_now, *, start: datetime | None = None, frozen: bool = False
    ) -> None:
        self._source = source
        self._start = start
        self._start_frozen = frozen
        self._offset = timedelta(0)
        self._moved = timedelta(0)
        self._frozen_at: datetime | None = None
        self.reset()

    def reset(self) -> None:
        """Back to the start instant (or the source's time) and the frozen state the clock was created with."""
        now = self._source()
        self._offset = timedelta(0) if self._start is None else self._start - now
        self._moved = timedelta(0)
        self._frozen_at = (self._start or now) if self._start_frozen else None

    def now(self) -> datetime:
        """The sandbox's current time, timezone-aware UTC."""
        return self._frozen_at if self._frozen_at is not None else self._source() + self._offset

    __call__ = now

    def unmoved(self) -> datetime:
        """What :meth:`now` would be had the clock never been advanced or set: the caller's own time when the
        caller's clock started with this one (e.g. where a client is told to wait until, ``X-Rate-Limit-Reset``)."""
        return self.now() - self._moved

    @property
    def frozen(self) -> bool:
        return self._frozen_at is not None

    def advance(self, seconds: float) -> None:
        """Move the clock forward by ``seconds`` (frozen or not)."""
        delta = timedelta(seconds=seconds)
        self._moved += delta
        if self._frozen_at is not None:
            self._frozen_at += delta
        else:
            self._offset += delta

    def set(self, moment: datetime) -> None:
        """Jump to ``moment`` (forwards or backwards); a frozen clock stays frozen there."""
        self._moved += moment - self.now()
        if self._frozen_at is not None:
            self._frozen_at = moment
        else:
            self._offset = moment - self._source()

    def freeze(self) -> None:
        """Stop the clock where it is."""
        self._frozen_at = self.now()

    def unfreeze(self) -> None:
        """Let the clock run again from where it stands."""
        if self._frozen_at is not None:
            self._offset = self._frozen_at - self._source()
            self._frozen_at = None

    def as_json(self) -> dict[str, Any]:
        return {"now": timestamp(self.now()), "frozen": self.frozen}

    def apply(self, body: Any) -> dict[str, Any]:
        """Apply a control request ``{"set": "<ISO 8601>", "freeze": true|false, "advance": <seconds>}`` (each
        optional, applied in that order); :class:`ApiError` 400 naming every problem. Returns :meth:`as_json`."""
        if not isinstance(body, dict):
            raise ApiError(400, 'Expected a JSON object like {"advance": 60} or {"freeze": true}')
        problems = [f"unknown field {name!r}" for name in sorted(set(body) - {"set", "freeze", "advance"})]
        moment = None
        if "set" in body:
            try:
                moment = parse_instant(body["set"]) if isinstance(body["set"], str) else None
            except ValueError:
                moment = None
            if moment is None:
                problems.append("set must be an ISO 8601 instant like 2026-01-01T00:00:00Z")
        freeze = body.get("freeze")
        if freeze is not None and not isinstance(freeze, bool):
            problems.append("freeze must be a boolean")
        advance = body.get("advance", 0)
        if isinstance(advance, bool) or not isinstance(advance, int | float) or not 0 <= advance <= MAX_ADVANCE:
            problems.append(f"advance must be a number of seconds from 0 to {MAX_ADVANCE}")
        if problems:
            raise ApiError(400, "Invalid clock request", details=problems)
        if moment is not None:
            self.set(moment)
        if freeze is True:
            self.freeze()
        elif freeze is False:
            self.unfreeze()
        if advance:
            self.advance(advance)
        return self.as_json()

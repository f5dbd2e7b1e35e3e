"""Session-wide test set-up: the sandbox's pytest plugin (``<provider>_sandbox`` fixtures; installed wheels load it
through its ``pytest11`` entry point, the repository loads it from ``sandbox/``), and, while recording against a
sandbox whose clock scripts/record.py froze, the same frozen instant for the tests' own clock."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import time_machine

from switchboard_sandbox.clock import parse_instant
from tests import cassettes

pytest_plugins = ["switchboard_sandbox.pytest_plugin"]


@pytest.fixture(autouse=True)
def _recording_clock() -> Iterator[None]:
    """Freeze ``time.time`` and ``datetime.now`` at :data:`cassettes.RECORD_NOW` while recording (HMAC ``date``
    headers, token expiries and rate-limit waits then repeat on every re-record); nothing otherwise."""
    if cassettes.MODE != "sandbox" or not cassettes.RECORD_NOW:
        yield
        return
    with time_machine.travel(parse_instant(cassettes.RECORD_NOW), tick=False):
        yield

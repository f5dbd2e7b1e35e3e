"""The facades' public surface equals the committed snapshot (tests/surface/*.txt).

A difference fails with a readable diff. If the change is deliberate, regenerate with `make surface` and commit
the snapshot together with the change (and say why in the provider README if it breaks a legacy caller).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("switchboard_surface", ROOT / "scripts" / "surface.py")
assert _spec is not None
assert _spec.loader is not None
surface = importlib.util.module_from_spec(_spec)
sys.modules["switchboard_surface"] = surface
_spec.loader.exec_module(surface)


@pytest.mark.parametrize("facade", surface.FACADES)
def test_public_surface_matches_snapshot(facade: str) -> None:
    assert (ROOT / "tests" / "surface" / f"{facade}.txt").exists(), f"no snapshot for {facade}: run `make surface`"
    difference = surface.diff(facade)
    assert not difference, f"the public surface of {facade} moved (run `make surface` if deliberate):\n{difference}"


def test_snapshot_records_sync_and_async_signatures() -> None:
    text = (ROOT / "tests" / "surface" / "message_media_messages.txt").read_text()
    assert "  class MessagesController" in text
    assert "  class AsyncMessagesController" in text
    assert "      def get_message_status(self, message_id: str" in text
    assert "      async def get_message_status(self, message_id: str" in text

"""No credential used while recording appears anywhere in any cassette."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.messagemedia.conftest import ALL_SECRETS

CASSETTES = sorted(Path(__file__).parent.glob("*/cassettes/**/*.yaml"))
FAKE_CREDENTIALS = {"messagemedia": ALL_SECRETS}


def test_there_are_cassettes_to_scan() -> None:
    assert len(CASSETTES) >= 20


@pytest.mark.parametrize("cassette", CASSETTES, ids=lambda p: str(p.relative_to(Path(__file__).parent)))
def test_no_credential_in_cassette(cassette: Path) -> None:
    text = cassette.read_text()
    provider = cassette.relative_to(Path(__file__).parent).parts[0]
    for secret in FAKE_CREDENTIALS[provider]:
        assert secret not in text, f"{secret[:3]}... found in {cassette.name}"
    lowered = text.lower()
    for marker in ("basic ", "bearer ", "hmac username"):
        assert marker not in lowered, f"an Authorization value ({marker.strip()}) was recorded in {cassette.name}"

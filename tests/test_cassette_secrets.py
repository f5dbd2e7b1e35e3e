"""No credential used while recording appears anywhere in any cassette."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.messagemedia.conftest import ALL_SECRETS

CASSETTES = sorted(Path(__file__).parent.glob("*/cassettes/**/*.yaml"))
FAKE_CREDENTIALS = {"messagemedia": ALL_SECRETS}
# An Authorization value as a client sends it: a scheme followed by its token (a challenge such as
# `WWW-Authenticate: Basic realm="..."` names a scheme but carries no credential).
AUTHORIZATION_VALUE = re.compile(r'\b(basic|bearer)\s+(?!realm=)[a-z0-9+/._~-]{6,}=*|hmac username="', re.I)


def test_there_are_cassettes_to_scan() -> None:
    assert len(CASSETTES) >= 20


@pytest.mark.parametrize("cassette", CASSETTES, ids=lambda p: str(p.relative_to(Path(__file__).parent)))
def test_no_credential_in_cassette(cassette: Path) -> None:
    text = cassette.read_text()
    provider = cassette.relative_to(Path(__file__).parent).parts[0]
    for secret in FAKE_CREDENTIALS[provider]:
        assert secret not in text, f"{secret[:3]}... found in {cassette.name}"
    found = AUTHORIZATION_VALUE.search(text)
    assert found is None, f"an Authorization value ({found and found.group(1)}) was recorded in {cassette.name}"


@pytest.mark.parametrize(
    "text",
    ["Authorization: Basic dXNlcjpwYXNz", "authorization: bearer abc.def-ghi", 'hmac username="k", algorithm'],
)
def test_the_authorization_pattern_catches_real_values(text: str) -> None:
    assert AUTHORIZATION_VALUE.search(text)


def test_the_authorization_pattern_ignores_challenges() -> None:
    assert AUTHORIZATION_VALUE.search('WWW-Authenticate: Basic realm="messagemedia sandbox"') is None

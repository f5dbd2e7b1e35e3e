"""No credential used while recording appears anywhere in any cassette."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

HERE = Path(__file__).parent
CASSETTES = sorted(HERE.glob("*/cassettes/**/*.yaml"))
PROVIDERS = sorted({p.relative_to(HERE).parts[0] for p in CASSETTES})
# Each provider's tests/<provider>/conftest.py lists, as ALL_SECRETS, every credential it records with.
FAKE_CREDENTIALS: dict[str, list[str]] = {
    provider: importlib.import_module(f"tests.{provider}.conftest").ALL_SECRETS for provider in PROVIDERS
}
# An Authorization value as a client sends it: a scheme followed by its token (a challenge such as
# `WWW-Authenticate: Basic realm="..."` names a scheme but carries no credential).
AUTHORIZATION_VALUE = re.compile(r'\b(basic|bearer)\s+(?!realm=)[a-z0-9+/._~-]{6,}=*|hmac username="', re.I)


def test_there_are_cassettes_to_scan() -> None:
    assert len(CASSETTES) >= 20
    assert "messagemedia" in PROVIDERS


@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_provider_lists_its_fake_credentials(provider: str) -> None:
    assert FAKE_CREDENTIALS[provider], f"tests/{provider}/conftest.py has no ALL_SECRETS"


@pytest.mark.parametrize("cassette", CASSETTES, ids=lambda p: str(p.relative_to(HERE)))
def test_no_credential_in_cassette(cassette: Path) -> None:
    text = cassette.read_text()
    provider = cassette.relative_to(HERE).parts[0]
    for secret in FAKE_CREDENTIALS[provider]:
        assert secret not in text, f"{secret[:3]}... found in {cassette.name}"
    found = AUTHORIZATION_VALUE.search(text)
    assert found is None, f"an Authorization value ({found and found.group(1)}) was recorded in {cassette.name}"


@pytest.mark.parametrize(
    "text",
    # Built from parts so that this file does not itself look like a recording with a credential in it.
    [
        f"Authorization: {'Basic'} dXNlcjpwYXNz",
        f"authorization: {'bearer'} abc.def-ghi",
        'hmac username="k", algorithm',
    ],
)
def test_the_authorization_pattern_catches_real_values(text: str) -> None:
    assert AUTHORIZATION_VALUE.search(text)


def test_the_authorization_pattern_ignores_challenges() -> None:
    assert AUTHORIZATION_VALUE.search('WWW-Authenticate: Basic realm="messagemedia sandbox"') is None

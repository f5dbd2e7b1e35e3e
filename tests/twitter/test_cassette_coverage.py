"""The recorded cassettes cover every operation of ``specs/twitter.yaml`` with a success and an error answer, each
through the sync client and through the async one (a cassette's flavour is the ``sync`` / ``async`` of its test
id). ``authorize`` is the page the user's browser opens, not a client call: its redirect is recorded once."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from .test_error_paths import NOT_A_CLIENT_CALL, ROUTES

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
CASSETTES = Path(__file__).parent / "cassettes"
ID = re.compile(r"\[(.*)\]\.yaml$")


def _operation(method: str, path: str) -> str | None:
    matches = [name for name, (m, pattern) in ROUTES.items() if m == method and pattern.fullmatch(path)]
    literal = [name for name in matches if "[^/]+" not in ROUTES[name][1].pattern]  # a literal path beats a template
    return next(iter(literal or matches), None)


def _flavour(cassette: Path) -> str | None:
    found = ID.search(cassette.name)
    parts = set(found.group(1).split("-")) if found else set()
    return "async" if "async" in parts else "sync" if "sync" in parts else None


@functools.cache
def _statuses() -> dict[tuple[str | None, str], set[int]]:
    """(flavour, operation) -> the statuses recorded for it."""
    seen: dict[tuple[str | None, str], set[int]] = {}
    for cassette in sorted(CASSETTES.rglob("*.yaml")):
        flavour = _flavour(cassette)
        for interaction in yaml.load(cassette.read_text(), Loader=_LOADER)["interactions"]:  # noqa: S506 - a safe loader
            request = interaction["request"]
            name = _operation(request["method"], urlsplit(request["uri"]).path)
            if name is not None:
                seen.setdefault((flavour, name), set()).add(interaction["response"]["status"]["code"])
    return seen


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_every_operation_has_a_success_and_an_error(flavour: str) -> None:
    statuses = _statuses()
    operations = sorted(set(ROUTES) - set(NOT_A_CLIENT_CALL))
    assert [op for op in operations if not any(s < 300 for s in statuses.get((flavour, op), ()))] == []
    assert [op for op in operations if not any(s >= 400 for s in statuses.get((flavour, op), ()))] == []


def test_the_authorize_redirect_is_recorded() -> None:
    recorded = set().union(*(codes for (_, op), codes in _statuses().items() if op == "authorize"))
    assert 302 in recorded

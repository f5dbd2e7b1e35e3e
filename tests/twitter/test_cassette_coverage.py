"""The recorded cassettes cover every operation of ``specs/twitter.yaml`` with a success and an error answer, each
through the sync client and through the async one (a cassette's flavour is the ``sync`` / ``async`` of its test
id). ``authorize`` is the page the user's browser opens, not a client call: its redirect is recorded once.

Across every recorded request, two of 1.3.6's wire bugs are absent: no bodiless request carries a JSON ``{}`` with
``Content-Type: application/json`` (reference §10.1), and no query sends a Python ``True`` / ``False``
(§10.11)."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

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
def _requests() -> list[dict[str, Any]]:
    """Every recorded request to the Twitter API (the sandbox's control calls left out)."""
    found = []
    for cassette in sorted(CASSETTES.rglob("*.yaml")):
        for interaction in yaml.load(cassette.read_text(), Loader=_LOADER)["interactions"]:  # noqa: S506 - a safe loader
            if not urlsplit(interaction["request"]["uri"]).path.startswith("/_sandbox/"):
                found.append(interaction["request"])
    return found


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


def test_bodiless_requests_carry_no_body_and_no_content_type() -> None:
    bodiless = [r for r in _requests() if r["method"] in ("GET", "DELETE") or not r["body"]]
    assert len(bodiless) > 100
    assert [r["uri"] for r in bodiless if r["body"]] == []
    assert [r["uri"] for r in bodiless if "content-type" in {h.lower() for h in r["headers"]}] == []


def test_no_query_carries_a_python_boolean() -> None:
    queries = [parse_qsl(urlsplit(r["uri"]).query) for r in _requests()]
    assert [pair for query in queries for pair in query if pair[1] in ("True", "False")] == []
    assert ("dry_run", "true") in {pair for query in queries for pair in query}
    assert ("perform_block", "false") in {pair for query in queries for pair in query}

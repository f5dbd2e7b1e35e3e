"""What stays hand-written in the legacy facades (issue 10): a line budget per operation, and no spec path restated.

The facades' plumbing is generated from the specs (``generated/<package>/legacy``); ``overlay/<facade>`` keeps the
behaviour a reader needs to see. Its non-blank lines, over the operations of the four specs, stay at most
``PER_OPERATION`` on average; and a path, which the overlay reads from ``legacy.PATHS`` (or a generated builder),
never appears there as a string literal, so a spec change cannot leave a stale copy behind.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
BUDGETED = ("messagemedia", "mxit", "smscx", "vumigo")  # the providers of the budget (not Twitter yet)
PER_OPERATION = 30
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def _spec(provider: str) -> dict[str, object]:
    spec: dict[str, object] = yaml.safe_load((ROOT / "specs" / f"{provider}.yaml").read_text())
    return spec


def _paths(provider: str) -> dict[str, dict[str, object]]:
    paths: dict[str, dict[str, object]] = _spec(provider)["paths"]  # type: ignore[assignment]
    return paths


def _facade(provider: str) -> Path:
    table = yaml.safe_load((ROOT / "generator" / "facades" / f"{provider}.yaml").read_text())
    return ROOT / "overlay" / str(table["facade"])


def _overlay(provider: str) -> list[Path]:
    """The hand-written files of a facade: a folder that links into ``generated/`` (a legacy module layout that
    ``make generate`` writes, such as ``smscx_client/model``) is not hand-written and not counted."""
    top = _facade(provider)
    return sorted(p for p in top.rglob("*.py") if not any((top / d).is_symlink() for d in p.relative_to(top).parents))


def test_linked_folders_are_generated() -> None:
    for provider in BUDGETED:
        for link in (p for p in _facade(provider).rglob("*") if p.is_symlink()):
            assert link.resolve().is_relative_to(ROOT / "generated"), f"{link} links outside generated/"
            assert list(link.resolve().glob("*.py")), f"{link} links to an empty folder"


def _operations(provider: str) -> int:
    return sum(1 for item in _paths(provider).values() for verb in METHODS if verb in item)


def _lines(path: Path) -> int:
    return sum(1 for line in path.read_text().splitlines() if line.strip())


def test_budget_counts_the_operations_of_the_four_specs() -> None:
    counts = {provider: _operations(provider) for provider in BUDGETED}
    assert all(counts.values()), counts
    assert all(_overlay(provider) for provider in BUDGETED)


def test_hand_written_facades_stay_within_the_budget_per_operation() -> None:
    lines = {provider: sum(_lines(path) for path in _overlay(provider)) for provider in BUDGETED}
    operations = sum(_operations(provider) for provider in BUDGETED)
    average = sum(lines.values()) / operations
    assert average <= PER_OPERATION, (
        f"overlay facades: {sum(lines.values())} non-blank lines for {operations} operations ({average:.1f} per "
        f"operation, budget {PER_OPERATION}; by provider: {lines}): generate what is mechanical instead"
    )


def _restated(files: list[Path], paths: set[str]) -> list[str]:
    """Each string literal of ``files`` equal to one of ``paths``, or a URL (no spaces) ending with one."""
    found = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
                continue
            url = not any(c.isspace() for c in node.value) and any(node.value.endswith(p) for p in paths)
            if node.value in paths or url:
                found.append(f"{path.name}:{node.lineno}: {node.value!r}")
    return found


@pytest.mark.parametrize("provider", BUDGETED)
def test_overlay_restates_no_path_of_its_spec(provider: str) -> None:
    found = _restated(_overlay(provider), set(_paths(provider)))
    assert not found, "spec paths restated in the overlay (read them from legacy.PATHS):\n" + "\n".join(found)


def test_the_path_check_finds_a_restated_path(tmp_path: Path) -> None:
    module = tmp_path / "module.py"
    module.write_text('TOKEN = "https://auth.mxit.com/token"\nAUTHORIZE = f"{ROOT}/authorize"\nDOC = "see /token"\n')
    assert _restated([module], set(_paths("mxit"))) == [
        "module.py:1: 'https://auth.mxit.com/token'",
        "module.py:2: '/authorize'",
    ]

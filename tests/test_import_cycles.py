"""No two modules of a hand-written package import each other (TYPE_CHECKING imports included).

Package ``__init__`` modules are left out (a package importing its submodules, which import their siblings, is
how packages work). KNOWN lists the cycles that remain until their facade is converted (docs/architecture.md,
step 8); the test fails if one is fixed and not removed from KNOWN, or if a new one appears.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

OVERLAY = Path(__file__).resolve().parent.parent / "overlay"
PACKAGES = ("switchboard_core", "message_media_messages", "mxit", "smscx_client", "go_http", "pytweet")
KNOWN: dict[str, set[frozenset[str]]] = {}


def _imports(package: str) -> dict[str, set[str]]:
    modules: dict[str, set[str]] = {}
    for path in (OVERLAY / package).rglob("*.py"):
        if path.name == "__init__.py":
            continue
        parts = list(path.relative_to(OVERLAY).with_suffix("").parts)
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = parts[: len(parts) - node.level]
                target = base + ([node.module] if node.module else [])
                for alias in node.names:
                    candidate = OVERLAY.joinpath(*target, alias.name)
                    deps.add(".".join([*target, alias.name] if candidate.with_suffix(".py").exists() else target))
        modules[".".join(parts)] = deps
    return modules


def _cycles(modules: dict[str, set[str]]) -> set[frozenset[str]]:
    found: set[frozenset[str]] = set()

    def visit(name: str, path: list[str]) -> None:
        for dep in modules.get(name, ()):
            if dep in path:
                found.add(frozenset(path[path.index(dep) :]))
            elif dep in modules and len(path) < 12:
                visit(dep, [*path, dep])

    for module in modules:
        visit(module, [module])
    return found


@pytest.mark.parametrize("package", PACKAGES)
def test_no_import_cycles(package: str) -> None:
    assert _cycles(_imports(package)) == KNOWN.get(package, set())

"""No hand-written sync/async twins in overlay/: code with a sync and an async form is written once, async.

Two functions are twins when their bodies are the same once the async form is made sync: ``await`` dropped,
``async with`` / ``async for`` made plain, and async names mapped to sync ones (``aclose`` -> ``close``,
``AsyncInvoker`` -> ``Invoker``, ``aread_body`` -> ``read_body`` when the module also names ``read_body``...).
Such a pair belongs in ``overlay/switchboard_core/_async`` (``make generate`` derives the sync form with unasync,
into ``generated/switchboard_core/_sync``) or in a generator template, not in two hand-written copies. KNOWN lists
the pairs that remain in provider overlays until they are folded (the test fails if one is fixed and not removed
from KNOWN, or if a new one appears).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
OVERLAY = ROOT / "overlay"

_SYNC_NAMES = {
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "__aiter__": "__iter__",
    "__anext__": "__next__",
    "anext": "next",
    "aclose": "close",
    "aread": "read",
    "aiter_bytes": "iter_bytes",
    "AsyncIterator": "Iterator",
    "AsyncIterable": "Iterable",
    "AsyncGenerator": "Generator",
    "StopAsyncIteration": "StopIteration",
    "asynccontextmanager": "contextmanager",
    "handle_async_request": "handle_request",
}
_ASYNC_WORD = re.compile(r"(?i:^_?async_?)|_async(?=_|$)|(?<=[a-z_])Async(?=[A-Z])")
_TRIVIAL = {"pass", "...", "raise NotImplementedError"}
KNOWN: set[tuple[str, str, str]] = set()  # (file, sync function, async function) left to fold: none


class _Synced(ast.NodeTransformer):
    """The sync reading of a piece of code: no ``await``, plain ``with`` / ``for``, sync names."""

    def __init__(self, names: set[str]) -> None:
        self.names = names

    def sync_name(self, name: str) -> str:
        if name in _SYNC_NAMES:
            return _SYNC_NAMES[name]
        for prefix in ("Async", "Sync"):  # AsyncInvoker / SyncInvoker -> Invoker
            if name.startswith(prefix) and name[len(prefix) : len(prefix) + 1].isupper():
                name = name[len(prefix) :]
        name = _ASYNC_WORD.sub("", name) or name
        if name.startswith("a") and name[1:] in self.names:  # aread_body -> read_body, asend -> send
            return name[1:]
        return name

    def _visit(self, node: ast.AST) -> ast.AST:
        visited: ast.AST = self.visit(node)
        return visited

    def visit_Await(self, node: ast.Await) -> ast.AST:
        return self._visit(node.value)

    def visit_AsyncWith(self, node: ast.AsyncWith) -> ast.AST:
        return self._visit(ast.copy_location(ast.With(items=node.items, body=node.body), node))

    def visit_AsyncFor(self, node: ast.AsyncFor) -> ast.AST:
        synced = ast.For(target=node.target, iter=node.iter, body=node.body, orelse=node.orelse)
        return self._visit(ast.copy_location(synced, node))

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> ast.AST:
        synced = ast.FunctionDef(
            name=node.name, args=node.args, body=node.body, decorator_list=node.decorator_list, returns=node.returns
        )
        return self._visit(ast.copy_location(synced, node))

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.AST:
        node.name = self.sync_name(node.name)
        return self.generic_visit(node)

    def visit_Name(self, node: ast.Name) -> ast.AST:
        node.id = self.sync_name(node.id)
        return node

    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        node.attr = self.sync_name(node.attr)
        return self.generic_visit(node)


def _identifiers(tree: ast.AST) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            found.add(node.id)
        elif isinstance(node, ast.Attribute):
            found.add(node.attr)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            found.add(node.name)
    return found


def _body(function: ast.FunctionDef | ast.AsyncFunctionDef, names: set[str]) -> str | None:
    """The sync reading of ``function``'s body without its docstring (None if that is trivial)."""
    body = function.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]
    copy = ast.parse(ast.unparse(ast.Module(body=body, type_ignores=[])))
    text = ast.unparse(_Synced(names).visit(copy))
    return None if text.strip() in _TRIVIAL or not text.strip() else text


def twins(sources: dict[str, str]) -> Iterator[tuple[str, ast.FunctionDef, ast.AsyncFunctionDef]]:
    """``(where, sync function, async function)`` for each twin pair among ``sources`` (name -> Python text), one
    source at a time."""
    for where, text in sources.items():
        tree = ast.parse(text)
        names = _identifiers(tree)
        sync: dict[str, list[ast.FunctionDef]] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and (key := _body(node, names)) is not None:
                sync.setdefault(key, []).append(node)
        for node in ast.walk(tree):
            if isinstance(node, ast.AsyncFunctionDef) and (key := _body(node, names)) is not None:
                for twin in sync.get(key, []):
                    yield where, twin, node


def test_overlay_has_no_sync_async_twins() -> None:
    sources = {str(path.relative_to(ROOT)): path.read_text() for path in sorted(OVERLAY.rglob("*.py"))}
    found = {(where, sync.name, asynchronous.name): sync.lineno for where, sync, asynchronous in twins(sources)}
    new = [f"{where}:{found[where, s, a]} {s} ~ async {a}" for where, s, a in sorted(found.keys() - KNOWN)]
    assert not new, "sync/async twins in overlay/ (write them once, async, in switchboard_core/_async):\n" + (
        "\n".join(new)
    )
    assert not KNOWN - found.keys(), f"no longer twins: remove from KNOWN: {sorted(KNOWN - found.keys())}"


@pytest.mark.parametrize("module", ["_http", "_client", "_paginate", "_dedupe"])
def test_the_detector_finds_an_async_module_and_its_derived_sync_form(module: str) -> None:
    """Put side by side, the async source and what unasync derives from it are twins: the detector sees them."""
    async_text = (OVERLAY / "switchboard_core" / "_async" / f"{module}.py").read_text()
    sync_text = (ROOT / "generated" / "switchboard_core" / "_sync" / f"{module}.py").read_text()
    found = list(twins({module: sync_text + "\n" + async_text}))
    assert found, f"the detector missed the twins of {module}"


def test_the_detector_ignores_functions_that_differ() -> None:
    text = (
        "def close(self):\n    self._stream.close()\n\n"
        "async def aclose(self):\n    await self._stream.aclose()\n    self.closed = True\n"
    )
    assert list(twins({"m": text})) == []
    found = [(where, s.name, a.name) for where, s, a in twins({"m": text.replace("\n    self.closed = True", "")})]
    assert found == [("m", "close", "aclose")]

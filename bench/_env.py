"""Where things are: the repository root, the source folders under test, and child-process settings."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIRS = (ROOT / "overlay", ROOT / "generated", ROOT / "sandbox")
RESULTS = ROOT / "bench" / "results"
PYCACHE = RESULTS / ".pycache"
"""Bytecode cache of every child Python (``PYTHONPYCACHEPREFIX``), so they write nothing outside bench/."""


def add_source_paths() -> None:
    """Put the source folders first on ``sys.path`` (once)."""
    for folder in reversed(SOURCE_DIRS):
        if str(folder) not in sys.path:
            sys.path.insert(0, str(folder))


_DROPPED = {
    "PYTHONPATH",
    "SWITCHBOARD_LOG",
    "PYTHONDONTWRITEBYTECODE",
    "PYTHONPYCACHEPREFIX",
    "PYTHONPROFILEIMPORTTIME",
}
"""Left out of a child's environment: our own path, request logging, and anything that changes bytecode
caching or import timing (without a bytecode cache every import would compile from source, which is
not what an installed wheel does)."""


def child_env(**extra: str) -> dict[str, str]:
    """The environment of a child Python: this one, with the source folders on ``PYTHONPATH`` and its bytecode
    cache under bench/results/ (so the children write nothing elsewhere in the tree)."""
    env = {key: value for key, value in os.environ.items() if key not in _DROPPED}
    env["PYTHONPATH"] = os.pathsep.join(str(folder) for folder in SOURCE_DIRS)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    env.update(extra)
    return env


def cpus() -> tuple[int | None, int | None]:
    """The CPUs for row 6's server and for every measured client: the first two this process may run on, or
    (None, None) (no pinning) when there is only one."""
    allowed = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    if len(allowed) < 2:
        return None, None
    return allowed[0], allowed[1]


@contextmanager
def on_client_cpu() -> Iterator[int | None]:
    """Run the block pinned to the clients' CPU (as ``taskset``; restored afterwards); yields it (None: unpinned)."""
    _, cpu = cpus()
    if cpu is None:
        yield None
        return
    before = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {cpu})
    try:
        yield cpu
    finally:
        os.sched_setaffinity(0, before)

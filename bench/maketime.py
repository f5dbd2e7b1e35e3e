"""Row 4: wall time of regenerating every spec and of ``make test``. No baseline: these are plain times.

``make generate`` deletes and rewrites ``generated/``, which would race with anyone working in the tree,
so by default the generation is timed as ``make drift``: the same ``scripts/generate.py`` pipeline
(openapi-python-client + ruff fix + ruff format, every spec) into a temporary folder, plus a byte
comparison, i.e. slightly more work than ``make generate``. ``--literal-generate`` times ``make generate``.
"""

from __future__ import annotations

import os
import subprocess
import time
from dataclasses import dataclass

from ._env import ROOT
from ._row import Row
from ._stats import Summary

GENERATE_GOAL = 20.0
TEST_GOAL = 180.0


@dataclass(frozen=True)
class Run:
    seconds: float
    returncode: int
    tail: str


def time_make(target: str) -> Run:
    """Wall seconds of ``make <target>`` in the repository root, with its exit status and last output."""
    env = {key: value for key, value in os.environ.items() if key not in {"MAKEFLAGS", "MFLAGS", "MAKELEVEL"}}
    start = time.perf_counter()
    result = subprocess.run(  # noqa: S603
        ["make", target],  # noqa: S607 - make from PATH, as a developer runs it
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - start
    tail = "\n".join((result.stdout + result.stderr).strip().splitlines()[-15:])
    return Run(seconds, result.returncode, tail)


def _summary(tail: str) -> str:
    """The most telling line of a failed make's output (pytest's summary line if there is one)."""
    lines = [line.strip("= ") for line in tail.splitlines() if line.strip()]
    summary = [line for line in lines if " failed" in line or " error" in line]
    return (summary or lines or ["no output"])[-1]


def _row(key: str, what: str, target: str, goal: float, runs: int) -> Row:
    results = [time_make(target) for _ in range(runs)]
    failed = [r for r in results if r.returncode != 0]
    note = f"{runs} run(s) of `make {target}`; no baseline (a plain wall time)"
    failure = f"`make {target}` exited {failed[0].returncode}: {_summary(failed[0].tail)}" if failed else ""
    return Row(
        key,
        what,
        "s",
        Summary.of([r.seconds for r in results]),
        goal,
        goal_kind="seconds",
        note=note,
        ok=not failed,
        failure=failure,
        samples={"ours": [r.seconds for r in results]},
        extra={"exit_codes": [r.returncode for r in results], **({"failure_tail": failed[0].tail} if failed else {})},
    )


def run(*, generate_runs: int = 3, test_runs: int = 1, literal_generate: bool = False) -> list[Row]:
    """Rows 4a (regeneration) and 4b (``make test``)."""
    target = "generate" if literal_generate else "drift"
    return [
        _row("4a", f"regenerate every spec (`make {target}`), wall time", target, GENERATE_GOAL, generate_runs),
        _row("4b", "`make test` wall time", "test", TEST_GOAL, test_runs),
    ]

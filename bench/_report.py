"""The table ``make bench`` prints (Markdown, so it pastes into the README) and the JSON it writes."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ._env import RESULTS, ROOT
from ._row import Row
from ._stats import Summary


@dataclass(frozen=True)
class NotRun:
    """A row that could not be measured, and why."""

    key: str
    what: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "what": self.what, "passed": False, "not_run": self.reason}


Entry = Row | NotRun
HEADER = ("row", "measured", "ours (median)", "baseline (median)", "ratio", "goal", "result", "spread")


def _number(value: float, unit: str) -> str:
    digits = 1 if value >= 10 else 2
    return f"{value:.{digits}f} {unit}"


def _range(summary: Summary, suffix: str) -> str:
    return f"IQR {summary.q1:.2f}-{summary.q3:.2f}{suffix}, min-max {summary.low:.2f}-{summary.high:.2f}{suffix}"


def cells(entry: Entry) -> tuple[str, ...]:
    """One table line."""
    if isinstance(entry, NotRun):
        return (entry.key, entry.what, "—", "—", "—", "—", "NOT RUN", entry.reason)
    if entry.ratios is not None and entry.baseline is not None:
        return (
            entry.key,
            entry.what,
            _number(entry.ours.median, entry.unit),
            _number(entry.baseline.median, entry.unit),
            f"{entry.ratios.median:.2f}x",
            f"<= {entry.goal:.2f}x",
            "pass" if entry.passed else "FAIL",
            f"ratios: {_range(entry.ratios, 'x')} (n={entry.ratios.n})",
        )
    return (
        entry.key,
        entry.what,
        _number(entry.ours.median, entry.unit),
        "— (no baseline)",
        "—",
        f"<= {entry.goal:g} {entry.unit}",
        "pass" if entry.passed else "FAIL",
        f"min-max {entry.ours.low:.1f}-{entry.ours.high:.1f} {entry.unit} (n={entry.ours.n})"
        + ("" if entry.ok else f"; {entry.failure}"),
    )


def table(entries: list[Entry]) -> str:
    """A Markdown table of every entry."""
    lines = [f"| {' | '.join(HEADER)} |", f"|{'|'.join('---' for _ in HEADER)}|"]
    lines += [f"| {' | '.join(cells(entry))} |" for entry in entries]
    return "\n".join(lines)


def _commit() -> str | None:
    try:
        result = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607 - read-only
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:
        return None
    return result.stdout.strip() or None


def environment() -> dict[str, Any]:
    """Where the numbers come from: interpreter, machine, load, commit."""
    return {
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
        "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
        "commit": _commit(),
    }


def write_json(
    entries: list[Entry],
    started: datetime,
    options: dict[str, Any],
    folder: Path = RESULTS,
    details: dict[str, Any] | None = None,
) -> Path:
    """Write ``<folder>/<UTC timestamp>.json`` and return its path; ``details`` holds row-specific data (row 6's
    every stack)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{started.strftime('%Y%m%dT%H%M%SZ')}.json"
    document = {
        "started": started.isoformat(),
        "environment": environment(),
        "options": options,
        "all_passed": all(isinstance(e, Row) and e.passed for e in entries),
        "rows": [entry.to_dict() for entry in entries],
        "table": table(entries),
        **({"details": details} if details else {}),
    }
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    return path

"""Row 2: import time in fresh interpreters, ours vs ``import httpx`` alone.

Each sample is one new ``python -c`` process that times its import with ``time.perf_counter`` and prints
the seconds. Processes alternate ours/baseline (the order flips every pair) with the same interpreter,
flags, ``PYTHONPATH`` and bytecode cache (``PYTHONPYCACHEPREFIX`` under bench/results/), after warm-up
processes that write that cache. Our packages import httpx themselves, so the ratio is our added cost.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass, field

from ._env import ROOT, child_env
from ._row import Row
from ._stats import Summary, pair_ratios

GOAL = 1.3
BASELINE = "import httpx"
_CHILD = (
    "import time\n"
    "t0, c0 = time.perf_counter(), time.process_time()\n"
    "{statement}\n"
    "print(time.perf_counter() - t0, time.process_time() - c0)\n"
)


@dataclass(frozen=True)
class ImportCase:
    key: str
    what: str
    statement: str


CASES = (
    ImportCase("2a", "import message_media_messages vs import httpx (fresh process)", "import message_media_messages"),
    ImportCase(
        "2b",
        "import messagemedia_api + send_messages module vs import httpx (fresh process)",
        "import messagemedia_api\nfrom messagemedia_api.api.messages import send_messages",
    ),
    ImportCase("2c", "import mxit (Mxit facade) vs import httpx (fresh process)", "import mxit"),
    ImportCase(
        "2d",
        "import mxit_api + get_basic_profile module vs import httpx (fresh process)",
        "import mxit_api\nfrom mxit_api.api.users import get_basic_profile",
    ),
    ImportCase("2g", "import smscx_client (SMS.CX facade) vs import httpx (fresh process)", "import smscx_client"),
    ImportCase(
        "2h",
        "import smscx_api + get_account_balance module vs import httpx (fresh process)",
        "import smscx_api\nfrom smscx_api.api.account import get_account_balance",
    ),
    ImportCase("2i", "import pytweet (Twitter facade) vs import httpx (fresh process)", "import pytweet"),
    ImportCase(
        "2j",
        "import twitter_api + get_user module vs import httpx (fresh process)",
        "import twitter_api\nfrom twitter_api.api.users import get_user",
    ),
    ImportCase("2e", "import go_http (Vumi Go facade) vs import httpx (fresh process)", "import go_http"),
    ImportCase(
        "2f",
        "import vumigo_api + get_contact module vs import httpx (fresh process)",
        "import vumigo_api\nfrom vumigo_api.api.contacts import get_contact",
    ),
)


@dataclass
class Samples:
    """Seconds per fresh process: wall (``perf_counter``, the verdict) and CPU (``process_time``, a cross-check
    that time spent descheduled on a busy machine does not count)."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    def add(self, measured: tuple[float, float]) -> None:
        self.wall.append(measured[0])
        self.cpu.append(measured[1])


def time_import(statement: str) -> tuple[float, float]:
    """Wall and CPU seconds ``statement`` takes in a fresh interpreter (measured inside it)."""
    result = subprocess.run(  # noqa: S603 - our own interpreter and a fixed program
        [sys.executable, "-c", _CHILD.format(statement=statement)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=child_env(),
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"{statement!r} failed in a fresh interpreter:\n{result.stderr}")
    wall, cpu = result.stdout.strip().splitlines()[-1].split()
    return float(wall), float(cpu)


def measure(statement: str, processes: int, warmup: int) -> tuple[Samples, Samples]:
    """Timings of ``statement`` and of ``import httpx`` in ``processes`` pairs of fresh interpreters."""
    for _ in range(warmup):
        time_import(statement)
        time_import(BASELINE)
    ours, baseline = Samples(), Samples()
    for index in range(processes):
        if index % 2 == 0:
            ours.add(time_import(statement))
            baseline.add(time_import(BASELINE))
        else:
            baseline.add(time_import(BASELINE))
            ours.add(time_import(statement))
    return ours, baseline


def run(processes: int = 21, warmup: int = 2) -> list[Row]:
    """Rows 2a-2b: milliseconds to import, median of per-pair ratios of wall time."""
    rows = []
    for case in CASES:
        ours, baseline = measure(case.statement, processes, warmup)
        cpu_ratio = Summary.of(pair_ratios(ours.cpu, baseline.cpu))
        rows.append(
            Row.paired(
                case.key,
                case.what,
                "ms",
                [t * 1e3 for t in ours.wall],
                [t * 1e3 for t in baseline.wall],
                GOAL,
                note=(
                    f"{processes} pairs of fresh processes, {warmup} warm-up pairs; "
                    f"CPU-time ratio {cpu_ratio.median:.2f}x (cross-check)"
                ),
                extra={
                    "cpu_ms": {"ours": [t * 1e3 for t in ours.cpu], "baseline": [t * 1e3 for t in baseline.cpu]},
                    "cpu_ratio": cpu_ratio.to_dict(),
                },
            )
        )
    return rows

"""Where the time goes, for a row that misses its goal (diagnosis only: nothing here is a verdict).

    python -m bench.profiling call 1a        # cProfile ours and the raw baseline, µs per call
    python -m bench.profiling imports 2a     # -X importtime: what ours imports beyond `import httpx`

``call`` prints both sides' profiled time per call and our own functions (overlay/, generated/) by
cumulative time per call. ``imports`` runs ``-X importtime`` several times and lists the modules that the
row's import loads and ``import httpx`` alone does not, by median self time (with their cumulative time).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import subprocess
import sys
from collections import defaultdict

from ._env import ROOT, child_env
from .imports import BASELINE, CASES
from .percall import stack

OWN_CODE = ("/overlay/", "/generated/")


def profile_calls(key: str, calls: int, top: int) -> None:
    """cProfile ``calls`` calls of each side of row ``key`` (after a warm-up) and print the breakdown."""
    with stack() as clients:
        case = next(c for c in clients.cases() if c.key == key)
        for fn in (case.ours, case.baseline):
            for _ in range(500):
                fn()
        totals = {}
        for label, fn in (("ours", case.ours), ("baseline", case.baseline)):
            profiler = cProfile.Profile()
            profiler.enable()
            for _ in range(calls):
                fn()
            profiler.disable()
            stats = pstats.Stats(profiler)
            totals[label] = stats.total_tt  # type: ignore[attr-defined]
            if label == "ours":
                own = stats.stats  # type: ignore[attr-defined]
    print(f"row {key}: {case.what}")
    print(f"profiled µs/call: ours {totals['ours'] / calls * 1e6:.1f}, baseline {totals['baseline'] / calls * 1e6:.1f}")
    print(f"\nour functions by cumulative µs/call (top {top}):")
    rows = [
        (cumulative / calls * 1e6, own_time / calls * 1e6, f"{path.split('/work/main/')[-1]}:{line}({name})")
        for (path, line, name), (_, _, own_time, cumulative, _) in own.items()
        if any(part in path for part in OWN_CODE)
    ]
    for cumulative, own_time, where in sorted(rows, reverse=True)[:top]:
        print(f"  {cumulative:8.2f} cum  {own_time:7.2f} self  {where}")


def _importtime(statement: str) -> dict[str, tuple[int, int]]:
    """``module -> (self µs, cumulative µs)`` from one ``-X importtime`` run of ``statement``."""
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-X", "importtime", "-c", statement],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=child_env(),
        check=True,
    )
    found = {}
    for line in result.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, cumulative, name = (part.strip() for part in line.removeprefix("import time:").split("|"))
        found[name] = (int(own), int(cumulative))
    return found


def profile_imports(key: str, runs: int, top: int) -> None:
    """Median ``-X importtime`` of the modules row ``key`` imports beyond ``import httpx``."""
    case = next(c for c in CASES if c.key == key)
    _importtime(case.statement)  # warm the bytecode cache
    baseline_modules = set(_importtime(BASELINE))
    samples: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for _ in range(runs):
        for name, times in _importtime(case.statement).items():
            samples[name].append(times)
    extra = {
        name: (statistics.median(t[0] for t in times), statistics.median(t[1] for t in times))
        for name, times in samples.items()
        if name not in baseline_modules
    }
    print(f"row {key}: {case.what}")
    print(
        f"{len(extra)} modules beyond `import httpx`, self time total {sum(v[0] for v in extra.values()) / 1e3:.1f} ms"
    )
    packages: dict[str, float] = defaultdict(float)
    for name, (own, _) in extra.items():
        packages[name.split(".")[0]] += own
    print("\nby top-level package (sum of self times):")
    for package, own in sorted(packages.items(), key=lambda item: -item[1])[:top]:
        print(f"  {own / 1e3:7.2f} ms  {package}")
    print(f"\nby median self time (top {top}):")
    for name, (own, cumulative) in sorted(extra.items(), key=lambda item: -item[1][0])[:top]:
        print(f"  {own / 1e3:7.2f} ms self  {cumulative / 1e3:7.2f} ms cum  {name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.profiling", description=__doc__)
    sub = parser.add_subparsers(dest="what", required=True)
    call = sub.add_parser("call", help="cProfile one row-1 case")
    call.add_argument("row", choices=["1a", "1b", "1c"])
    call.add_argument("--calls", type=int, default=5000)
    call.add_argument("--top", type=int, default=30)
    imp = sub.add_parser("imports", help="-X importtime of one row-2 case")
    imp.add_argument("row", choices=[c.key for c in CASES])
    imp.add_argument("--runs", type=int, default=7)
    imp.add_argument("--top", type=int, default=30)
    args = parser.parse_args(argv)
    if args.what == "call":
        profile_calls(args.row, args.calls, args.top)
    else:
        profile_imports(args.row, args.runs, args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

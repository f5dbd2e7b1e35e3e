"""Run the benchmark suite: ``make bench`` (or ``python -m bench.run [options]`` from the repository root).

Prints a Markdown table (one line per row: what was measured, our median, the baseline's median, the median
of the paired ratios, the goal, pass/fail, the spread) and writes it with every sample summary to
``bench/results/<UTC timestamp>.json``. Exits 1 if any goal is missed or any row could not run.

    make bench                             # everything, rows 1-4 (row 4 runs `make test`: minutes)
                                           # (row 3 includes 3b, the SMS.CX 25,000-destination send)
    make bench BENCH_FLAGS=--skip-make     # rows 1-3 and 5
    python -m bench.run --rows 5           # the Twitter 512 MB upload's peak memory (issue 12)
    python -m bench.run --rows 1,2         # just some rows
    python -m bench.run --rows 6,7 --markdown  # TLS side by side with the originals + bulk memory, for the README
    python -m bench.run --rows 6,7 --readme    # ... written into README.md's Performance section
    python -m bench.run --rows 1,3b,6,7 --readme --note "..."  # with rows 1 and 3b in that section too
    python -m bench.run --rows 6,7 --quick   # a short run while developing (numbers not meaningful)
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from . import bulk, bulk_smscx, imports, maketime, memory, percall, tls, upload_twitter
from ._alternate import Plan
from ._env import ROOT, on_client_cpu
from ._report import Entry, NotRun, table, write_json


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.run", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rows", default="1,2,3,4,5,6,7", help="rows to run, e.g. 1,3b,6 (default: 1-7)")
    parser.add_argument("--skip-make", action="store_true", help="leave out row 4 (make generate / make test)")
    parser.add_argument("--calls", type=int, default=200, help="row 1: calls per block (default 200)")
    parser.add_argument("--blocks", type=int, default=21, help="row 1: timed block pairs per worker (default 21)")
    parser.add_argument("--workers", type=int, default=5, help="row 1: fresh worker processes per row (default 5)")
    parser.add_argument("--processes", type=int, default=21, help="row 2: fresh-process pairs (default 21, min 7)")
    parser.add_argument("--rounds", type=int, default=9, help="row 3: timed round pairs (default 9)")
    parser.add_argument("--messages", type=int, default=10_000, help="row 3: messages per send (default 10000)")
    parser.add_argument("--concurrency", type=int, default=4, help="row 3: concurrent requests (default 4)")
    parser.add_argument("--generate-runs", type=int, default=3, help="row 4: regeneration runs (default 3)")
    parser.add_argument("--literal-generate", action="store_true", help="row 4: time `make generate` itself")
    parser.add_argument("--tls-rounds", type=int, default=None, help="row 6: timed rounds (default 21)")
    parser.add_argument("--tls-calls", type=int, default=None, help="row 6: calls per block (default 200)")
    parser.add_argument("--quick", action="store_true", help="rows 6-7: a short run for development")
    parser.add_argument("--markdown", action="store_true", help="row 6: print the README's side-by-side section")
    parser.add_argument("--readme", action="store_true", help="row 6: write that section into README.md")
    parser.add_argument("--note", default="", help="rows 6-7: a sentence about the run for that section (e.g. load)")
    args = parser.parse_args(argv)
    args.rows = {part.strip() for part in args.rows.split(",") if part.strip()}
    if args.skip_make:
        args.rows.discard("4")
    if args.processes < 7:
        parser.error("--processes must be at least 7 (issue 6)")
    return args


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _guarded(key: str, what: str, measure: Callable[[], list[Any]]) -> list[Entry]:
    """The rows ``measure`` returns, or one :class:`NotRun` saying why it could not run."""
    _progress(f"bench: row {key}: {what} ...")
    try:
        return list(measure())
    except Exception as exc:  # a row that cannot run is reported, and the others still run
        _progress(f"bench: row {key} could not run: {exc}")
        return [NotRun(key, what, f"{type(exc).__name__}: {exc}".splitlines()[0])]


def _tls_rows(args: argparse.Namespace, details: dict[str, Any], results: list[tls.Result]) -> list[Entry]:
    """Row 6; its every-stack data goes into the JSON."""
    base = tls.QUICK if args.quick else tls.Plan()
    plan = tls.Plan(rounds=args.tls_rounds or base.rounds, warmup=base.warmup, calls=args.tls_calls or base.calls)
    result = tls.run(plan)
    details["6"] = result.to_dict()
    results.append(result)
    return result.rows


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    os.environ.pop("SWITCHBOARD_LOG", None)  # request logging would be measured too
    started = datetime.now(UTC)
    entries: list[Entry] = []
    details: dict[str, Any] = {}
    tls_results: list[tls.Result] = []
    if "1" in args.rows:
        plan = Plan(calls=args.calls, blocks=args.blocks)
        with on_client_cpu():  # the worker processes too, as row 6's clients
            entries += _guarded("1", "per-call overhead (MockTransport)", lambda: percall.run(plan, args.workers))
    if "2" in args.rows:
        entries += _guarded("2", "import time (fresh processes)", lambda: imports.run(args.processes))
    if "3" in args.rows:
        bulk_plan = bulk.BulkPlan(messages=args.messages, concurrency=args.concurrency, rounds=args.rounds)
        entries += _guarded("3", "bulk send against the sandbox", lambda: bulk.run(bulk_plan))
    if "3" in args.rows or "3b" in args.rows:
        with on_client_cpu():
            entries += _guarded("3b", "SMS.CX 25,000-destination send", lambda: bulk_smscx.run(rounds=args.rounds))
    if "4" in args.rows:
        entries += _guarded(
            "4",
            "make generate / make test wall time",
            lambda: maketime.run(generate_runs=args.generate_runs, literal_generate=args.literal_generate),
        )
    if "5" in args.rows:
        entries += _guarded("5", "Twitter 512 MB upload memory", upload_twitter.run)
    if "6" in args.rows:
        entries += _guarded("6", "TLS side by side with the originals", lambda: _tls_rows(args, details, tls_results))
    if "7" in args.rows:
        rounds = 1 if args.quick else 3
        entries += _guarded("7", "bulk peak RSS (child processes)", lambda: memory.run(rounds=rounds))
    options = {key: sorted(value) if isinstance(value, set) else value for key, value in vars(args).items()}
    path = write_json(entries, started, options, details=details)
    print(table(entries))
    for result in tls_results:  # row 6's README section, with the run's other rows
        others = [entry for entry in entries if not entry.key.startswith("6")]
        if args.markdown:
            print(f"\n{tls.markdown(result, others, args.note)}")
        if args.readme:
            tls.write_readme(result, others, note=args.note)
            _progress("bench: README.md's side-by-side section rewritten")
    print(f"\nwritten: {path.relative_to(ROOT)}")
    return 0 if entries and all(not isinstance(e, NotRun) and e.passed for e in entries) else 1


if __name__ == "__main__":
    raise SystemExit(main())

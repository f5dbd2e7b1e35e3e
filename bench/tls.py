"""Row 6: the clients side by side over real TLS (issue 16), against the originals users are leaving.

One local HTTPS server (:mod:`bench.tls_server`: throwaway CA, verification on in every client, keep-alive,
HTTP/1.1) runs pinned to one CPU; every stack runs in its own worker process (:mod:`bench.tls_worker`) pinned to
the other. The parent interleaves them: each round times one block of calls in every stack of a mode, in stack
order on even rounds and in reverse on odd ones, so drift in machine speed hits every stack alike. Each block
reports wall time and the worker's CPU time (``time.process_time``: every thread of the client process, none of
the server's); the verdicts use CPU time per call, which does not depend on the server's speed, and the medians of
the per-round ratios (ours / baseline, measured in the same round). The originals (``smscx`` 0.1.10,
``pytweet`` 1.3.6) run in a throwaway virtualenv under ``build/`` (:mod:`bench._originals`).
"""

from __future__ import annotations

import json
import platform
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, Literal

from . import _originals, _tls
from ._env import ROOT, child_env
from ._report import Entry, NotRun, environment, table
from ._row import Row
from ._stats import Summary, pair_ratios

Mode = Literal["sync", "async1", "async200"]
MODES: tuple[Mode, ...] = ("sync", "async1", "async200")
MODE_TITLES = {"sync": "sync, one call at a time", "async1": "async, 1 at a time", "async200": "async, 200 concurrent"}
READY_TIMEOUT = 120.0


@dataclass(frozen=True)
class Plan:
    """``rounds`` timed rounds after ``warmup`` untimed ones; a block is ``calls`` calls (``async200``: twice
    that, and at least 200, so each of the 200 tasks makes at least one)."""

    rounds: int = 21
    warmup: int = 2
    calls: int = 200

    def block(self, mode: Mode, scale: float) -> int:
        calls = max(1, round(self.calls * scale))
        return max(200, 2 * calls) if mode == "async200" else calls


QUICK = Plan(rounds=3, warmup=1, calls=20)


@dataclass(frozen=True)
class Stack:
    """One client stack in one mode: the :mod:`bench.tls_worker` stack that runs it, and in which environment."""

    line: str
    """The side-by-side table's line (one per client, its modes in columns)."""
    call: str
    worker: str
    mode: Mode
    original: bool = False
    scale: float = 1.0
    """Calls per block relative to the plan's (the original PyTweet opens a TLS connection per call)."""

    @property
    def key(self) -> str:
        return f"{'original ' if self.original else ''}{self.worker}/{self.mode}"


BALANCE, USER = "SMS.CX balance", "Twitter user lookup"
FLOOR = "`http.client` (the floor)"
SMSCX_ORIGINAL = "`smscx` 0.1.10, the original (urllib3)"
RAW_HTTPX = "raw `httpx.Client` / `httpx.AsyncClient`"
HTTPX_AIOHTTP = "httpx on the httpx-aiohttp transport"
RAW_AIOHTTP = "raw `aiohttp`"
SMSCX_FACADE = "our `smscx_client` facade"
SMSCX_FAST = "our `smscx_client` facade on `FastHTTPTransport`"
SMSCX_TYPED = "our typed client `smscx_api`"
PYTWEET_ORIGINAL = "`pytweet` 1.3.6, the original (requests, a new connection per call)"
PYTWEET_FACADE = "our `pytweet` facade"

STACKS: tuple[Stack, ...] = (
    Stack(FLOOR, BALANCE, "http.client", "sync"),
    Stack(SMSCX_ORIGINAL, BALANCE, "smscx", "sync", original=True),
    Stack(RAW_HTTPX, BALANCE, "httpx", "sync"),
    Stack(RAW_HTTPX, BALANCE, "httpx-async", "async1"),
    Stack(RAW_HTTPX, BALANCE, "httpx-async", "async200"),
    Stack(HTTPX_AIOHTTP, BALANCE, "httpx-aiohttp", "async1"),
    Stack(HTTPX_AIOHTTP, BALANCE, "httpx-aiohttp", "async200"),
    Stack(RAW_AIOHTTP, BALANCE, "aiohttp", "async1"),
    Stack(RAW_AIOHTTP, BALANCE, "aiohttp", "async200"),
    Stack(SMSCX_FACADE, BALANCE, "smscx", "sync"),
    Stack(SMSCX_FACADE, BALANCE, "smscx-async", "async1"),
    Stack(SMSCX_FACADE, BALANCE, "smscx-async", "async200"),
    Stack(SMSCX_FAST, BALANCE, "smscx-fast", "sync"),
    Stack(SMSCX_TYPED, BALANCE, "smscx-typed", "sync"),
    Stack(SMSCX_TYPED, BALANCE, "smscx-typed-async", "async1"),
    Stack(SMSCX_TYPED, BALANCE, "smscx-typed-async", "async200"),
    Stack(PYTWEET_ORIGINAL, USER, "pytweet", "sync", original=True, scale=0.25),
    Stack(RAW_HTTPX, USER, "httpx-user", "sync"),
    Stack(RAW_AIOHTTP, USER, "aiohttp-user", "async1"),
    Stack(RAW_AIOHTTP, USER, "aiohttp-user", "async200"),
    Stack(PYTWEET_FACADE, USER, "pytweet", "sync"),
    Stack(PYTWEET_FACADE, USER, "pytweet-async", "async1"),
    Stack(PYTWEET_FACADE, USER, "pytweet-async", "async200"),
)


def _stack(line: str, call: str, mode: Mode) -> Stack:
    return next(s for s in STACKS if s.line == line and s.call == call and s.mode == mode)


@dataclass(frozen=True)
class Goal:
    """A verdict row: ``ours`` costs at most ``goal`` times ``baseline`` in client CPU per call."""

    key: str
    what: str
    ours: Stack
    baseline: Stack
    goal: float
    why: str


_ASYNC_WHY = "issue 16: our async clients cost at most 3.5x raw aiohttp per call"
GOALS: tuple[Goal, ...] = (
    Goal(
        "6a",
        "TLS sync: SMS.CX facade get_account_balance vs raw httpx.Client GET + .json()",
        _stack(SMSCX_FACADE, BALANCE, "sync"),
        _stack(RAW_HTTPX, BALANCE, "sync"),
        1.05,
        "issue 16: our own layer is nearly free on the default transport",
    ),
    Goal(
        "6b",
        "TLS sync: SMS.CX typed get_account_balance.sync_detailed vs raw httpx.Client",
        _stack(SMSCX_TYPED, BALANCE, "sync"),
        _stack(RAW_HTTPX, BALANCE, "sync"),
        1.05,
        "issue 16: our own layer is nearly free on the default transport",
    ),
    Goal(
        "6c",
        "TLS sync: pytweet facade fetch_user vs raw httpx.Client GET + .json()",
        _stack(PYTWEET_FACADE, USER, "sync"),
        _stack(RAW_HTTPX, USER, "sync"),
        1.05,
        "issue 16: our own layer is nearly free on the default transport",
    ),
    Goal(
        "6d",
        "TLS sync: SMS.CX facade on FastHTTPTransport vs smscx 0.1.10 (the original, same code)",
        _stack(SMSCX_FAST, BALANCE, "sync"),
        _stack(SMSCX_ORIGINAL, BALANCE, "sync"),
        0.87,
        "issue 16: with the opt-in fast transport, at least 1.15x faster than the original",
    ),
    Goal(
        "6e",
        "TLS sync: pytweet facade fetch_user vs pytweet 1.3.6 (the original as shipped, same code)",
        _stack(PYTWEET_FACADE, USER, "sync"),
        _stack(PYTWEET_ORIGINAL, USER, "sync"),
        1.0,
        "never slower than the original a user leaves, on the default transport: 1.3.6 opens a new TLS "
        "connection for every call (requests' module functions), which is what its users pay",
    ),
    Goal(
        "6f",
        "TLS async, 1 at a time: SMS.CX facade vs raw aiohttp",
        _stack(SMSCX_FACADE, BALANCE, "async1"),
        _stack(RAW_AIOHTTP, BALANCE, "async1"),
        3.5,
        _ASYNC_WHY,
    ),
    Goal(
        "6g",
        "TLS async, 1 at a time: SMS.CX typed asyncio_detailed vs raw aiohttp",
        _stack(SMSCX_TYPED, BALANCE, "async1"),
        _stack(RAW_AIOHTTP, BALANCE, "async1"),
        3.5,
        _ASYNC_WHY,
    ),
    Goal(
        "6h",
        "TLS async, 1 at a time: pytweet AsyncClient fetch_user vs raw aiohttp",
        _stack(PYTWEET_FACADE, USER, "async1"),
        _stack(RAW_AIOHTTP, USER, "async1"),
        3.5,
        _ASYNC_WHY,
    ),
    Goal(
        "6i",
        "TLS async, 200 concurrent: SMS.CX facade vs raw aiohttp",
        _stack(SMSCX_FACADE, BALANCE, "async200"),
        _stack(RAW_AIOHTTP, BALANCE, "async200"),
        3.5,
        _ASYNC_WHY,
    ),
    Goal(
        "6j",
        "TLS async, 200 concurrent: SMS.CX typed asyncio_detailed vs raw aiohttp",
        _stack(SMSCX_TYPED, BALANCE, "async200"),
        _stack(RAW_AIOHTTP, BALANCE, "async200"),
        3.5,
        _ASYNC_WHY,
    ),
    Goal(
        "6k",
        "TLS async, 200 concurrent: pytweet AsyncClient fetch_user vs raw aiohttp",
        _stack(PYTWEET_FACADE, USER, "async200"),
        _stack(RAW_AIOHTTP, USER, "async200"),
        3.5,
        _ASYNC_WHY,
    ),
)


@dataclass
class Measured:
    """One stack's per-call samples (µs, one per timed round), or why it could not run."""

    stack: Stack
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    failure: str = ""
    origin: str = ""


class Worker:
    """A running :mod:`bench.tls_worker` process and its pipes."""

    def __init__(self, stack: Stack, server: _tls.Server, python: Path, cpu: int | None, log: IO[str]) -> None:
        self.stack = stack
        ca = str(server.ca)
        env = child_env(SSL_CERT_FILE=ca, REQUESTS_CA_BUNDLE=ca)
        command = [str(python), "-m", "bench.tls_worker", stack.worker, stack.mode, server.url, ca]
        if cpu is not None:
            command += ["--cpu", str(cpu)]
        if stack.original:
            env.pop("PYTHONPATH", None)
            command.append("--original")
        self.log = log
        self.process = subprocess.Popen(  # noqa: S603 - our own module, in our interpreter or the originals'
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log, text=True, cwd=ROOT, env=env
        )

    def _line(self) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            self.process.wait()
            self.log.seek(0)
            lines = [text for text in self.log.read().splitlines() if text.strip()]
            raise RuntimeError(lines[-1] if lines else f"worker exited with {self.process.returncode}")
        return line

    def ready(self) -> str:
        """The client library's origin, once the worker made its first checked call."""
        line = self._line()
        if not line.startswith("READY "):
            raise RuntimeError(f"unexpected worker output: {line!r}")
        return line[len("READY ") :].strip()

    def block(self, calls: int) -> tuple[float, float]:
        """Wall and CPU seconds of ``calls`` calls."""
        assert self.process.stdin is not None
        self.process.stdin.write(f"block {calls}\n")
        self.process.stdin.flush()
        sample = json.loads(self._line())
        return float(sample["wall"]), float(sample["cpu"])

    def stop(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            try:
                self.process.stdin.write("quit\n")
                self.process.stdin.close()
                self.process.wait(timeout=30)
            except (OSError, subprocess.TimeoutExpired):
                self.process.kill()
                self.process.wait()


@contextmanager
def _workers(
    stacks: list[Stack], server: _tls.Server, originals: _originals.Originals | str, cpu: int | None
) -> Iterator[tuple[list[Worker], dict[str, Measured]]]:
    """Start every stack's worker and wait until each is ready (or record why it is not)."""
    measured = {stack.key: Measured(stack) for stack in stacks}
    with ExitStack() as cleanup:
        started: list[Worker] = []
        for stack in stacks:
            if stack.original and isinstance(originals, str):
                measured[stack.key].failure = originals
                continue
            python = originals.python if stack.original and not isinstance(originals, str) else Path(sys.executable)
            log = cleanup.enter_context(tempfile.TemporaryFile("w+"))
            worker = Worker(stack, server, python, cpu, log)
            cleanup.callback(worker.stop)
            started.append(worker)
        ready = []
        for worker in started:
            try:
                measured[worker.stack.key].origin = worker.ready()
                ready.append(worker)
            except (RuntimeError, OSError) as exc:
                measured[worker.stack.key].failure = str(exc)
        yield ready, measured


def measure_mode(
    stacks: list[Stack], plan: Plan, server: _tls.Server, originals: _originals.Originals | str, cpu: int | None
) -> list[Measured]:
    """Interleaved rounds over every stack of one mode (order reversed every other round)."""
    with _workers(stacks, server, originals, cpu) as (workers, measured):
        for index in range(plan.warmup + plan.rounds):
            for worker in workers if index % 2 == 0 else reversed(workers):
                result = measured[worker.stack.key]
                if result.failure:
                    continue
                calls = plan.block(worker.stack.mode, worker.stack.scale)
                try:
                    wall, cpu_s = worker.block(calls)
                except (RuntimeError, OSError, ValueError) as exc:
                    result.failure = f"failed during the run: {exc}"
                    continue
                if index >= plan.warmup:
                    result.wall.append(wall / calls * 1e6)
                    result.cpu.append(cpu_s / calls * 1e6)
        return [measured[stack.key] for stack in stacks]


@dataclass
class Result:
    """Every stack's samples, the verdict rows, and where the numbers come from."""

    measured: list[Measured]
    rows: list[Entry]
    plan: Plan
    started: datetime
    server_cpu: int | None
    client_cpu: int | None
    originals: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {
            "plan": vars(self.plan),
            "server_cpu": self.server_cpu,
            "client_cpu": self.client_cpu,
            "originals_installed": self.originals,
            "stacks": [
                {
                    "line": m.stack.line,
                    "call": m.stack.call,
                    "mode": m.stack.mode,
                    "worker": m.stack.worker,
                    "origin": m.origin,
                    **({"not_run": m.failure} if m.failure else {}),
                    "wall_us": Summary.of(m.wall).to_dict() if m.wall else None,
                    "cpu_us": Summary.of(m.cpu).to_dict() if m.cpu else None,
                    "samples": {"wall_us": m.wall, "cpu_us": m.cpu},
                }
                for m in self.measured
            ],
        }


def _verdict(goal: Goal, by_key: dict[str, Measured], plan: Plan) -> Entry:
    ours, base = by_key[goal.ours.key], by_key[goal.baseline.key]
    for side in (ours, base):
        if side.failure or not side.cpu:
            reason = side.failure or "no samples"
            return NotRun(goal.key, goal.what, f"{side.stack.worker} ({side.stack.mode}) not run: {reason}")
    wall_ratio = statistics.median(pair_ratios(ours.wall, base.wall))
    return Row.paired(
        goal.key,
        goal.what,
        "µs CPU/call",
        ours.cpu,
        base.cpu,
        goal.goal,
        note=(
            f"client CPU per call; wall per call {statistics.median(ours.wall):.0f} vs "
            f"{statistics.median(base.wall):.0f} µs (ratio {wall_ratio:.2f}x). {plan.rounds} interleaved rounds "
            f"after {plan.warmup} warm-up. Goal: {goal.why}"
        ),
        extra={"wall_us": {"ours": ours.wall, "baseline": base.wall}},
    )


def run(plan: Plan = Plan()) -> Result:
    """Row 6: every stack, mode by mode, against one local HTTPS server."""
    started = datetime.now(UTC)
    try:
        originals: _originals.Originals | str = _originals.ensure()
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        originals = f"the originals' virtualenv could not be made: {str(exc).splitlines()[0]}"
    measured: list[Measured] = []
    server_cpu, client_cpu = _tls.cpus()
    with _tls.server() as server:
        for mode in MODES:
            measured += measure_mode([s for s in STACKS if s.mode == mode], plan, server, originals, client_cpu)
    by_key = {m.stack.key: m for m in measured}
    rows = [_verdict(goal, by_key, plan) for goal in GOALS]
    installed = list(originals.installed) if not isinstance(originals, str) else []
    return Result(measured, rows, plan, started, server_cpu, client_cpu, installed)


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _cell(measured: Measured | None) -> str:
    if measured is None:
        return ""
    if measured.failure or not measured.cpu:
        return f"not run: {measured.failure or 'no samples'}"
    wall, cpu = Summary.of(measured.wall), Summary.of(measured.cpu)
    return f"{wall.median:,.0f} / {cpu.median:,.0f}"


_OTHER_ROWS = (
    "1: µs per call over one MockTransport, workers pinned to the clients' CPU; 3b: the SMS.CX 25,000-destination "
    "send, pinned likewise; 7: peak resident memory of the bulk sends in fresh processes"
)


def markdown(result: Result, memory: list[Entry] | None = None, note: str = "") -> str:
    """The README's side-by-side section: machine and date, every stack's medians, the verdict rows (and the run's
    other rows when given: 1, 3b, 7)."""
    env = environment()
    load = env["load_average"]
    load_text = f", load average {load[0]:.2f} at the end" if load else ""
    pinning = (
        f"server pinned to CPU {result.server_cpu}, clients to CPU {result.client_cpu}"
        if result.client_cpu is not None
        else "no CPU pinning (one CPU)"
    )
    originals = ", ".join(line for line in result.originals if line.lower().startswith(("smscx", "pytweet")))
    lines = [
        f"Run {result.started:%Y-%m-%d %H:%M} UTC, commit `{env['commit']}`, {_cpu_model()}, {env['cpu_count']} cores "
        f"({pinning}){load_text}, {env['implementation']} {env['python']}, {env['platform']}; "
        f"{result.plan.rounds} interleaved rounds after {result.plan.warmup} warm-up, "
        f"{result.plan.calls} calls per block ({result.plan.block('async200', 1.0)} at 200 concurrent). "
        f"Originals from the package index: {originals or 'not installed'}."
        + (f" {note.strip()}" if note.strip() else ""),
        "",
        "Median µs per call, **wall / client CPU** (client CPU: every thread of the client's process):",
        "",
        f"| stack | call | {' | '.join(MODE_TITLES[mode] for mode in MODES)} |",
        "|---|---|---|---|---|",
    ]
    by_line: dict[tuple[str, str], dict[Mode, Measured]] = {(s.line, s.call): {} for s in STACKS}
    for m in result.measured:
        by_line[m.stack.line, m.stack.call][m.stack.mode] = m
    for (line, call), modes in by_line.items():
        lines.append(f"| {line} | {call} | {' | '.join(_cell(modes.get(mode)) for mode in MODES)} |")
    lines += ["", "Verdicts (client CPU per call, median of the per-round ratios):", "", table(result.rows)]
    if memory:
        lines += ["", f"The run's other rows ({_OTHER_ROWS}):", "", table(memory)]
    return "\n".join(lines)


README_START = "<!-- bench:tls:start (python -m bench.run --rows 6,7 --readme) -->"
README_END = "<!-- bench:tls:end -->"


def write_readme(
    result: Result, memory: list[Entry] | None = None, readme: Path = ROOT / "README.md", note: str = ""
) -> None:
    """Replace the README's generated block (between the two markers) with :func:`markdown`."""
    text = readme.read_text()
    start, end = text.find(README_START), text.find(README_END)
    if start < 0 or end < start:
        raise RuntimeError(f"{readme.name} has no {README_START!r} ... {README_END!r} block")
    readme.write_text(text[: start + len(README_START)] + "\n" + markdown(result, memory, note) + "\n" + text[end:])

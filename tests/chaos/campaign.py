"""The fault campaign (issue 14, ``make chaos``): every provider's sandbox injects seeded faults into the calls of
many concurrent callers (threads and asyncio tasks) made through the real facades and typed clients with default
settings; the verdict is read from the sandboxes' own ledgers (:mod:`switchboard_sandbox.chaos`).

Each call is tagged ``X-Sandbox-Call: <call id>`` by the innermost httpx transport (the campaign's only
instrument: it adds that header and changes nothing else), and its faults are armed per attempt, so a seed gives
the same faults to the same calls however the callers interleave.

The rules, per call (``effects`` = the ledger's requests of the call's operation that its handler answered 2xx):

- **duplicate**: a ``once`` operation (no idempotency key) with ``effects >= 2``.
- **untyped failure**: the call raised something that is not the package's typed error (a
  :class:`switchboard_core.SwitchboardError`, never an ``httpx`` exception; those may only be its ``__cause__``).
- **lost confirmation**: an effectful call raised although the server processed its effect and the answer of
  that attempt reached the client intact (no answer-damaging fault on it): the client had the confirmation and
  reported a failure.
- **false failure**: an ``idempotent`` or ``keyed`` call raised although the server processed its effect, the
  answer of that attempt was lost to the network (``drop_after``, ``status_after``) and the call still had a retry
  left (not every attempt faulted): the retry must reconcile (succeed, or see "already done" and report success).
- **phantom success**: an effectful call returned success although the server processed no effect for it.

Unavoidable, counted but not bad: a ``once`` call whose effect's answer was lost or damaged (it cannot be
retried safely), any call whose 2xx answer was damaged (truncated, cut, mislabelled, wrongly encoded or typed:
the package reports its typed parse or connection error), and a call whose every attempt faulted. Those must be
typed failures like every other.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import contextvars
import os
import random
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from fnmatch import fnmatch
from typing import Any

import httpx

from switchboard_core import SwitchboardError
from switchboard_sandbox import app
from switchboard_sandbox.chaos import CALL_HEADER, RATE_LIMIT_HEADERS, SERVER_ERRORS, WRONG_TYPED
from switchboard_sandbox.control import SandboxControl
from switchboard_sandbox.server import running

from .operations import IDEMPOTENT, KEYED, ONCE, OPERATIONS, PROVIDERS, READ, Clients, Op, environment

KINDS: tuple[str, ...] = (
    "drop_before",
    "drop_after",
    "status_before",
    "status_after",
    "rate_limit",
    "truncated",
    "cut_body",
    "mislabelled_type",
    "bad_encoding",
    "wrong_type",
    "huge_body",
    "slow_body",
)
"""Every fault kind the campaign injects (see :mod:`switchboard_sandbox.chaos`)."""
ANSWER_LOST = frozenset({"drop_after", "status_after"})
"""After-processing faults that lose the answer in a way a retry may recover from."""
ANSWER_DAMAGED = frozenset({"truncated", "cut_body", "mislabelled_type", "bad_encoding", "wrong_type"})
"""After-processing faults that damage a delivered answer (no retry possible: the status was 2xx)."""
RETRYABLE = frozenset({"drop_before", "status_before", "rate_limit"}) | ANSWER_LOST
"""Faults after which an idempotent request is sent again (transport errors and retryable statuses)."""
ATTEMPTS = 3
"""A facade's default attempts per call (``max_retries=2``)."""
BAD_COUNTS = ("duplicates", "lost_confirmations", "untyped_failures", "false_failures", "phantom_successes")

CALL: contextvars.ContextVar[str | None] = contextvars.ContextVar("switchboard_chaos_call", default=None)


@contextlib.contextmanager
def tagging() -> Iterator[None]:
    """While inside: every request sent by httpx's own transports and by the default async transport (aiohttp's,
    when installed) carries ``X-Sandbox-Call`` when a call is running in this context (the facades' stacks are
    left as built, with their default settings)."""
    sync_send = httpx.HTTPTransport.handle_request
    async_classes: list[Any] = [httpx.AsyncHTTPTransport]
    with contextlib.suppress(ImportError):  # the [aiohttp] extra
        from switchboard_core._aiohttp_transport import AiohttpTransport

        async_classes.append(AiohttpTransport)
    async_sends = [cls.handle_async_request for cls in async_classes]

    def handle_request(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        if (call := CALL.get()) is not None:
            request.headers[CALL_HEADER] = call
        return sync_send(self, request)

    def tagged(send: Any) -> Any:
        async def handle_async_request(self: httpx.AsyncBaseTransport, request: httpx.Request) -> httpx.Response:
            if (call := CALL.get()) is not None:
                request.headers[CALL_HEADER] = call
            response: httpx.Response = await send(self, request)
            return response

        return handle_async_request

    httpx.HTTPTransport.handle_request = handle_request  # type: ignore[method-assign]
    for cls, send in zip(async_classes, async_sends, strict=True):
        cls.handle_async_request = tagged(send)
    try:
        yield
    finally:
        httpx.HTTPTransport.handle_request = sync_send  # type: ignore[method-assign]
        for cls, send in zip(async_classes, async_sends, strict=True):
            cls.handle_async_request = send


@dataclass(frozen=True)
class Settings:
    """One campaign: ``calls`` calls from ``threads`` threads and ``tasks`` asyncio tasks at once."""

    seed: int = 14
    calls: int = 240
    threads: int = 12
    tasks: int = 24
    kinds: tuple[str, ...] = KINDS
    providers: tuple[str, ...] = PROVIDERS
    huge_bytes: int = 1 << 20
    withheld: tuple[tuple[str, str], ...] = ()
    """(operation name pattern, fault kind) pairs never planned (``fnmatch`` patterns on :attr:`Op.name`)."""
    async_transport: str | None = None
    """``SWITCHBOARD_ASYNC_TRANSPORT`` for the async clients (``aiohttp`` or ``httpcore``; None: the default)."""

    def kinds_for(self, op: Op) -> list[str]:
        """The fault kinds planned for ``op``: :attr:`kinds` less the :attr:`withheld` ones."""
        return [k for k in self.kinds if not any(fnmatch(op.name, p) and k == kind for p, kind in self.withheld)]


@dataclass
class PlannedCall:
    id: str
    op: Op
    asynchronous: bool
    faults: list[dict[str, Any]]
    arg: Any = None
    outcome: BaseException | None = None
    returned: bool = False


@dataclass(frozen=True)
class Finding:
    """One bad count: which call made it, and the fault held responsible (the fault on the attempt whose
    effect or answer the finding is about; for an untyped failure, the fault on the call's last attempt)."""

    count: str
    operation: str
    mode: str
    fault: str
    outcome: str
    """``returned``, or the class name of what the call raised."""
    detail: str
    call: str

    def __str__(self) -> str:
        return f"{self.count}: {self.operation}[{self.mode}] under {self.fault}: {self.detail} (call {self.call})"


@dataclass
class Report:
    """The campaign's counts and every bad finding."""

    counts: Counter[str] = field(default_factory=Counter)
    faults_by_kind: Counter[str] = field(default_factory=Counter)
    faults_by_mode: Counter[str] = field(default_factory=Counter)
    """Faults injected into sync calls and into async calls (those meet the async clients' transport)."""
    calls_by_provider: Counter[str] = field(default_factory=Counter)
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(self.counts[name] for name in BAD_COUNTS)

    def grouped(self) -> dict[tuple[str, str, str, str], int]:
        """Findings grouped by (count, operation, responsible fault, exception or reason) -> how many."""
        grouped: Counter[tuple[str, str, str, str]] = Counter()
        for finding in self.findings:
            grouped[(finding.count, finding.operation, finding.fault, finding.outcome)] += 1
        return dict(grouped)

    def render(self) -> str:
        lines = ["fault campaign:"]
        for name in ("faults_injected", "calls", "successes", "typed_failures", "unavoidable_failures", *BAD_COUNTS):
            lines.append(f"  {name:22} {self.counts[name]}")
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(self.faults_by_kind.items()))
        providers = ", ".join(f"{k} {v}" for k, v in sorted(self.calls_by_provider.items()))
        modes = ", ".join(f"{k} {v}" for k, v in sorted(self.faults_by_mode.items()))
        lines += [f"  faults by kind:        {kinds}", f"  faults by mode:        {modes}"]
        lines.append(f"  calls by provider:     {providers}")
        if self.findings:
            lines.append("  bad findings (count, operation, responsible fault, outcome -> how many):")
            for (count, operation, fault, what), n in sorted(self.grouped().items()):
                lines.append(f"    {count:19} {operation:44} {fault:16} {what} -> {n}")
        return "\n".join(lines)


def _fault(rng: random.Random, kind: str, settings: Settings) -> dict[str, Any]:
    fault: dict[str, Any] = {"kind": kind}
    if kind in ("status_before", "status_after"):
        fault.update(status=rng.choice(SERVER_ERRORS), html=rng.random() < 0.3)
    elif kind == "rate_limit":
        fault["header"] = rng.choice(RATE_LIMIT_HEADERS)
    elif kind == "wrong_type":
        fault["value"] = rng.choice(WRONG_TYPED)
    elif kind == "huge_body":
        fault["size"] = settings.huge_bytes
    elif kind == "slow_body":
        fault.update(chunks=rng.randint(3, 8), delay=0.02)
    return fault


def plan(settings: Settings) -> list[PlannedCall]:
    """The calls, round-robin over the operations of the chosen providers, each with 1 to 3 seeded faults (one
    per attempt: three exhaust the default retries)."""
    rng = random.Random(settings.seed)
    ops = [op for op in OPERATIONS if op.provider in settings.providers]
    calls = []
    for n in range(settings.calls):
        op = ops[n % len(ops)]
        length = rng.choices((1, 2, 3), weights=(70, 20, 10))[0]
        kinds = settings.kinds_for(op)
        faults = [_fault(rng, rng.choice(kinds), settings) for _ in range(length)] if kinds else []
        asynchronous = op.acall is not None and rng.random() < 0.5
        calls.append(PlannedCall(f"c{settings.seed}-{n:05d}", op, asynchronous, faults))
    return calls


class Sandboxes:
    """Every provider's sandbox served on loopback, with a control client each."""

    def __init__(self, stack: contextlib.ExitStack) -> None:
        self.controls: dict[str, SandboxControl] = {}
        for provider in PROVIDERS:
            url = stack.enter_context(running(app(provider)))
            self.controls[provider] = SandboxControl(url, provider)

    @property
    def urls(self) -> dict[str, str]:
        return {provider: control.url for provider, control in self.controls.items()}


def _run_sync(call: PlannedCall, clients: Clients) -> None:
    token = CALL.set(call.id)
    try:
        call.op.call(clients, call.arg)
        call.returned = True
    except Exception as exc:  # every outcome is judged; none may stop the campaign
        call.outcome = exc
    finally:
        CALL.reset(token)


async def _run_async(calls: list[PlannedCall], clients: Clients, tasks: int) -> None:
    await clients.aopen()
    gate = asyncio.Semaphore(tasks)

    async def one(call: PlannedCall) -> None:
        assert call.op.acall is not None
        async with gate:
            CALL.set(call.id)  # this task's own context
            try:
                await call.op.acall(clients, call.arg)
                call.returned = True
            except Exception as exc:
                call.outcome = exc

    try:
        await asyncio.gather(*(asyncio.create_task(one(call)) for call in calls))
    finally:
        await clients.aclose()


def typed(exc: BaseException) -> bool:
    """The package's typed error: a SwitchboardError, and not an httpx exception class."""
    return isinstance(exc, SwitchboardError) and not isinstance(exc, httpx.HTTPError)


def judge(calls: list[PlannedCall], ledger: list[dict[str, Any]]) -> Report:
    report = Report()
    by_call: dict[str, list[dict[str, Any]]] = {}
    modes = {call.id: "async" if call.asynchronous else "sync" for call in calls}
    for record in ledger:
        if record["fault"] is not None:
            report.counts["faults_injected"] += 1
            report.faults_by_kind[record["fault"]] += 1
            report.faults_by_mode[modes.get(record["call"], "untagged")] += 1
        by_call.setdefault(record["call"], []).append(record)
    for call in calls:
        report.counts["calls"] += 1
        report.calls_by_provider[call.op.provider] += 1
        records = [r for r in by_call.get(call.id, []) if r["operation"] == call.op.operation]
        effects = [r for r in records if r["handled"] is not None and 200 <= r["handled"] < 300]
        outcome = "returned" if call.returned else f"{type(call.outcome).__name__}: {str(call.outcome)[:160]}"

        def bad(count: str, fault: str | None, why: str, *, _call: PlannedCall = call, _outcome: str = outcome) -> None:
            report.counts[count] += 1
            mode = "async" if _call.asynchronous else "sync"
            planned = ",".join(f["kind"] for f in _call.faults)
            detail = f"{why}; planned {planned}; {_outcome}"
            kind = "returned" if _call.returned else type(_call.outcome).__name__
            report.findings.append(Finding(count, _call.op.name, mode, fault or "no fault", kind, detail, _call.id))

        if call.op.effect == ONCE and len(effects) >= 2:
            bad("duplicates", effects[0]["fault"], f"{len(effects)} effects")
        if call.returned:
            report.counts["successes"] += 1
            if call.op.effect != READ and not effects:
                bad("phantom_successes", records[-1]["fault"] if records else None, "no effect")
            continue
        assert call.outcome is not None
        if not typed(call.outcome):
            bad("untyped_failures", records[-1]["fault"] if records else None, type(call.outcome).__name__)
            continue
        report.counts["typed_failures"] += 1
        if call.op.effect == READ or not effects:
            continue
        first = effects[0]
        if first["fault"] is None or first["fault"] in ("huge_body", "slow_body"):
            bad("lost_confirmations", first["fault"], "the effect's answer arrived intact")
        elif first["fault"] in ANSWER_LOST and call.op.effect in (IDEMPOTENT, KEYED) and _clean_retry(call, first):
            bad("false_failures", first["fault"], f"answer lost on attempt {first['attempt'] + 1}, retry left")
        else:
            report.counts["unavoidable_failures"] += 1
    return report


def _clean_retry(call: PlannedCall, lost: dict[str, Any]) -> bool:
    """Whether a retry after the ``lost`` attempt could reach a clean answer: a later attempt of the default
    budget without a fault (or with a harmless one), reached through retryable faults only."""
    for attempt in range(lost["attempt"] + 1, ATTEMPTS):
        kind = call.faults[attempt]["kind"] if attempt < len(call.faults) else None
        if kind in (None, "huge_body", "slow_body"):
            return True
        if kind not in RETRYABLE:
            return False
    return False


def run(settings: Settings) -> Report:
    """Serve every sandbox, set up and arm the planned calls, make them concurrently, judge from the ledgers."""
    calls = plan(settings)
    saved = dict(os.environ)
    with contextlib.ExitStack() as stack:
        sandboxes = Sandboxes(stack)
        os.environ.update(environment(sandboxes.urls))
        if settings.async_transport is not None:
            os.environ["SWITCHBOARD_ASYNC_TRANSPORT"] = settings.async_transport
        try:
            clients = Clients()
            stack.callback(clients.close)
            clients.authorize()
            for call in calls:
                call.arg = call.op.setup(clients, call.id) if call.op.setup else None
            for provider, control in sandboxes.controls.items():
                armed = {
                    c.id: {"operation": c.op.operation, "faults": c.faults} for c in calls if c.op.provider == provider
                }
                if armed:
                    control.arm_chaos(armed)
            sync_calls = [c for c in calls if not c.asynchronous]
            async_calls = [c for c in calls if c.asynchronous]
            with tagging():
                loop = threading.Thread(
                    target=lambda: asyncio.run(_run_async(async_calls, clients, settings.tasks)), name="chaos-async"
                )
                loop.start()
                with ThreadPoolExecutor(settings.threads, thread_name_prefix="chaos") as pool:
                    list(pool.map(lambda c: _run_sync(c, clients), sync_calls))
                loop.join()
            ledger = [record for control in sandboxes.controls.values() for record in control.chaos_ledger()]
        finally:
            os.environ.clear()
            os.environ.update(saved)
    return judge(calls, ledger)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--seed", type=int, default=int(os.environ.get("CHAOS_SEED", "14")))
    parser.add_argument("--calls", type=int, default=1400)
    parser.add_argument("--threads", type=int, default=16)
    parser.add_argument("--tasks", type=int, default=48)
    parser.add_argument("--kinds", default=",".join(KINDS), help="comma-separated fault kinds")
    parser.add_argument("--min-faults", type=int, default=1000, help="fail if fewer faults were injected per run")
    parser.add_argument(
        "--async-transports",
        default="aiohttp,httpcore",
        help="one campaign per async transport (SWITCHBOARD_ASYNC_TRANSPORT), comma-separated",
    )
    args = parser.parse_args(argv)
    kinds = tuple(k for k in args.kinds.split(",") if k)
    unknown = sorted(set(kinds) - set(KINDS))
    if unknown:
        parser.error(f"unknown fault kinds {unknown}; known: {', '.join(KINDS)}")
    failed = False
    for transport in [t for t in args.async_transports.split(",") if t]:
        started = time.monotonic()
        settings = Settings(
            seed=args.seed,
            calls=args.calls,
            threads=args.threads,
            tasks=args.tasks,
            kinds=kinds,
            huge_bytes=4 << 20,
            async_transport=transport,
        )
        report = run(settings)
        print(report.render().replace("fault campaign:", f"fault campaign (async transport: {transport}):", 1))
        print(f"  seed {args.seed}, {time.monotonic() - started:.1f} s")
        injected = report.counts["faults_injected"]
        if injected < args.min_faults:
            print(f"FAILED: only {injected} faults injected (< {args.min_faults}) with {transport}", file=sys.stderr)
            failed = True
        failed = failed or not report.ok
    return 1 if failed else 0

"""Row 3: 10,000 messages through the async facade's batching vs raw ``httpx.AsyncClient``, both against
the real sandbox process on 127.0.0.1.

Ours: ``AsyncMessageMediaMessagesClient(...).messages.create_send_messages({"messages": 10k}, concurrency=N)``
(it splits into requests of 100 and returns every sent message, typed, in order). Baseline: the same 100
bodies POSTed with the same JSON, Basic auth, headers and timeout, at most N at a time (``asyncio.Semaphore``),
each response checked and parsed with ``.json()`` and the sent messages collected in order. Rounds alternate
(the order flips every pair); the sandbox is reset before every round, outside the timed part.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx

from message_media_messages import AsyncMessageMediaMessagesClient
from switchboard_core import DEFAULT_TIMEOUT

from . import _sandbox
from ._fixtures import HEADERS, SANDBOX_KEY, SANDBOX_SECRET, new_message
from ._raw import BATCH, raw_round
from ._row import Row
from ._stats import Summary, pair_ratios

GOAL = 1.2


@dataclass(frozen=True)
class BulkPlan:
    """How much to measure: ``rounds`` timed pairs (after ``warmup`` pairs) of one ``messages``-message send."""

    messages: int = 10_000
    concurrency: int = 4
    rounds: int = 9
    warmup: int = 1


async def ours_round(client: AsyncMessageMediaMessagesClient, messages: list[dict[str, Any]], concurrency: int) -> int:
    """One facade send of every message; how many came back as sent."""
    result = await client.messages.create_send_messages({"messages": messages}, concurrency=concurrency)
    return len(result.messages)


@dataclass
class Timings:
    """Seconds per round: wall clock, and CPU time of this (the client's) process."""

    wall: list[float]
    cpu: list[float]


async def _timed(round_: Callable[[], Awaitable[int]], expected: int, sandbox: _sandbox.Sandbox, out: Timings) -> None:
    await asyncio.to_thread(sandbox.reset)
    wall, cpu = time.perf_counter(), time.process_time()
    sent = await round_()
    out.wall.append(time.perf_counter() - wall)
    out.cpu.append(time.process_time() - cpu)
    if sent != expected:
        raise RuntimeError(f"{sent} of {expected} messages came back as sent")


async def measure(sandbox: _sandbox.Sandbox, plan: BulkPlan) -> tuple[Timings, Timings, list[int | None]]:
    """Ours and baseline timings over alternating rounds, and the server's memory after each round."""
    messages = [new_message(i) for i in range(plan.messages)]
    url = sandbox.url
    ours, baseline = Timings([], []), Timings([], [])
    memory: list[int | None] = []
    async with (
        AsyncMessageMediaMessagesClient(SANDBOX_KEY, SANDBOX_SECRET, base_url=url) as client,
        httpx.AsyncClient(
            base_url=url, auth=httpx.BasicAuth(SANDBOX_KEY, SANDBOX_SECRET), headers=HEADERS, timeout=DEFAULT_TIMEOUT
        ) as http,
    ):

        def run_ours() -> Awaitable[int]:
            return ours_round(client, messages, plan.concurrency)

        def run_raw() -> Awaitable[int]:
            return raw_round(http, messages, plan.concurrency)

        for _ in range(plan.warmup):
            await _timed(run_ours, plan.messages, sandbox, Timings([], []))
            await _timed(run_raw, plan.messages, sandbox, Timings([], []))
        for index in range(plan.rounds):
            order = [(run_ours, ours), (run_raw, baseline)]
            for round_, out in order if index % 2 == 0 else reversed(order):
                await _timed(round_, plan.messages, sandbox, out)
                memory.append(sandbox.rss_kib())
    return ours, baseline, memory


def run(plan: BulkPlan) -> list[Row]:
    """Row 3: seconds per 10k-message send, median of per-pair ratios (wall time)."""
    what = (
        f"async facade send of {plan.messages:,} messages (batches of {BATCH}, concurrency {plan.concurrency}) "
        "vs raw httpx.AsyncClient, real sandbox process"
    )
    if not _sandbox.available():
        raise RuntimeError("sandbox/switchboard_sandbox is not there yet: row 3 cannot run")
    with _sandbox.running("messagemedia") as sandbox:
        ours, baseline, memory = asyncio.run(measure(sandbox, plan))
    cpu_ratio = Summary.of(pair_ratios(ours.cpu, baseline.cpu))
    row = Row.paired(
        "3",
        what,
        "s/send",
        ours.wall,
        baseline.wall,
        GOAL,
        note=(
            f"{plan.rounds} pairs of rounds, {plan.warmup} warm-up pair; sandbox reset before every round. "
            f"Client-process CPU ratio {cpu_ratio.median:.2f}x (informational: the server's time dominates)"
        ),
        extra={
            "client_cpu_seconds": {"ours": ours.cpu, "baseline": baseline.cpu, "ratio": cpu_ratio.to_dict()},
            "sandbox_rss_kib_after_each_round": memory,
        },
    )
    return [row]

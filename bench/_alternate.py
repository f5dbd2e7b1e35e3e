"""Timing two callables alternately, in blocks, so drift and noise hit both sides alike."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Plan:
    """How much to measure: ``blocks`` pairs of ``calls`` calls each, after ``warmup`` untimed pairs."""

    calls: int = 200
    blocks: int = 21
    warmup: int = 3


def time_block(fn: Callable[[], object], calls: int) -> float:
    """Seconds per call of ``calls`` back-to-back calls of ``fn`` (a full collection first, GC left on)."""
    gc.collect()
    start = time.perf_counter()
    for _ in range(calls):
        fn()
    return (time.perf_counter() - start) / calls


def alternate(
    ours: Callable[[], object], baseline: Callable[[], object], plan: Plan
) -> tuple[list[float], list[float]]:
    """Per-call seconds of each timed block of ``ours`` and of ``baseline``, measured in pairs.

    Each pair runs one block of each back to back; the order flips every pair (ours first, then baseline
    first) so a steady drift in machine speed does not favour either side.
    """
    for _ in range(plan.warmup):
        time_block(ours, plan.calls)
        time_block(baseline, plan.calls)
    ours_times: list[float] = []
    baseline_times: list[float] = []
    for index in range(plan.blocks):
        if index % 2 == 0:
            ours_times.append(time_block(ours, plan.calls))
            baseline_times.append(time_block(baseline, plan.calls))
        else:
            baseline_times.append(time_block(baseline, plan.calls))
            ours_times.append(time_block(ours, plan.calls))
    return ours_times, baseline_times

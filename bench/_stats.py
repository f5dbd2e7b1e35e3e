"""Summaries of repeated measurements: medians, quartiles and per-pair ratios."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Summary:
    """Median, quartiles and extremes of one series of samples."""

    n: int
    median: float
    q1: float
    q3: float
    low: float
    high: float

    @classmethod
    def of(cls, samples: Sequence[float]) -> Summary:
        if not samples:
            raise ValueError("no samples to summarise")
        values = sorted(samples)
        if len(values) == 1:
            q1 = q3 = values[0]
        else:
            q1, _, q3 = statistics.quantiles(values, n=4, method="inclusive")
        return cls(len(values), statistics.median(values), q1, q3, values[0], values[-1])

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def pair_ratios(ours: Sequence[float], baseline: Sequence[float]) -> list[float]:
    """``ours[i] / baseline[i]`` for each pair measured back to back."""
    if len(ours) != len(baseline):
        raise ValueError(f"unpaired samples: {len(ours)} vs {len(baseline)}")
    return [a / b for a, b in zip(ours, baseline, strict=True)]

"""One line of the benchmark table: what was measured, both medians, the ratio, the goal and the verdict."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from ._stats import Summary, pair_ratios

GoalKind = Literal["ratio", "seconds"]


@dataclass
class Row:
    """A measured row. For ``goal_kind == "ratio"`` the verdict is the median of the paired ratios against
    ``goal``; for ``"seconds"`` (no baseline) it is the median of ``ours``."""

    key: str
    what: str
    unit: str
    ours: Summary
    goal: float
    goal_kind: GoalKind = "ratio"
    baseline: Summary | None = None
    ratios: Summary | None = None
    note: str = ""
    ok: bool = True
    """False when the measured work itself failed (e.g. a command exited non-zero): the row then fails."""
    failure: str = ""
    """Why the work failed, when it did."""
    extra: dict[str, Any] = field(default_factory=dict)
    samples: dict[str, list[float]] = field(default_factory=dict)
    """Every sample, in measurement order (``ours``, ``baseline``), for the JSON."""

    @classmethod
    def paired(
        cls, key: str, what: str, unit: str, ours: list[float], baseline: list[float], goal: float, **kw: Any
    ) -> Row:
        """A ratio row from samples measured in back-to-back pairs."""
        return cls(
            key,
            what,
            unit,
            Summary.of(ours),
            goal,
            baseline=Summary.of(baseline),
            ratios=Summary.of(pair_ratios(ours, baseline)),
            samples={"ours": list(ours), "baseline": list(baseline)},
            **kw,
        )

    @property
    def value(self) -> float:
        """The number compared with the goal."""
        return self.ratios.median if self.ratios is not None else self.ours.median

    @property
    def passed(self) -> bool:
        return self.ok and self.value <= self.goal

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "what": self.what,
            "unit": self.unit,
            "ours": self.ours.to_dict(),
            "baseline": self.baseline.to_dict() if self.baseline else None,
            "ratio": self.ratios.to_dict() if self.ratios else None,
            "goal": self.goal,
            "goal_kind": self.goal_kind,
            "passed": self.passed,
            "note": self.note,
            **({"failure": self.failure} if not self.ok else {}),
            **({"extra": self.extra} if self.extra else {}),
            "samples": self.samples,
        }

"""The seed documentation beside the repository (``../shared/seeds/``), for the checks that need its text.

The repository stands alone: a clone with nothing beside it has no seeds, and the checks that run the seeds'
own examples skip there, with the reason, instead of failing. CI checks the repository out next to ``shared/``,
where they run. Every documented call form is also exercised by the providers' own tests, which need no seed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
"""``../shared/seeds`` next to the repository root."""


def seed_file(provider: str) -> Path:
    """The provider's seed page; skips the calling test module when it is not beside the repository."""
    path = SEEDS / f"{provider}.txt"
    if not path.is_file():
        pytest.skip(
            f"the {provider} seed-text checks run the seed's own examples and need {path}, which is not beside "
            f"this clone (the documented calls are covered by tests/{provider}/test_documented_calls.py)",
            allow_module_level=True,
        )
    return path

"""Issue 13: each provider README lists its deviations from the original as a table (behaviour, original, ours,
reference), and every row cites the section (``§``) of the provider's wire reference that justifies it."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROVIDERS = ["messagemedia", "mxit", "smscx", "vumigo"]


def _deviation_rows(provider: str) -> list[list[str]]:
    """The rows (cells) of the first table under the README's ``## Deviations`` heading."""
    lines = (ROOT / "packaging" / provider / "README.md").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("## Deviations"))
    rows: list[list[str]] = []
    for line in lines[start + 1 :]:
        if line.startswith("## "):
            break
        if line.startswith("|"):
            rows.append([cell.strip() for cell in line.strip().strip("|").split(" | ")])
        elif rows:
            break
    return rows


@pytest.mark.parametrize("provider", PROVIDERS)
def test_the_deviation_table_cites_a_reference_section_on_every_row(provider: str) -> None:
    header, rule, *rows = _deviation_rows(provider)
    assert [cell.lower() for cell in header][-1] == "reference"
    assert set("".join(rule)) <= {"-", "|", " ", ":"}
    assert len(rows) >= 5
    uncited = [row[0] for row in rows if "§" not in row[-1]]
    assert uncited == []

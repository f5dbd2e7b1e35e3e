"""Build one wheel per distribution under ``packaging/`` into ``dist/``.

Each ``packaging/<dist>/pyproject.toml`` names (in ``[tool.switchboard]``) the package folders it ships;
they are staged next to a copy of that file under ``build/stage/<dist>/`` and built with hatchling, with a
fixed SOURCE_DATE_EPOCH so the same sources give the same wheel.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
STAGE = ROOT / "build" / "stage"
DIST = ROOT / "dist"


def distributions() -> list[Path]:
    return sorted(p.parent for p in PACKAGING.glob("*/pyproject.toml"))


def config(dist: Path) -> dict[str, object]:
    data = tomllib.loads((dist / "pyproject.toml").read_text())
    return dict(data["tool"]["switchboard"])


def stage(dist: Path) -> Path:
    cfg = config(dist)
    target = STAGE / dist.name
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    shutil.copy(dist / "pyproject.toml", target / "pyproject.toml")
    shutil.copy(ROOT / str(cfg["readme"]), target / "README.md")
    packages = cfg["packages"]
    assert isinstance(packages, dict)
    for name, source in packages.items():
        shutil.copytree(ROOT / source, target / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return target


def build(dist: Path) -> Path:
    staged = stage(dist)
    before = set(DIST.glob("*.whl"))
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1767225600"}  # 2026-01-01: reproducible timestamps
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(DIST), str(staged)],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    built = sorted(set(DIST.glob("*.whl")) - before) or sorted(DIST.glob(f"{dist.name.replace('-', '_')}*.whl"))
    return built[-1]


def main() -> int:
    shutil.rmtree(DIST, ignore_errors=True)
    DIST.mkdir()
    for dist in distributions():
        print(f"built {build(dist).relative_to(ROOT)}")
    subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *map(str, sorted(DIST.glob("*.whl")))], check=True
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

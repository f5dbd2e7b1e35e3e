"""Build one wheel (and, with ``--sdist``, one sdist) per distribution under ``packaging/`` into ``dist/``.

Each ``packaging/<dist>/pyproject.toml`` names (in ``[tool.switchboard]``) the package folders it ships;
they are staged next to a copy of that file, the README and the CHANGELOG under ``build/stage/<dist>/`` and
built with hatchling, with a fixed SOURCE_DATE_EPOCH so the same sources give the same files. Staging also adds
the ``[project.urls]`` of ``packaging/project-urls.toml`` (one place for every distribution's links).

A distribution's version has one source: ``[project] version`` in its pyproject, or, when the version is
``dynamic``, the ``__version__`` of the file ``[tool.hatch.version] path`` names (a path inside the staged
packages, e.g. ``smscx_client/_version.py`` -> ``overlay/smscx_client/_version.py``).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
STAGE = ROOT / "build" / "stage"
DIST = ROOT / "dist"
PROJECT_URLS = PACKAGING / "project-urls.toml"
SOURCE_DATE_EPOCH = "1767225600"  # 2026-01-01: reproducible timestamps
_VERSION = re.compile(r"""^__version__\s*=\s*["']([^"']+)["']""", re.MULTILINE)


@dataclass(frozen=True)
class Distribution:
    """One ``packaging/<folder>/`` distribution, as its pyproject describes it."""

    folder: Path
    data: dict[str, Any]

    @classmethod
    def load(cls, folder: Path) -> Distribution:
        return cls(folder, tomllib.loads((folder / "pyproject.toml").read_text()))

    @property
    def name(self) -> str:
        return str(self.data["project"]["name"])

    @property
    def settings(self) -> dict[str, Any]:
        return dict(self.data.get("tool", {}).get("switchboard", {}))

    @property
    def provider(self) -> str:
        return str(self.settings.get("provider", ""))

    @property
    def packages(self) -> dict[str, str]:
        return {str(k): str(v) for k, v in self.settings.get("packages", {}).items()}

    @property
    def version_source(self) -> Path:
        """The file holding the version: the pyproject itself, or the ``__version__`` file hatch reads."""
        if "version" not in self.data["project"].get("dynamic", []):
            return self.folder / "pyproject.toml"
        staged = Path(self.data["tool"]["hatch"]["version"]["path"])
        package, rest = staged.parts[0], Path(*staged.parts[1:])
        if package in self.packages:  # a file of a staged package: read it where it is kept
            return ROOT / self.packages[package] / rest
        return self.folder / staged

    @property
    def version(self) -> str:
        if "version" not in self.data["project"].get("dynamic", []):
            return str(self.data["project"]["version"])
        found = _VERSION.search(self.version_source.read_text())
        if found is None:
            raise SystemExit(f"{self.version_source.relative_to(ROOT)}: no __version__ = '...' line")
        return found.group(1)

    @property
    def changelog(self) -> Path:
        return self.folder / "CHANGELOG.md"

    def matches(self, selector: str) -> bool:
        """``selector`` names this distribution by folder, provider or project name."""
        return selector in {self.folder.name, self.provider, self.name} - {""}


def distributions(selector: str = "") -> list[Distribution]:
    """Every ``packaging/*/pyproject.toml`` distribution (or those ``selector`` names), the runtime first."""
    found = [Distribution.load(p.parent) for p in sorted(PACKAGING.glob("*/pyproject.toml"))]
    found.sort(key=lambda d: (d.name != "switchboard-core", d.name))
    if not selector:
        return found
    chosen = [d for d in found if d.matches(selector)]
    if not chosen:
        names = ", ".join(d.provider or d.folder.name for d in found)
        raise SystemExit(f"no distribution named {selector!r} under packaging/ (known: {names})")
    return chosen


def _urls_table(dist: Distribution) -> str:
    """The ``[project.urls]`` table of ``packaging/project-urls.toml`` for ``dist`` ('' if it has its own)."""
    if "urls" in dist.data["project"] or not PROJECT_URLS.exists():
        return ""
    shared = tomllib.loads(PROJECT_URLS.read_text())
    fill = {"repository": shared["repository"], "folder": dist.folder.name, "name": dist.name}
    lines = [f'{key} = "{str(value).format(**fill)}"' for key, value in shared["urls"].items()]
    return "\n[project.urls]\n" + "\n".join(lines) + "\n"


def stage(dist: Distribution) -> Path:
    target = STAGE / dist.folder.name
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    (target / "pyproject.toml").write_text((dist.folder / "pyproject.toml").read_text() + _urls_table(dist))
    shutil.copy(ROOT / str(dist.settings["readme"]), target / "README.md")
    if dist.changelog.exists():
        shutil.copy(dist.changelog, target / "CHANGELOG.md")
    for name, source in dist.packages.items():
        shutil.copytree(ROOT / source, target / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return target


def build(dist: Distribution, outdir: Path = DIST, *, sdist: bool = False) -> list[Path]:
    """Stage ``dist`` and build its wheel (and sdist) into ``outdir``; returns the files built."""
    staged = stage(dist)
    outdir.mkdir(parents=True, exist_ok=True)
    before = set(outdir.iterdir())
    env = {**os.environ, "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH}
    kinds = ["--wheel", "--sdist"] if sdist else ["--wheel"]
    subprocess.run(
        [sys.executable, "-m", "build", *kinds, "--no-isolation", "--outdir", str(outdir), str(staged)],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    built = sorted(set(outdir.iterdir()) - before)
    if not built:  # rebuilt byte for byte over files already there
        stem = f"{dist.name.replace('-', '_')}-{dist.version}"
        built = sorted(p for p in outdir.iterdir() if p.name.startswith(stem))
    return built


def twine_check(files: list[Path]) -> None:
    subprocess.run([sys.executable, "-m", "twine", "check", "--strict", *map(str, files)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sdist", action="store_true", help="build an sdist next to each wheel")
    args = parser.parse_args(argv)
    shutil.rmtree(DIST, ignore_errors=True)
    DIST.mkdir()
    files: list[Path] = []
    for dist in distributions():
        for path in build(dist, sdist=args.sdist):
            print(f"built {path.relative_to(ROOT)}")
            files.append(path)
    twine_check(files)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

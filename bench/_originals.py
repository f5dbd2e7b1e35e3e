"""The original SDKs that run on Python 3 (``smscx`` 0.1.10, ``pytweet`` 1.3.6), pip-installed from the package
index into a throwaway virtualenv under ``build/``, made once and reused while the pins and the interpreter stay
the same (delete the folder to start over)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from ._env import ROOT

ORIGINALS = ("smscx==0.1.10", "PyTweet==1.3.6")
FOLDER = ROOT / "build" / "bench-originals"
INSTALL_TIMEOUT = 600.0


@dataclass(frozen=True)
class Originals:
    """The virtualenv's interpreter and what pip installed into it (``name==version`` lines)."""

    python: Path
    installed: tuple[str, ...]


def _key() -> str:
    """What the virtualenv depends on: the pins and this interpreter's version."""
    text = json.dumps([ORIGINALS, sys.version, sys.base_prefix])
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def _run(command: list[str]) -> str:
    result = subprocess.run(  # noqa: S603 - a virtualenv's pip with fixed arguments
        command, capture_output=True, text=True, check=False, timeout=INSTALL_TIMEOUT, env=_env()
    )
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:4])} failed:\n{result.stderr[-2000:]}")
    return result.stdout


def _env() -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if key not in {"PYTHONPATH", "PIP_REQUIRE_VIRTUALENV"}}


def ensure(folder: Path = FOLDER) -> Originals:
    """The originals' virtualenv, created and filled on first use (``python -m venv``, ``pip install``)."""
    venv = folder / _key()
    python = venv / "bin" / "python"
    stamp = venv / "installed.txt"
    if not stamp.is_file() or not python.exists():
        folder.mkdir(parents=True, exist_ok=True)
        _run([sys.executable, "-m", "venv", "--clear", str(venv)])
        _run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *ORIGINALS])
        frozen = _run([str(python), "-m", "pip", "freeze", "--all", "--disable-pip-version-check"])
        stamp.write_text(frozen)
    return Originals(python, tuple(line for line in stamp.read_text().splitlines() if "==" in line))

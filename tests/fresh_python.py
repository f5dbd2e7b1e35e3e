"""Running a short program in a fresh interpreter with the test session's import path (for what a fresh process
imports: lazy loading is invisible in one that has already imported everything)."""

from __future__ import annotations

import os
import subprocess
import sys


def output_lines(program: str) -> list[str]:
    """The lines ``program`` prints, run by this interpreter in a new process with this session's ``sys.path``."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(path for path in sys.path if path)}
    result = subprocess.run(
        [sys.executable, "-c", program], env=env, capture_output=True, text=True, check=True, timeout=60
    )
    return result.stdout.strip().splitlines()

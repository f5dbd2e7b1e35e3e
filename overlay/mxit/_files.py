"""Where upload and download paths lead."""

from __future__ import annotations

import os
from pathlib import Path

StrPath = str | os.PathLike[str]


def resolve(path: StrPath) -> Path:
    """The file ``path`` names (a single place to map paths, e.g. into a test's temporary folder)."""
    return Path(path)

"""Where upload and download paths lead, and the content type of an upload."""

from __future__ import annotations

import mimetypes
import os
from pathlib import Path

StrPath = str | os.PathLike[str]


def resolve(path: StrPath) -> Path:
    """The file ``path`` names (a single place to map paths, e.g. into a test's temporary folder)."""
    return Path(path)


def guess_content_type(*names: str | os.PathLike[str] | None, default: str) -> str:
    """The content type guessed from the first name with a known extension, else ``default``."""
    for name in names:
        if name:
            guessed, _ = mimetypes.guess_type(os.fspath(name))
            if guessed:
                return guessed
    return default

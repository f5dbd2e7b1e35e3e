"""Wheels of the third-party packages a distribution needs, repacked from the dev environment (no network).

The publish test installs ``switchboard-smscx`` from a local index *alone*, so httpx, attrs and what they pull
in must be on that index too. Tests never reach the internet, so instead of downloading them this repacks the
exact versions installed in the dev environment (pinned by requirements/dev.lock) into wheels: every file the
installed distribution's RECORD lists under site-packages, its own METADATA, WHEEL and entry points, and a
fresh RECORD. Only pure-Python distributions can be repacked this way; anything else is an error, not a skip.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.metadata as metadata
import zipfile
from collections.abc import Iterable
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

_DROPPED = {"RECORD", "INSTALLER", "REQUESTED", "direct_url.json"}
"""dist-info files written by the installer, not part of the wheel."""


def requirement_closure(requirements: Iterable[str]) -> list[metadata.Distribution]:
    """The installed distributions that ``requirements`` need, transitively (markers evaluated, no extras)."""
    seen: dict[str, metadata.Distribution] = {}
    pending = [Requirement(r) for r in requirements]
    while pending:
        requirement = pending.pop()
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue
        name = canonicalize_name(requirement.name)
        if name in seen:
            continue
        dist = metadata.distribution(name)
        if dist.version not in requirement.specifier:
            raise LookupError(f"the dev environment has {name} {dist.version}, outside {requirement}")
        seen[name] = dist
        pending.extend(Requirement(r) for r in dist.requires or [])
    return [seen[name] for name in sorted(seen)]


def _record_line(arcname: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{arcname},sha256={digest},{len(data)}"


def repack(dist: metadata.Distribution, outdir: Path) -> Path:
    """Write ``dist`` (installed, pure Python) as a wheel into ``outdir``; returns its path."""
    wheel_info = dist.read_text("WHEEL") or ""
    if "Root-Is-Purelib: true" not in wheel_info:
        raise ValueError(f"{dist.metadata['Name']} is not a pure-Python wheel: it cannot be repacked")
    tags = [line.split(":", 1)[1].strip() for line in wheel_info.splitlines() if line.startswith("Tag:")]
    interpreters = ".".join(sorted({tag.split("-")[0] for tag in tags}))
    name = canonicalize_name(dist.metadata["Name"]).replace("-", "_")
    target = outdir / f"{name}-{dist.version}-{interpreters}-none-any.whl"
    info_dir = next(str(f.parent) for f in dist.files or [] if f.name == "METADATA")
    records = []
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as wheel:
        for file in dist.files or []:
            arcname = file.as_posix()
            if arcname.startswith("..") or "__pycache__" in file.parts or file.suffix == ".pyc":
                continue
            if str(file.parent) == info_dir and file.name in _DROPPED:
                continue
            data = file.read_binary()
            wheel.writestr(arcname, data)
            records.append(_record_line(arcname, data))
        records.append(f"{info_dir}/RECORD,,")
        wheel.writestr(f"{info_dir}/RECORD", "\n".join(records) + "\n")
    return target


def build_wheelhouse(requirements: Iterable[str], outdir: Path) -> list[Path]:
    """Repack every distribution ``requirements`` need into ``outdir``."""
    outdir.mkdir(parents=True, exist_ok=True)
    return [repack(dist, outdir) for dist in requirement_closure(requirements)]

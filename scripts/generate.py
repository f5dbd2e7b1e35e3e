"""Regenerate ``generated/<package>`` from ``specs/<provider>.yaml``.

``python scripts/generate.py`` rewrites every package; ``--check`` generates into a temporary folder and
fails if a single byte differs from what is committed (the CI drift check). It also derives the runtime's sync
code, ``generated/switchboard_core/_sync``, from its async source ``overlay/switchboard_core/_async`` with
``unasync`` (httpcore's practice): the one place where a sync/async pair of the runtime is written.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scripts import answers, facades  # the facade plumbing generator next to this script

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATOR = ROOT / "generator"
GENERATED = ROOT / "generated"
RUNTIME_ASYNC = ROOT / "overlay" / "switchboard_core" / "_async"
RUNTIME_SYNC = Path("switchboard_core", "_sync")
"""Where the runtime's derived sync package goes, under ``generated/``; ``overlay/switchboard_core/_sync`` is a
symbolic link to it, so that the package is whole on the source tree's path and in the wheel."""
UNASYNC_NAMES = {
    # unasync drops async/await, maps __aenter__ & co. and renames Async<Name> to Sync<Name>; besides that:
    "aclose": "close",
    "aread": "read",
    "asend": "send",
    "anext": "next",
    "asleep": "sleep",
    "ahandle": "handle",
    "aiter_bytes": "iter_bytes",
    "aread_body": "read_body",
    "asave_body": "save_body",
    "awrite_body": "write_body",
    "aconsumer_for": "consumer_for",
    "build_async_http_client": "build_http_client",
    "handle_async_request": "handle_request",
    "AsyncClient": "Client",
    "AsyncBaseTransport": "BaseTransport",
    "AsyncHTTPTransport": "HTTPTransport",
    "AsyncCursorPager": "CursorPager",
    "AsyncRetryTransport": "RetryTransport",
    "AsyncRetryingClient": "RetryingClient",
    "AsyncTypedClient": "TypedClient",
}


def providers() -> list[str]:
    """Every provider that has both a spec and a generator config."""
    return sorted(p.stem for p in SPECS.glob("*.yaml") if (GENERATOR / p.name).exists())


def package_name(provider: str) -> str:
    config = yaml.safe_load((GENERATOR / f"{provider}.yaml").read_text())
    return str(config["package_name_override"])


def _run(*args: str | Path) -> None:
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"failed: {' '.join(str(a) for a in args)}")


def generate(provider: str, root: Path) -> list[Path]:
    """Generate one provider's package under ``root`` and format it; return the package folder and the legacy
    module folder beside it, if the provider's facade table asks for one (``overlay/<facade>`` links into it)."""
    out = root / package_name(provider)
    shutil.rmtree(out, ignore_errors=True)
    _run(
        sys.executable, "-m", "openapi_python_client", "generate",
        "--path", SPECS / f"{provider}.yaml",
        "--config", GENERATOR / f"{provider}.yaml",
        "--custom-template-path", GENERATOR / "templates",
        "--meta", "none", "--output-path", out, "--fail-on-warning",
    )  # fmt: skip
    answers.generate(SPECS / f"{provider}.yaml", out)  # <package>/_answers.py: documented answers, checked
    folders = facades.generate(provider, out)  # generated/<package>/legacy/, from x-legacy-* and its table
    ruff = (sys.executable, "-m", "ruff")
    _run(*ruff, "check", "--config", GENERATOR / "ruff.toml", "--no-cache", "--fix-only", "--quiet", out, *folders)
    _run(*ruff, "format", "--config", GENERATOR / "ruff.toml", "--no-cache", "--quiet", out, *folders)
    (out / "py.typed").write_text("")
    return [out, *folders]


def derive_sync(root: Path) -> Path:
    """Derive ``<root>/switchboard_core/_sync`` from the runtime's async source and format it; return it."""
    import unasync  # type: ignore[import-untyped]  # a generator dependency only (requirements/dev.in)

    out = root / RUNTIME_SYNC
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    rule = unasync.Rule(f"{RUNTIME_ASYNC}/", f"{out}/", additional_replacements=UNASYNC_NAMES)
    sources = sorted(RUNTIME_ASYNC.glob("*.py"))
    unasync.unasync_files([str(p) for p in sources], [rule])
    for source in sources:
        derived = out / source.name
        origin = source.relative_to(ROOT).as_posix()
        derived.write_text(f"# Derived from {origin} by `make generate` (unasync): edit that file, not this one.\n"
                           + derived.read_text())  # fmt: skip
    ruff = (sys.executable, "-m", "ruff")
    _run(*ruff, "check", "--config", GENERATOR / "ruff.toml", "--no-cache", "--fix-only", "--quiet", out)
    _run(*ruff, "format", "--config", GENERATOR / "ruff.toml", "--no-cache", "--quiet", out)
    return out


def _differences(left: Path, right: Path) -> list[str]:
    cmp = filecmp.dircmp(left, right, ignore=["__pycache__"])
    found = [f"only in {left.name}: {n}" for n in cmp.left_only] + [f"only in generated: {n}" for n in cmp.right_only]
    found += [f"differs: {n}" for n in cmp.diff_files]
    for name in cmp.common_files:  # dircmp compares shallowly (size and mtime); compare the bytes
        if name not in cmp.diff_files and (left / name).read_bytes() != (right / name).read_bytes():
            found.append(f"differs: {name}")
    for sub in cmp.common_dirs:
        found += [f"{sub}/{line}" for line in _differences(left / sub, right / sub)]
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if generated/ differs from a fresh run")
    parser.add_argument("provider", nargs="*", help="providers to generate (default: all)")
    args = parser.parse_args()
    names = args.provider or providers()
    if not args.check:
        for name in names:
            for folder in generate(name, GENERATED):
                print(f"generated {folder.relative_to(ROOT)}")
        print(f"derived {derive_sync(GENERATED).relative_to(ROOT)}")
        return 0
    drift: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh_sync, committed_sync = derive_sync(Path(tmp)), GENERATED / RUNTIME_SYNC
        if not committed_sync.exists():
            drift.append(f"{committed_sync.relative_to(ROOT)} is missing")
        else:
            drift += [f"{RUNTIME_SYNC.as_posix()}/{line}" for line in _differences(fresh_sync, committed_sync)]
        for fresh in (folder for name in names for folder in generate(name, Path(tmp))):
            committed = GENERATED / fresh.name
            if not committed.exists():
                drift.append(f"{committed.relative_to(ROOT)} is missing")
                continue
            drift += [f"{fresh.name}/{line}" for line in _differences(fresh, committed)]
    if drift:
        print("generated/ is not what `make generate` writes:\n  " + "\n  ".join(drift))
        return 1
    print(f"drift check: {len(names)} package(s) and {RUNTIME_SYNC.as_posix()} identical to a fresh generation")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

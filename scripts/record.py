"""Re-record one provider's cassettes by running its tests against a live server.

    python scripts/record.py messagemedia          # a freshly started local sandbox
    python scripts/record.py --live messagemedia   # the real API; credentials from the environment
    python scripts/record.py mxit tests/mxit/test_oauth.py   # only the cassettes of these test files

Every cassette of the provider's tests (or of the given test files, which must belong to that provider) is
rewritten (``--record-mode=rewrite``). Against the sandbox, its clock and the tests' clock stand still at
``RECORD_NOW`` and its URL is written as ``http://sandbox.replay``, so recording twice writes the same bytes.
Secrets are scrubbed as they are
written (see tests/<provider>/conftest.py); tests/test_cassette_secrets.py proves none is left. Live
recording leaves out the tests marked ``sandbox_only`` (they drive the sandbox's control endpoints).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RECORD_NOW = "2026-01-01T00:00:00Z"
"""The sandbox's clock stands still at this instant while recording (and the tests' own clock too, see
tests/conftest.py): a re-record writes the same dates. Tests that need time to pass advance the sandbox clock."""


def _provider_test(tests: Path, name: str) -> str:
    """``name`` (a test file or node id, relative to the repository or absolute) if it is one of ``tests``."""
    path, _, node = name.partition("::")
    resolved = (ROOT / path).resolve()
    if not resolved.is_relative_to(tests) or not resolved.exists():
        raise SystemExit(f"{name!r} is not a test under {tests.relative_to(ROOT)}/")
    return str(resolved) + (f"::{node}" if node else "")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("provider")
    parser.add_argument("tests", nargs="*", help="test files or node ids to record (default: all of the provider's)")
    parser.add_argument("--live", action="store_true", help="record against the real API")
    args = parser.parse_args()
    tests = ROOT / "tests" / args.provider
    if not tests.is_dir():
        raise SystemExit(f"no tests for {args.provider!r} under tests/")
    targets = [_provider_test(tests, name) for name in args.tests] or [str(tests)]
    pytest = [sys.executable, "-m", "pytest", *targets, "--record-mode=rewrite", "-p", "no:cacheprovider", "-q"]
    if args.live:
        env = {**os.environ, "SWITCHBOARD_RECORD": "live"}
        return subprocess.run([*pytest, "-m", "not sandbox_only"], env=env, cwd=ROOT).returncode
    sandbox = subprocess.Popen(
        [sys.executable, "-m", "switchboard_sandbox", args.provider, "--port", "0", "--now", RECORD_NOW, "--freeze"],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "sandbox")},
    )
    try:
        assert sandbox.stdout is not None
        line = sandbox.stdout.readline().strip()
        if not line.startswith("SANDBOX_URL="):
            raise SystemExit(f"the sandbox did not start: {line!r}")
        url = line.split("=", 1)[1]
        env = {
            **os.environ,
            "SWITCHBOARD_RECORD": "sandbox",
            "SWITCHBOARD_SANDBOX_URL": url,
            "SWITCHBOARD_RECORD_NOW": RECORD_NOW,
        }
        return subprocess.run([*pytest, "--allowed-hosts=127.0.0.1"], env=env, cwd=ROOT).returncode
    finally:
        sandbox.terminate()
        sandbox.wait(timeout=10)


if __name__ == "__main__":
    raise SystemExit(main())

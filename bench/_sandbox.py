"""The local sandbox in its own process (``python -m switchboard_sandbox <provider> --port 0``), so its
server time is not charged to the benchmark's process."""

from __future__ import annotations

import selectors
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import httpx

from ._env import ROOT, child_env

START_TIMEOUT = 60.0
URL_PREFIX = "SANDBOX_URL="


def available() -> bool:
    """True once the sandbox package exists in the working tree."""
    return (ROOT / "sandbox" / "switchboard_sandbox" / "__init__.py").is_file()


@dataclass(frozen=True)
class Sandbox:
    """A running sandbox: its base URL and process id."""

    url: str
    pid: int

    def reset(self) -> None:
        """Forget every message and report (``POST /_sandbox/reset``)."""
        httpx.post(f"{self.url}/_sandbox/reset", json={}, timeout=30).raise_for_status()

    def rss_kib(self) -> int | None:
        """The server's resident memory in KiB (Linux), or None if unknown."""
        try:
            for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        except OSError:
            return None
        return None


def _drain(stream: IO[str]) -> None:
    """Read a pipe to its end so a chatty server never blocks on a full pipe."""
    while stream.read(65536):
        pass


@contextmanager
def running(provider: str = "messagemedia") -> Iterator[Sandbox]:
    """Start the sandbox CLI, wait for its ``SANDBOX_URL=`` line, yield it, and stop the process."""
    with tempfile.TemporaryFile() as stderr:
        process = subprocess.Popen(  # noqa: S603 - our own interpreter and module
            [sys.executable, "-m", "switchboard_sandbox", provider, "--port", "0"],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            cwd=ROOT,
            env=child_env(),
        )
        try:
            url = _wait_for_url(process, stderr)
            assert process.stdout is not None
            threading.Thread(target=_drain, args=(process.stdout,), daemon=True).start()
            yield Sandbox(url, process.pid)
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_for_url(process: subprocess.Popen[str], stderr: IO[bytes]) -> str:
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        while selector.select(timeout=START_TIMEOUT):
            line = process.stdout.readline()
            if not line:
                break
            if line.startswith(URL_PREFIX):
                return line[len(URL_PREFIX) :].strip()
    process.kill()
    stderr.seek(0)
    raise RuntimeError(f"the {process.args!r} sandbox did not print {URL_PREFIX}:\n{stderr.read().decode()}")

"""Row 5: peak memory of a 512 MB chunked media upload through ``pytweet`` against the sandbox (issue 12).

A generated 512 MiB file (``clip.mp4``, written in 1 MiB blocks in a temporary folder) is posted with
``client.tweet("...", file=pytweet.File(path))``: INIT, 128 APPENDs of 4 MiB read from disk one at a time,
FINALIZE and STATUS polls, then the tweet. It runs in a fresh child process that reports how much its peak
resident memory (``VmHWM``) grew between the moment the client was ready and the end of the upload; the goal
is under 32 MB. Not a timed row: the number is memory, measured once.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from . import _sandbox
from ._env import ROOT, child_env
from ._row import Row
from ._stats import Summary

GOAL_MB = 32.0
SIZE = 512 * 1024 * 1024
BLOCK = 1024 * 1024


def _peak_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status (Linux only)")


def child(url: str, path: str) -> None:
    """In the child: upload ``path`` and print the peak RSS growth in KiB."""
    import pytweet
    from switchboard_sandbox.providers.twitter_data import credentials

    accepted = credentials()
    with pytweet.Client(
        accepted["bearer_token"],
        consumer_key=accepted["consumer_key"],
        consumer_key_secret=accepted["consumer_secret"],
        access_token=accepted["access_token"],
        access_token_secret=accepted["access_token_secret"],
        base_url=url,
        timeout=120,
    ) as client:
        client.fetch_user(accepted["access_token"].partition("-")[0])  # warm: connection, lazy modules
        before = _peak_kib()
        posted = client.tweet("a 512 MB clip", file=pytweet.File(path))
        after = _peak_kib()
    if not posted.id:
        raise RuntimeError("the tweet was not posted")
    print(after - before)


def run() -> list[Row]:
    with tempfile.TemporaryDirectory() as folder, _sandbox.running("twitter") as sandbox:
        path = Path(folder) / "clip.mp4"
        block = bytes(range(256)) * (BLOCK // 256)
        with path.open("wb") as out:
            for _ in range(SIZE // BLOCK):
                out.write(block)
        done = subprocess.run(  # noqa: S603 - our own interpreter and module
            [sys.executable, "-m", "bench.upload_twitter", sandbox.url, str(path)],
            cwd=ROOT,
            env=child_env(),
            capture_output=True,
            text=True,
            timeout=900,
        )
    if done.returncode != 0:
        raise RuntimeError(f"the upload child failed: {done.stderr.strip().splitlines()[-1:]}")
    growth_mb = int(done.stdout.strip().splitlines()[-1]) / 1024
    return [
        Row(
            "5",
            "Twitter: 512 MB media upload, peak RSS growth",
            "MB",
            Summary.of([growth_mb]),
            GOAL_MB,
            goal_kind="seconds",
            note="one fresh process; VmHWM after minus before the upload",
        )
    ]


if __name__ == "__main__":
    child(sys.argv[1], sys.argv[2])

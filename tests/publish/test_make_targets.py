"""The newcomer's make targets: ``make sandbox`` runs a provider's sandbox; ``make install`` says how to call it."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import threading

import httpx
import pytest

from scripts.build_wheels import ROOT

MAKE = shutil.which("make") or "make"


@pytest.mark.block_network(allowed_hosts=["127\\.0\\.0\\.1"])
def test_make_sandbox_serves_the_provider_from_the_dev_environment() -> None:
    sandbox = subprocess.Popen(
        [MAKE, "-s", "sandbox", "PROVIDER=smscx", "PORT=0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        start_new_session=True,  # make and the sandbox it starts are stopped together below
    )
    watchdog = threading.Timer(60, os.killpg, (sandbox.pid, signal.SIGTERM))  # never hang on a silent sandbox
    watchdog.start()
    try:
        assert sandbox.stdout is not None
        line = sandbox.stdout.readline().strip()
        assert line.startswith("SANDBOX_URL="), line
        url = line.split("=", 1)[1]
        answer = httpx.get(f"{url}/account/balance", headers={"X-API-KEY": "sandbox-api-key"}, timeout=10)
        assert answer.status_code == 200
        assert "balance" in answer.json()
    finally:
        watchdog.cancel()
        os.killpg(sandbox.pid, signal.SIGTERM)
        sandbox.wait(timeout=10)


@pytest.mark.parametrize("arguments", [["PROVIDER=smscx"], ["VENV=build/somewhere"]])
def test_make_install_without_a_provider_and_a_virtualenv_prints_its_usage(arguments: list[str]) -> None:
    result = subprocess.run([MAKE, "-s", "install", *arguments], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 2
    assert "usage: make install PROVIDER=smscx VENV=path/to/venv" in result.stdout

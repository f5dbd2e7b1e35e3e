"""Serving: the registry, ``running()`` over real loopback sockets, and the CLI as ``make`` and recording use it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from switchboard_sandbox import PROVIDERS, app, running, spec_path
from switchboard_sandbox.cli import main
from switchboard_sandbox.server import check_loopback

from .conftest import KEY, SECRET

SANDBOX_DIR = Path(__file__).resolve().parents[2] / "sandbox"
LOOPBACK = pytest.mark.block_network(allowed_hosts=["127\\.0\\.0\\.1"])
"""pytest-recording's way to let one test reach loopback under ``--block-network``."""


def test_registry_knows_messagemedia_and_its_spec() -> None:
    assert "messagemedia" in PROVIDERS
    assert spec_path("messagemedia") == Path(__file__).resolve().parents[2] / "specs" / "messagemedia.yaml"


def test_specs_dir_can_be_overridden(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy(spec_path("messagemedia"), tmp_path / "messagemedia.yaml")
    monkeypatch.setenv("SWITCHBOARD_SPECS_DIR", str(tmp_path))
    assert spec_path("messagemedia") == tmp_path / "messagemedia.yaml"
    assert app("messagemedia").spec.origins == ["https://api.messagemedia.com"]
    monkeypatch.setenv("SWITCHBOARD_SPECS_DIR", str(tmp_path / "missing"))
    with pytest.raises(FileNotFoundError, match=r"no OpenAPI document for 'messagemedia' at .*missing"):
        app("messagemedia")


def test_unknown_provider_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown provider 'nope'; known: messagemedia"):
        app("nope")


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "::1", "localhost"])
def test_loopback_hosts_are_accepted(host: str) -> None:
    assert check_loopback(host) == host


@pytest.mark.parametrize("host", ["0.0.0.0", "10.0.0.1", "example.com", ""])  # noqa: S104
def test_other_hosts_are_refused(host: str) -> None:
    with pytest.raises(ValueError, match="only listens on loopback"):
        check_loopback(host)


def test_cli_lists_providers(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--list"]) == 0
    assert capsys.readouterr().out.splitlines() == sorted(PROVIDERS)


def test_cli_refuses_a_non_loopback_host(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["messagemedia", "--host", "0.0.0.0"])  # noqa: S104
    assert exited.value.code == 2
    assert "only listens on loopback" in capsys.readouterr().err


def test_cli_needs_a_provider(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main([])
    assert "a provider is required" in capsys.readouterr().err


@LOOPBACK
def test_running_serves_over_loopback() -> None:
    with running("messagemedia") as url:
        assert url.startswith("http://127.0.0.1:")
        response = httpx.get(f"{url}/v1/messaging/credits", auth=(KEY, SECRET))
    assert response.status_code == 200
    assert response.json() == {"credits": 1000}
    with pytest.raises(httpx.ConnectError):  # stopped on exit
        httpx.get(f"{url}/_sandbox/status")


@LOOPBACK
def test_cli_prints_the_url_line_and_stops_cleanly_on_sigterm() -> None:
    env = {**os.environ, "PYTHONPATH": str(SANDBOX_DIR)}
    process = subprocess.Popen(
        [sys.executable, "-m", "switchboard_sandbox", "messagemedia", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        assert line.startswith("SANDBOX_URL=http://127.0.0.1:")
        url = line.split("=", 1)[1]
        status = httpx.get(f"{url}/_sandbox/status")
        assert status.json()["provider"] == "messagemedia"
        assert httpx.get(f"{url}/v1/replies", auth=(KEY, SECRET)).json() == {"replies": []}
    finally:
        process.terminate()
        out, err = process.communicate(timeout=10)
    assert process.returncode == 0, err
    assert out == ""  # exactly one line on stdout, already read
    assert "GET /_sandbox/status" in err  # requests are logged to stderr

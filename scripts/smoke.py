"""Install each provider wheel alone into a fresh virtualenv and run its quickstart against the sandbox (itself
installed from its own wheel, ``switchboard-sandbox``, into another fresh virtualenv).

Prints one summary row per provider (operations in its spec, wheel, quickstart result); exits non-zero
if any row failed. Used by ``make``.
"""

from __future__ import annotations

import os
import subprocess
import tomllib
import venv
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
SMOKE = ROOT / "build" / "smoke"
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


def operations(provider: str) -> int:
    spec = yaml.safe_load((ROOT / "specs" / f"{provider}.yaml").read_text())
    return sum(1 for item in spec["paths"].values() for method in item if method in HTTP_METHODS)


def wheel_for(project: str) -> Path:
    found = sorted(DIST.glob(f"{project.replace('-', '_')}-*.whl"))
    if not found:
        raise SystemExit(f"no wheel for {project} in dist/: run `make wheels`")
    return found[-1]


def quickstart_environment(settings: dict[str, object], url: str) -> dict[str, str]:
    """The quickstart's environment from ``[tool.switchboard.quickstart_env]``; ``{sandbox_url}`` is filled in."""
    table = settings.get("quickstart_env", {})
    assert isinstance(table, dict)
    return {str(name): str(value).format(sandbox_url=url) for name, value in table.items()}


def sandbox_command() -> list[str]:
    """The ``switchboard-sandbox`` command of the sandbox wheel, installed alone into a fresh virtualenv (once)."""
    env_dir = SMOKE / "sandbox"
    command = env_dir / "bin" / "switchboard-sandbox"
    if not command.exists():
        venv.EnvBuilder(clear=True, with_pip=True).create(env_dir)
        pip = [str(env_dir / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        subprocess.run([*pip, str(wheel_for("switchboard-sandbox"))], check=True)
    return [str(command)]


def run_quickstart(provider: str, project: str, quickstart: Path, settings: dict[str, object]) -> tuple[bool, str]:
    env_dir = SMOKE / provider
    venv.EnvBuilder(clear=True, with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    wheel = wheel_for(project)
    install = subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--find-links",
            str(DIST),
            str(wheel),
        ],
        capture_output=True,
        text=True,
    )
    if install.returncode != 0:
        return False, "install failed: " + install.stderr.strip().splitlines()[-1]
    log = (SMOKE / f"{provider}-sandbox.log").open("w")
    sandbox = subprocess.Popen(
        [*sandbox_command(), provider, "--port", "0"], stdout=subprocess.PIPE, stderr=log, text=True
    )
    try:
        assert sandbox.stdout is not None
        line = sandbox.stdout.readline().strip()
        if not line.startswith("SANDBOX_URL="):
            return False, f"sandbox did not start: {line!r}"
        url = line.split("=", 1)[1]
        # Run from an empty folder with a clean environment so nothing from the repo can be imported.
        clean = {"PATH": os.environ.get("PATH", ""), **quickstart_environment(settings, url)}
        result = subprocess.run(
            [str(python), str(quickstart)], capture_output=True, text=True, env=clean, cwd=env_dir, timeout=120
        )
    finally:
        sandbox.terminate()
        sandbox.wait(timeout=10)
        log.close()
    output = (result.stdout + result.stderr).strip()
    print(f"--- {provider} quickstart output ---\n{output}\n")
    return result.returncode == 0, "passed" if result.returncode == 0 else f"failed (exit {result.returncode})"


def main() -> int:
    rows = []
    for pyproject in sorted((ROOT / "packaging").glob("*/pyproject.toml")):
        data = tomllib.loads(pyproject.read_text())
        settings = data["tool"]["switchboard"]
        provider = settings["provider"]
        if not provider:
            continue
        project = data["project"]["name"]
        ok, result = run_quickstart(provider, project, ROOT / settings["quickstart"], settings)
        rows.append((provider, str(operations(provider)), wheel_for(project).name, result, ok))
    header = ("provider", "operations", "wheel", "quickstart")
    widths = [max(len(r[i]) for r in [header, *[row[:4] for row in rows]]) for i in range(4)]
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row[:4], widths, strict=True)))
    return 0 if all(row[4] for row in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())

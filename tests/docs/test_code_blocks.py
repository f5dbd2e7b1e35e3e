"""Every code block of every README and of every page of the docs site: Python blocks run, each as a complete
program against a freshly started sandbox of its provider; any other block must say what it is (``sh`` for
commands, ``text`` for output).

The environment a block runs in is the one the docs tell users to set for the sandbox (docs/sandbox.md):
``[tool.switchboard.quickstart_env]`` in ``packaging/<dist>/pyproject.toml`` (also what ``make`` gives the
quickstarts), with ``{sandbox_url}`` filled in. A distribution that documents no provider (the sandbox itself)
gets no sandbox started for its blocks: they start their own, and run as with the distribution installed (its
``pytest11`` plugins loaded by any pytest they start). Blocks run in an empty working folder, each as a program file
there (``<folder>_<page>_<line>.py``, so a pytest it starts imports it once); it may end with ``sys.exit(0)``.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from pytest_examples import CodeExample, find_examples

from switchboard_sandbox import running

ROOT = Path(__file__).resolve().parents[2]
READMES = [ROOT / "README.md", *sorted((ROOT / "packaging").glob("*/README.md"))]
PAGES = [*READMES, *sorted((ROOT / "docs").rglob("*.md"))]
RUNNABLE = {"python"}
NOT_RUNNABLE = {"sh": "shell commands", "text": "output or a diagram"}
FENCE = re.compile(r"^(?P<indent> *)```(?P<info>[^`\n]*)$", re.MULTILINE)
LOOPBACK = pytest.mark.block_network(allowed_hosts=["127\\.0\\.0\\.1"])


def settings(page: Path) -> dict[str, object]:
    """The ``[tool.switchboard]`` table of the distribution a page documents: its README, or docs/<provider>/."""
    tables = [
        tomllib.loads(pyproject.read_text())["tool"]["switchboard"]
        for pyproject in sorted((ROOT / "packaging").glob("*/pyproject.toml"))
        if pyproject.parent == page.parent or page.parent.name == pyproject.parent.name
    ]
    assert len(tables) == 1, f"{page}: no single distribution for this page"
    table = tables[0]
    assert isinstance(table, dict)
    return table


def fence_languages(readme: Path) -> list[tuple[int, str]]:
    """The line and language of every opening fence (the first word of its info string; "" when it has none)."""
    text = readme.read_text()
    opened: list[tuple[int, str]] = []
    inside = False
    for match in FENCE.finditer(text):
        if not inside:
            info = match["info"].strip()
            opened.append((text.count("\n", 0, match.start()) + 1, info.split()[0] if info else ""))
        inside = not inside
    assert not inside, f"{readme}: a code fence is never closed"
    return opened


def examples() -> list[CodeExample]:
    return list(find_examples(*PAGES))


@pytest.mark.parametrize("readme", PAGES, ids=lambda path: str(path.relative_to(ROOT)))
def test_every_code_block_runs_or_says_it_does_not(readme: Path) -> None:
    for line, language in fence_languages(readme):
        assert language in RUNNABLE | NOT_RUNNABLE.keys(), (
            f"{readme.relative_to(ROOT)}:{line}: a code block must be python (run by this test) or marked as one "
            f"of {sorted(NOT_RUNNABLE)}, not {language!r}"
        )


def test_the_python_blocks_are_all_collected() -> None:
    """``find_examples`` sees exactly the blocks the fences open as python (none lost to a formatting quirk)."""
    expected = sum(language == "python" for page in PAGES for _, language in fence_languages(page))
    assert expected >= 11
    assert len(examples()) == expected


def installed_plugins(table: dict[str, object]) -> str:
    """What an installed distribution's ``pytest11`` entry points load, as ``PYTEST_PLUGINS`` names it."""
    pyproject = ROOT / str(table["readme"]).replace("README.md", "pyproject.toml")
    entry_points = tomllib.loads(pyproject.read_text())["project"].get("entry-points", {})
    return ",".join(target.partition(":")[0] for target in entry_points.get("pytest11", {}).values())


def program_name(example: CodeExample) -> str:
    """The file a block is pasted into, unique among all the blocks."""
    return f"{example.path.parent.name}_{example.path.stem}_{example.start_line}.py"


def run_as_main(example: CodeExample, program: Path) -> None:
    """Run the block as the ``__main__`` module of the program file ``program`` (written with the block's text);
    tracebacks point at the README's own lines."""
    program.write_text(example.source)
    padded = "\n" * (example.start_line) + example.source
    code = compile(padded, str(example.path), "exec")  # a fragment fails here, as it would when pasted
    try:
        exec(code, {"__name__": "__main__", "__file__": str(program)})  # noqa: S102
    except SystemExit as exit:
        if exit.code not in (0, None):
            pytest.fail(f"{example}: the program exited with {exit.code!r}")


@LOOPBACK
@pytest.mark.parametrize("example", examples(), ids=str)
def test_readme_example_runs_against_the_sandbox(
    example: CodeExample, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    table = settings(example.path)
    provider = table["provider"]
    environment = table.get("quickstart_env", {})
    assert isinstance(provider, str)
    assert isinstance(environment, dict)
    monkeypatch.chdir(tmp_path)
    if not provider:  # the sandbox's own page: its blocks start the sandboxes they use
        assert not environment, f"{example.path}: an environment for the sandbox of no provider"
        monkeypatch.setenv("PYTEST_PLUGINS", installed_plugins(table))
        run_as_main(example, tmp_path / program_name(example))
        return
    with running(provider) as url:
        for name, value in environment.items():
            monkeypatch.setenv(name, str(value).format(sandbox_url=url))
        run_as_main(example, tmp_path / program_name(example))


def test_python_blocks_pass_ruff_as_the_project_code_does(tmp_path: Path) -> None:
    """Pasted into a file, each block is clean under the project's own ruff settings (lint and format)."""
    for example in examples():
        (tmp_path / program_name(example)).write_text(example.source)
    ruff = Path(sys.executable).with_name("ruff")
    for command in (["check"], ["format", "--check"]):
        result = subprocess.run(
            [str(ruff), *command, "--config", str(ROOT / "pyproject.toml"), str(tmp_path)],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stdout + result.stderr


SANDBOX_SECTIONS = {
    "messagemedia": "MessageMedia",
    "mxit": "Mxit",
    "smscx": "SMS.CX",
    "twitter": "Twitter",
    "vumigo": "Vumi Go",
}


@pytest.mark.parametrize("provider", sorted(SANDBOX_SECTIONS))
def test_the_sandbox_page_gives_the_settings_the_examples_run_with(provider: str) -> None:
    """docs/sandbox.md tells users to export exactly what these tests set, under the provider's heading."""
    text = (ROOT / "docs" / "sandbox.md").read_text()
    sections = dict(re.findall(r"^## (.+?)\n(.*?)(?=^## |\Z)", text, flags=re.MULTILINE | re.DOTALL))
    section = sections[SANDBOX_SECTIONS[provider]]
    environment = settings(ROOT / "docs" / provider / "index.md").get("quickstart_env", {})
    assert isinstance(environment, dict)
    assert environment
    for name, value in environment.items():
        assert f"{name}={str(value).format(sandbox_url='http://127.0.0.1:<port>')}" in section

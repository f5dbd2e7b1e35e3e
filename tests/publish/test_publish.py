"""``make publish`` end to end against a local package index, and the release rules it enforces.

A ``pypiserver`` (pinned in requirements/dev.lock) is started on 127.0.0.1 with its fallback to the public
index disabled. ``scripts.publish`` builds and uploads every distribution to it with twine; the third-party
wheels they need are repacked from the dev environment into the server's package folder (tests never reach the
internet; see ``wheelhouse``). A fresh virtualenv then installs ``switchboard-smscx`` by name with that index as
its only source (pip configuration and ``PIP_*`` variables cleared; pip's install report proves where every
file came from) and runs the SMS.CX quickstart against the sandbox. A second publish of the same version is
refused before anything is uploaded.

The publish runs with ``--allow-dirty`` because the test runs in a working tree under development; the dirty
check itself is tested on a scratch git repository. Select these tests with ``-m publish``.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import tomllib
import venv
import zipfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from packaging.requirements import Requirement

from scripts import publish
from scripts.build_wheels import ROOT, distributions

from .wheelhouse import build_wheelhouse

pytestmark = [pytest.mark.publish, pytest.mark.block_network(allowed_hosts=["127\\.0\\.0\\.1"])]

PIP = (sys.executable, "-m", "pip")
PYPISERVER = (sys.executable, "-m", "pypiserver", "run")
"""No authentication (``-a . -P .``: twine's credentials are accepted and ignored) and ``--disable-fallback``: a
name the server does not hold is not redirected to the public index."""
GIT = shutil.which("git") or "git"
USER, PASSWORD = "release-bot", "pw-never-printed-7f3a9c"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _clean_env(**extra: str) -> dict[str, str]:
    """The environment without any pip configuration, so nothing but the named index can be used."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    return {**env, "PIP_CONFIG_FILE": os.devnull, **extra}


def _run_publish(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = _clean_env(TWINE_USERNAME=USER, TWINE_PASSWORD=PASSWORD, REPOSITORY_URL=url)
    env.pop("TWINE_API_TOKEN", None)
    return subprocess.run(
        [sys.executable, "-m", "scripts.publish", "--allow-dirty", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A running pypiserver with no authentication and no fallback: (its URL, its package folder)."""
    packages = tmp_path_factory.mktemp("index")
    port = _free_port()
    log = (packages.parent / "pypiserver.log").open("w")
    server = subprocess.Popen(
        [*PYPISERVER, "-i", "127.0.0.1", "-p", str(port), "-a", ".", "-P", ".", "--disable-fallback", str(packages)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"{url}simple/", timeout=1.0)
                break
            except httpx.TransportError as exc:
                if server.poll() is not None or time.monotonic() > deadline:
                    output = (packages.parent / "pypiserver.log").read_text()
                    raise RuntimeError(f"pypiserver did not start: {output}") from exc
                time.sleep(0.1)
        yield url, packages
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()


@pytest.fixture(scope="module")
def published(index: tuple[str, Path]) -> subprocess.CompletedProcess[str]:
    """The first ``make publish`` of every distribution to the local index."""
    url, packages = index
    result = _run_publish(url)
    assert result.returncode == 0, result.stdout + result.stderr
    build_wheelhouse(_third_party_needs("switchboard-smscx"), packages)
    return result


def _third_party_needs(project: str) -> list[str]:
    """The non-Switchboard requirements of ``project`` and of the Switchboard distributions it depends on."""
    by_name = {d.name: d for d in distributions()}
    needs: set[str] = set()
    pending, seen = [project], set()
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        for text in by_name[name].data["project"].get("dependencies", []):
            requirement = Requirement(text)
            if requirement.name in by_name:
                pending.append(requirement.name)
            else:
                needs.add(text)
    return sorted(needs)


def test_every_distribution_is_published_with_its_sdist(
    index: tuple[str, Path], published: subprocess.CompletedProcess[str]
) -> None:
    _, packages = index
    for dist in distributions():
        stem = f"{dist.name.replace('-', '_')}-{dist.version}"
        assert (packages / f"{stem}-py3-none-any.whl").is_file(), dist.name
        assert (packages / f"{stem}.tar.gz").is_file(), dist.name
        assert f"published {dist.name} {dist.version}" in published.stdout
        with zipfile.ZipFile(packages / f"{stem}-py3-none-any.whl") as wheel:
            meta = wheel.read(f"{stem}.dist-info/METADATA").decode()
        for label in ("Homepage", "Documentation", "Changelog", "Source", "Issues"):
            assert f"Project-URL: {label}, https://" in meta, (dist.name, label)
    assert PASSWORD not in published.stdout + published.stderr


def test_switchboard_smscx_installs_by_name_from_that_index_alone_and_runs_its_quickstart(
    index: tuple[str, Path], published: subprocess.CompletedProcess[str], tmp_path: Path
) -> None:
    url, _ = index
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    report = tmp_path / "install-report.json"
    only_index = ["--index-url", f"{url}simple/", "switchboard-smscx"]
    install = subprocess.run(
        [*PIP, "--python", str(python), "install", "--no-cache-dir", "--quiet", "--report", str(report), *only_index],
        env=_clean_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stderr
    items = json.loads(report.read_text())["install"]
    installed = {item["metadata"]["name"]: item["download_info"]["url"] for item in items}
    assert {"switchboard-smscx", "switchboard-core", "httpx", "attrs"} <= set(installed)
    assert all(source.startswith(url) for source in installed.values()), installed

    smscx = next(d for d in distributions() if d.provider == "smscx")
    sandbox = subprocess.Popen(
        [sys.executable, "-m", "switchboard_sandbox", "smscx", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "sandbox")},
    )
    try:
        assert sandbox.stdout is not None
        line = sandbox.stdout.readline().strip()
        assert line.startswith("SANDBOX_URL="), line
        sandbox_url = line.split("=", 1)[1]
        settings = smscx.settings["quickstart_env"].items()
        quickstart_env = {name: str(value).format(sandbox_url=sandbox_url) for name, value in settings}
        # From an empty folder with a bare environment: only the virtualenv's packages can be imported.
        result = subprocess.run(
            [str(python), str(ROOT / smscx.settings["quickstart"])],
            env={"PATH": os.environ.get("PATH", ""), **quickstart_env},
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        sandbox.terminate()
        sandbox.wait(timeout=10)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "balance:" in result.stdout
    assert "rejected as expected" in result.stdout


def test_a_second_publish_of_the_same_version_is_refused_before_any_upload(
    index: tuple[str, Path], published: subprocess.CompletedProcess[str]
) -> None:
    url, packages = index
    before = {p: p.stat().st_mtime_ns for p in packages.iterdir()}
    again = _run_publish(url, "--provider", "smscx")
    assert again.returncode == 1
    smscx = next(d for d in distributions() if d.provider == "smscx")
    assert f"refused: switchboard-smscx {smscx.version} is already on {url}simple/" in again.stderr
    assert "overlay/smscx_client/_version.py" in again.stderr
    assert {p: p.stat().st_mtime_ns for p in packages.iterdir()} == before
    assert PASSWORD not in again.stdout + again.stderr


def test_a_dirty_tree_is_refused_naming_what_is_dirty(tmp_path: Path) -> None:
    def git(*args: str) -> None:
        subprocess.run([GIT, *args], cwd=tmp_path, check=True, capture_output=True)

    git("init", "-q")
    (tmp_path / "tracked.txt").write_text("one\n")
    git("add", "tracked.txt")
    git("-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qm", "init")
    publish.check_clean(tmp_path)  # clean: no error

    (tmp_path / "tracked.txt").write_text("two\n")
    (tmp_path / "new.txt").write_text("new\n")
    with pytest.raises(publish.Refused, match="dirty") as refused:
        publish.check_clean(tmp_path)
    assert "tracked.txt" in str(refused.value)
    assert "new.txt" in str(refused.value)


def test_a_version_without_a_changelog_section_is_refused() -> None:
    dist = next(d for d in distributions() if d.provider == "smscx")
    publish.check_changelog(dist)  # the current version has its section
    unlisted = type(dist)(dist.folder, {**dist.data, "project": {**dist.data["project"], "version": "99.0.0"}})
    unlisted.data["project"].pop("dynamic", None)
    with pytest.raises(publish.Refused, match=r"no '## 99\.0\.0' section"):
        publish.check_changelog(unlisted)


@pytest.mark.parametrize(
    ("repository", "index_url"),
    [
        ("https://upload.pypi.org/legacy/", "https://pypi.org/simple/"),
        ("https://test.pypi.org/legacy/", "https://test.pypi.org/simple/"),
        ("http://127.0.0.1:8080/", "http://127.0.0.1:8080/simple/"),
        ("https://pkgs.example.com/repo/legacy/", "https://pkgs.example.com/repo/simple/"),
    ],
)
def test_the_index_checked_for_existing_versions(repository: str, index_url: str) -> None:
    assert publish.index_url_for(repository) == index_url


def test_an_api_token_is_handed_to_twine_as_the_token_user() -> None:
    env = publish.twine_environment({"TWINE_API_TOKEN": "pypi-abc", "PATH": "/bin"})
    assert env == {"TWINE_USERNAME": "__token__", "TWINE_PASSWORD": "pypi-abc", "PATH": "/bin"}
    assert publish.twine_environment({"TWINE_USERNAME": "u", "TWINE_PASSWORD": "p"}) == {
        "TWINE_USERNAME": "u",
        "TWINE_PASSWORD": "p",
    }


def test_each_distribution_has_one_version_a_changelog_and_urls_and_providers_need_a_compatible_runtime() -> None:
    dists = distributions()
    core = next(d for d in dists if d.name == "switchboard-core")
    for dist in dists:
        project = tomllib.loads((dist.folder / "pyproject.toml").read_text())["project"]
        assert ("version" in project) != ("version" in project.get("dynamic", [])), dist.name
        assert dist.changelog.is_file(), dist.name
        for text in map(str, project.get("dependencies", [])):
            requirement = Requirement(text)
            if requirement.name == "switchboard-core":
                assert core.version in requirement.specifier, text
                assert not any(spec.operator in {"==", "==="} for spec in requirement.specifier), text
                # a compatible range: the next minor release (0.x) of the runtime is outside it
                major, minor, *_ = (int(part) for part in core.version.split("."))
                next_breaking = f"{major}.{minor + 1}.0" if major == 0 else f"{major + 1}.0.0"
                assert next_breaking not in requirement.specifier, text


def test_each_provider_readme_says_it_replaces_the_legacy_import_name_and_how_to_install_from_a_clone() -> None:
    for dist in distributions():
        if not dist.provider:
            continue
        readme = (ROOT / dist.settings["readme"]).read_text()
        facade = next(name for name, source in dist.packages.items() if source.startswith("overlay/"))
        assert f"installs the import name `{facade}`" in readme, dist.name
        assert "Uninstall the legacy package first" in readme, dist.name
        assert f"make install PROVIDER={dist.provider} VENV=" in readme, dist.name
        assert f"pip install --find-links dist {dist.name}" in readme, dist.name
        assert f"SWITCHBOARD_{dist.provider.upper()}_BASE_URL" in readme, dist.name
        assert f"switchboard.{dist.provider}" in readme, dist.name


SIMPLE_JSON = "application/vnd.pypi.simple.v1+json"


def _index_holding(*filenames: str) -> httpx.Client:
    """A client whose simple index lists ``filenames`` for every project (PEP 691 JSON)."""

    def answer(request: httpx.Request) -> httpx.Response:
        project = request.url.path.rstrip("/").rsplit("/", 1)[-1]
        files = [{"filename": name} for name in filenames if name.replace("_", "-").startswith(project + "-")]
        if not files:
            return httpx.Response(404)
        return httpx.Response(
            200, headers={"Content-Type": "application/vnd.pypi.simple.v1+json"}, json={"files": files}
        )

    return httpx.Client(transport=httpx.MockTransport(answer))


def test_a_provider_whose_runtime_is_nowhere_is_refused() -> None:
    smscx = distributions("smscx")
    core = next(d for d in distributions() if d.name == "switchboard-core")
    with pytest.raises(
        publish.Refused, match=r"switchboard-smscx needs switchboard-core.*publish switchboard-core first"
    ):
        publish.check_installable(smscx, "https://index.test/simple/", _index_holding())
    publish.check_installable([core, *smscx], "https://index.test/simple/", _index_holding())  # together: fine
    on_index = _index_holding(f"switchboard_core-{core.version}-py3-none-any.whl")
    publish.check_installable(smscx, "https://index.test/simple/", on_index)  # already there: fine


def test_versions_on_the_index_are_read_from_json_and_html_pages() -> None:
    client = _index_holding("switchboard_smscx-0.1.0-py3-none-any.whl", "switchboard_smscx-0.2.0.tar.gz")
    found = publish.versions_on_index("https://index.test/simple/", "switchboard-smscx", client)
    assert sorted(map(str, found)) == ["0.1.0", "0.2.0"]
    html = '<a href="../../packages/switchboard_smscx-0.3.0-py3-none-any.whl#sha256=00">x</a>'
    page = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200, text=html)))
    assert [str(v) for v in publish.versions_on_index("https://index.test/simple/", "switchboard-smscx", page)] == [
        "0.3.0"
    ]

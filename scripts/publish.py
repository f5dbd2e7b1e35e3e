"""Build, check and upload every distribution under ``packaging/`` (or one) to a package index: ``make publish``.

    make publish                                      # = python -m scripts.publish: every distribution
    make publish PROVIDER=smscx                       # one (folder, provider or project name)
    make publish REPOSITORY_URL=https://test.pypi.org/legacy/

Before anything is uploaded it refuses (exit 1, nothing sent) when:

- the git tree is dirty (uncommitted or untracked files): what is published must be a commit;
- a distribution's CHANGELOG.md has no ``## <version>`` section;
- a distribution needs a Switchboard distribution (the runtime) in a version neither the index nor this publish
  has: the package would not install;
- the index already has that version of a distribution (read from its simple index: ``INDEX_URL``, by default
  derived from ``REPOSITORY_URL``: ``https://upload.pypi.org/legacy/`` -> ``https://pypi.org/simple/``,
  anything else -> ``<REPOSITORY_URL without /legacy/>/simple/``). An index that cannot be read stops it too.

Then it builds a wheel and an sdist per distribution into ``build/publish/``, runs ``twine check --strict`` and
uploads them with ``twine upload --non-interactive``, the runtime first. Credentials come from the environment
only: ``TWINE_USERNAME`` / ``TWINE_PASSWORD``, or an API token in ``TWINE_API_TOKEN`` (sent as user
``__token__``). They are handed to twine in its environment, never on a command line, and never printed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import httpx
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name, parse_sdist_filename, parse_wheel_filename
from packaging.version import Version

from scripts.build_wheels import ROOT, Distribution, build, distributions, twine_check

OUT = ROOT / "build" / "publish"
PUBLIC_UPLOAD = "https://upload.pypi.org/legacy/"
KNOWN_INDEXES = {"upload.pypi.org": "https://pypi.org/simple/", "test.pypi.org": "https://test.pypi.org/simple/"}
SIMPLE_ACCEPT = "application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.1"


class Refused(Exception):
    """A reason not to publish; the message says what to do."""


def dirty_paths(root: Path) -> list[str]:
    """``git status --porcelain`` of ``root``: every modified, staged or untracked path (ignored files excluded)."""
    result = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"], cwd=root, capture_output=True, text=True
    )
    if result.returncode != 0:
        raise Refused(f"cannot read the git status of {root}: {result.stderr.strip()}")
    return [line[3:] for line in result.stdout.splitlines() if line.strip()]


def check_clean(root: Path) -> None:
    dirty = dirty_paths(root)
    if dirty:
        shown = "\n  ".join(dirty[:10]) + ("\n  ..." if len(dirty) > 10 else "")
        raise Refused(
            f"the git tree is dirty ({len(dirty)} path(s)); commit or stash first, a release is built from a commit:"
            f"\n  {shown}"
        )


def check_changelog(dist: Distribution) -> None:
    heading = f"## {dist.version}"
    text = dist.changelog.read_text() if dist.changelog.exists() else ""
    if not any(line == heading or line.startswith(heading + " ") for line in text.splitlines()):
        where = dist.changelog.relative_to(ROOT)
        raise Refused(f"{dist.name} {dist.version}: {where} has no '{heading}' section; describe the release first")


def index_url_for(repository_url: str) -> str:
    """The simple index that shows what ``repository_url`` (an upload endpoint) already holds."""
    parts = urlsplit(repository_url)
    if parts.hostname in KNOWN_INDEXES:
        return KNOWN_INDEXES[parts.hostname]
    path = parts.path.rstrip("/")
    path = path.removesuffix("/legacy")
    return urlunsplit((parts.scheme, parts.netloc, f"{path}/simple/", "", ""))


def versions_on_index(index_url: str, project: str, client: httpx.Client) -> set[Version]:
    """Every version of ``project`` with a file on the simple index (PEP 691 JSON or PEP 503 HTML)."""
    url = f"{index_url.rstrip('/')}/{canonicalize_name(project)}/"
    try:
        response = client.get(url, headers={"Accept": SIMPLE_ACCEPT}, follow_redirects=True)
    except httpx.HTTPError as exc:
        raise Refused(f"cannot read {url} to check for existing versions ({type(exc).__name__}: {exc})") from exc
    if response.status_code == 404:
        return set()
    if response.status_code != 200:
        raise Refused(f"cannot read {url} to check for existing versions: HTTP {response.status_code}")
    if "json" in response.headers.get("content-type", ""):
        filenames = [str(f["filename"]) for f in response.json().get("files", [])]
    else:
        filenames = _html_filenames(response.text)
    return {v for name in filenames if (v := _version_of_file(name, project)) is not None}


def _html_filenames(html: str) -> list[str]:
    from html.parser import HTMLParser

    class Anchors(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.names: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            href = dict(attrs).get("href")
            if tag == "a" and href:
                self.names.append(urlsplit(href).path.rsplit("/", 1)[-1])

    parser = Anchors()
    parser.feed(html)
    return parser.names


def _version_of_file(filename: str, project: str) -> Version | None:
    try:
        if filename.endswith(".whl"):
            name, version, *_ = parse_wheel_filename(filename)
        elif filename.endswith((".tar.gz", ".zip")):
            name, version = parse_sdist_filename(filename)
        else:
            return None
    except ValueError:
        return None
    return version if name == canonicalize_name(project) else None


def check_not_published(dists: Iterable[Distribution], index_url: str, client: httpx.Client) -> None:
    for dist in dists:
        if Version(dist.version) in versions_on_index(index_url, dist.name, client):
            source = dist.version_source.relative_to(ROOT)
            raise Refused(
                f"{dist.name} {dist.version} is already on {index_url}: a published version cannot be replaced."
                f" Raise the version in {source} and add its section to {dist.changelog.relative_to(ROOT)}."
            )


def check_installable(dists: list[Distribution], index_url: str, client: httpx.Client) -> None:
    """Each Switchboard distribution a published one needs is in this batch or on the index in a matching version."""
    ours = {d.name: d for d in distributions()}
    batch = {d.name: Version(d.version) for d in dists}
    for dist in dists:
        for text in dist.data["project"].get("dependencies", []):
            needed = Requirement(text)
            if needed.name not in ours:
                continue
            if needed.name in batch and batch[needed.name] in needed.specifier:
                continue
            if not any(v in needed.specifier for v in versions_on_index(index_url, needed.name, client)):
                raise Refused(
                    f"{dist.name} needs {needed}, which neither {index_url} nor this publish has: publish"
                    f" {needed.name} first (make publish PROVIDER={ours[needed.name].folder.name}) or with it"
                )


def twine_environment(environ: Mapping[str, str]) -> dict[str, str]:
    """twine's environment: ``TWINE_API_TOKEN`` becomes user ``__token__``; nothing else is changed."""
    env = dict(environ)
    token = env.pop("TWINE_API_TOKEN", "")
    if token:
        env["TWINE_USERNAME"] = "__token__"
        env["TWINE_PASSWORD"] = token
    return env


def upload(files: list[Path], repository_url: str) -> None:
    command = [sys.executable, "-m", "twine", "upload", "--non-interactive", "--disable-progress-bar"]
    command += ["--repository-url", repository_url, *map(str, files)]
    result = subprocess.run(command, env=twine_environment(os.environ), check=False)
    if result.returncode != 0:
        raise Refused(f"twine upload to {repository_url} failed (exit {result.returncode}); see its output above")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--provider", default=os.environ.get("PROVIDER", ""), help="one distribution (default: all)")
    parser.add_argument("--repository-url", default=os.environ.get("REPOSITORY_URL") or PUBLIC_UPLOAD)
    parser.add_argument("--index-url", default=os.environ.get("INDEX_URL", ""), help="simple index to check")
    parser.add_argument("--allow-dirty", action="store_true", help="publish from a dirty tree (tests only)")
    args = parser.parse_args(argv)
    dists = distributions(args.provider)
    index_url = args.index_url or index_url_for(args.repository_url)
    try:
        if not args.allow_dirty:
            check_clean(ROOT)
        for dist in dists:
            check_changelog(dist)
        with httpx.Client(timeout=30.0) as client:
            check_not_published(dists, index_url, client)
            check_installable(dists, index_url, client)
        shutil.rmtree(OUT, ignore_errors=True)
        files = [path for dist in dists for path in build(dist, OUT, sdist=True)]
        twine_check(files)
        upload(files, args.repository_url)
    except Refused as refused:
        print(f"make publish: refused: {refused}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as failed:
        print(f"make publish: stopped, nothing uploaded: {' '.join(failed.cmd[1:4])} failed", file=sys.stderr)
        return 1
    for dist in dists:
        print(f"published {dist.name} {dist.version} to {args.repository_url}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

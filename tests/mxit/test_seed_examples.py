"""The python-mxit documentation's examples, run unchanged, in order, against the sandbox (replayed).

The seed page (``shared/seeds/mxit.txt``) lost its code fences, so the examples are taken as the text under each
``##### Example`` heading, plus the code lines of the Authentication section. The page also lost the line
``client = Mxit(MXIT_CLIENT_ID, MXIT_CLIENT_SECRET)`` where an app-only example starts (it held a link); the
namespace supplies that client, the credentials, ``SCOPE``, and before each block a fresh authorization code
(``RECEIVED_CODE`` / ``RECEIVED_AUTH_CODE``) that the sandbox's ``/authorize`` handed out for the scope the block
asks for, with the block's ``redirect_uri=""``. The examples' ``/path/to/...`` files live in a temporary folder.
The examples run in the page's order, so the only setup between them is re-creating the gallery folder that
the ``delete_gallery_folder`` example removes and the ``upload_gallery_file`` example uploads into.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

import mxit._files
from mxit import Mxit, MxitNotFoundException
from mxit._files import StrPath
from tests.seeds import seed_file

from .conftest import CLIENT_ID, CLIENT_SECRET, Sandbox, authorize, base_url

SEED = seed_file("mxit")
CODE_LINE = re.compile(r"^(from mxit import|client\b|client\.|\w+ = client\.)")
SCOPE = "profile/private"

pytestmark = [pytest.mark.vcr, pytest.mark.sandbox_only]


def _auth_section_blocks(lines: list[str]) -> list[str]:
    start = next(i for i, line in enumerate(lines) if line.startswith("### [Authentication]"))
    end = next(i for i, line in enumerate(lines) if line.startswith("### [Messaging API]"))
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in lines[start + 1 : end]:
        if CODE_LINE.match(line):
            current.append(line)
        elif line.strip() and current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return ["\n".join(block) + "\n" for block in blocks]


def _example_blocks(lines: list[str]) -> list[tuple[str, str]]:
    """(method heading, code) for every ``##### Example``."""
    found: list[tuple[str, str]] = []
    method = ""
    for i, line in enumerate(lines):
        if line.startswith("#### "):
            method = re.sub(r"[\[\]#(]|\s+$", "", line.split("](")[0]).strip()
        if line.strip() == "##### Example":
            body: list[str] = []
            for following in lines[i + 1 :]:
                if following.startswith("#") or following.strip() == "Project details":
                    break
                body.append(following)
            found.append((method, "\n".join(body).strip() + "\n"))
    return found


LINES = SEED.read_text().splitlines()
AUTH_BLOCKS = _auth_section_blocks(LINES)
EXAMPLES = _example_blocks(LINES)


def test_the_seed_has_the_expected_examples() -> None:
    assert len(AUTH_BLOCKS) == 3
    assert "redirect_url=''" in AUTH_BLOCKS[1]
    assert [name for name, _ in EXAMPLES] == [
        "send_message", "send_user_to_user_message", "get_user_id", "get_status", "set_status",
        "get_display_name", "get_avatar", "set_avatar", "delete_avatar", "get_basic_profile", "get_full_profile",
        "update_profile", "add_contact", "get_contact_list", "get_friend_suggestions", "get_gallery_folder_list",
        "create_gallery_folder", "delete_gallery_folder", "rename_gallery_folder", "delete_gallery_file",
        "rename_gallery_file", "upload_gallery_file", "get_gallery_item_list", "get_gallery_file",
        "upload_file_and_send_file_offer", "send_file_offer",
    ]  # fmt: skip


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``/path/to/x`` in the examples is ``tmp_path/x``; ``image.png`` exists (a tiny PNG)."""
    original = mxit._files.resolve

    def resolve(path: StrPath) -> Path:
        text = str(path)
        return tmp_path / text.removeprefix("/path/to/") if text.startswith("/path/to/") else original(path)

    monkeypatch.setattr(mxit._files, "resolve", resolve)
    (tmp_path / "image.png").write_bytes(bytes.fromhex("89504e470d0a1a0a") + b"seed example image")
    return tmp_path


def _code(scope: str) -> str:
    """A code from the sandbox's /authorize for ``scope``, with the examples' empty redirect_uri."""
    return authorize(Mxit(CLIENT_ID, CLIENT_SECRET, redirect_uri="").oauth.auth_url(scope))


def _run(block: str, ns: dict[str, Any]) -> None:
    asked = re.search(r'get_user_token\("([^"]+)"', block)
    scope = asked.group(1) if asked else SCOPE
    if "RECEIVED_AUTH_CODE" in block:
        ns["RECEIVED_AUTH_CODE"] = _code(scope)
    if "RECEIVED_CODE" in block:
        ns["RECEIVED_CODE"] = _code(scope)
    exec(compile(block, str(SEED), "exec"), ns)  # noqa: S102  (the documentation's own code)


def test_every_seed_example_runs_unchanged(monkeypatch: pytest.MonkeyPatch, sandbox: Sandbox, files: Path) -> None:
    monkeypatch.setenv("MXIT_BASE_URL", base_url())
    monkeypatch.setenv("MXIT_AUTH_URL", base_url())
    ns: dict[str, Any] = {"MXIT_CLIENT_ID": CLIENT_ID, "MXIT_CLIENT_SECRET": CLIENT_SECRET, "SCOPE": SCOPE}
    ns["client"] = Mxit(CLIENT_ID, CLIENT_SECRET)  # the line the seed page lost
    image = (files / "image.png").read_bytes()  # get_gallery_file's example overwrites it later

    for block in AUTH_BLOCKS:
        _run(block, ns)
    assert ns["client"].redirect_uri == ""  # redirect_url= was accepted
    assert ns["client"].oauth.has_user_token(SCOPE)

    outcomes: dict[str, Any] = {}
    for name, block in EXAMPLES:
        if name == "upload_gallery_file":
            # the delete_gallery_folder example just removed the folder this one uploads into: create it again
            ns["client"].users.create_gallery_folder("example folder name")
        try:
            _run(block, ns)
            outcomes[name] = "ok"
        except MxitNotFoundException as exc:
            outcomes[name] = exc.json()

    # the examples that fail do so because of the documentation itself:
    assert outcomes == {
        **{name: "ok" for name, _ in EXAMPLES},
        # the example's second line calls get_avatar with a file id (a typo in the documentation)
        "get_gallery_file": {"message": "No Mxit user 'example_file_id'"},
    }
    assert ns["user_id"] == "example_user_id"
    assert ns["status"] == "Exploring the sandbox"  # get_status runs before the set_status example
    assert ns["display_name"] == "Example User"
    assert ns["data"].startswith(b"\x89PNG")  # get_avatar's bytes
    assert (files / "avatar.png").read_bytes() == ns["data"]
    assert (files / "image.png").read_bytes().startswith(b"\x89PNG")  # get_gallery_file wrote it
    assert ns["basic_profile"]["UserId"] == "example_user_id"
    assert ns["full_profile"]["UserId"] == "example_user_id"
    # the upload example's file is in the folder, byte for byte (the client now holds a content/read token)
    items = ns["client"].users.get_gallery_item_list("example folder name")
    assert [item["FileName"] for item in items] == ["example file name"]
    assert ns["client"].users.get_gallery_file(items[0]["FileId"]) == image
    state = sandbox.state()
    assert [m["kind"] for m in state["messages"]] == ["app", "user"]
    assert [o["FileId"] for o in state["offers"]][-1] == "example_file_id"

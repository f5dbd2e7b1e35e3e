"""Every documented python-mxit call, written as its documentation shows it, against the sandbox (replayed).

The documented client takes only ``Mxit(client_id, client_secret)`` (plus ``redirect_uri=`` / ``redirect_url=``
for the user flow), so the hosts come from ``MXIT_BASE_URL`` and ``MXIT_AUTH_URL``. Each user call runs on a
client that asked ``get_user_token(scope, code)`` for exactly the scope the documentation lists for that call,
which proves the documented scope is enough; the app-only calls need no user token at all.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mxit import CONTACT_LIST_FILTER, Mxit

from .conftest import CLIENT_ID, CLIENT_SECRET, Sandbox, authorize, base_url

pytestmark = [pytest.mark.vcr, pytest.mark.sandbox_only]

PICTURE = bytes.fromhex("89504e470d0a1a0a") + b"switchboard documented calls"
NOTE = b"switchboard gallery note"


@pytest.fixture(autouse=True)
def hosts(monkeypatch: pytest.MonkeyPatch, sandbox: Sandbox) -> None:
    monkeypatch.setenv("MXIT_BASE_URL", base_url())
    monkeypatch.setenv("MXIT_AUTH_URL", base_url())


@pytest.fixture
def picture(tmp_path: Path) -> Path:
    path = tmp_path / "picture.png"
    path.write_bytes(PICTURE)
    return path


def signed_in(scope: str) -> Mxit:
    """A client as the user flow documents it: the code the auth site handed back, exchanged for ``scope``."""
    client = Mxit(CLIENT_ID, CLIENT_SECRET, redirect_uri="")
    received_code = authorize(client.oauth.auth_url(scope))
    client.oauth.get_user_token(scope, received_code)
    return client


def test_the_redirect_url_spelling_of_the_authentication_section() -> None:
    client = Mxit(CLIENT_ID, CLIENT_SECRET, redirect_url="")
    client.oauth.get_user_token("profile/private", authorize(client.oauth.auth_url("profile/private")))
    assert client.redirect_uri == ""
    assert client.users.get_full_profile()["UserId"] == "example_user_id"


def test_app_only_calls(sandbox: Sandbox, picture: Path, tmp_path: Path) -> None:
    client = Mxit(CLIENT_ID, CLIENT_SECRET)
    client.messaging.send_message("switchboard_app", ["mxit_user_id_1", "mxit_user_id_2"], "Welcome aboard")
    client.messaging.send_message("switchboard_app", ["mxit_user_id_1"], "*plain*", contains_markup=False)
    user_id = client.users.get_user_id("mxit_id_1")
    assert user_id == "mxit_user_id_1"
    assert client.users.get_status("mxit_id_1") == "Hi"
    assert client.users.get_display_name("mxit_id_2") == "User Two"
    assert client.users.get_basic_profile(user_id)["DisplayName"] == "User One"

    avatar = client.users.get_avatar("example_mxit_id")
    assert avatar is not None
    assert avatar.startswith(b"\x89PNG")
    saved = tmp_path / "avatar.png"
    assert client.users.get_avatar("example_mxit_id", output_file_path=str(saved)) is None
    assert saved.read_bytes() == avatar

    offered = client.users.upload_file_and_send_file_offer("picture.png", user_id, input_file_path=str(picture))
    client.users.send_file_offer(offered, client.users.get_user_id("mxit_id_2"))
    state = sandbox.state()
    assert [(m["From"], m["To"], m["ContainsMarkup"]) for m in state["messages"]] == [
        ("switchboard_app", "mxit_user_id_1,mxit_user_id_2", True),
        ("switchboard_app", "mxit_user_id_1", False),
    ]
    assert [(o["FileId"], o["UserId"]) for o in state["offers"]] == [
        (offered, "mxit_user_id_1"),
        (offered, "mxit_user_id_2"),
    ]


def test_messaging_and_status_as_the_user(sandbox: Sandbox) -> None:
    signed_in("message/user").messaging.send_user_to_user_message("example_user_id", ["mxit_user_id_2"], "Hi Tom")
    assert sandbox.state()["messages"][-1]["kind"] == "user"
    signed_in("status/write").users.set_status("Testing the documented calls")
    assert Mxit(CLIENT_ID, CLIENT_SECRET).users.get_status("example_mxit_id") == "Testing the documented calls"


def test_avatar_and_profile_as_the_user(picture: Path) -> None:
    avatars = signed_in("avatar/write").users
    avatars.set_avatar(data=PICTURE, content_type="image/png")
    public = Mxit(CLIENT_ID, CLIENT_SECRET).users
    assert public.get_avatar("example_mxit_id") == PICTURE
    avatars.set_avatar(input_file_path=str(picture))
    avatars.delete_avatar()

    signed_in("profile/write").users.update_profile(
        about_me="Writes tests",
        display_name="Switchboard",
        email="switchboard@example.org",
        first_name="Switch",
        gender=1,
        last_name="Board",
        mobile_number="+27820000000",
        relationship_status=3,
        title="Tester",
        where_am_i="Cape Town",
    )
    profile = signed_in("profile/private").users.get_full_profile()
    assert {k: profile[k] for k in ("DisplayName", "Email", "RelationshipStatus", "WhereAmI")} == {
        "DisplayName": "Switchboard",
        "Email": "switchboard@example.org",
        "RelationshipStatus": 3,
        "WhereAmI": "Cape Town",
    }


def test_contacts_as_the_user() -> None:
    signed_in("contact/invite").users.add_contact("mxit_id_3")
    graph = signed_in("graph/read").users
    pending = graph.get_contact_list(CONTACT_LIST_FILTER["pending"])
    assert [c["UserId"] for c in pending["Contacts"]] == ["mxit_user_id_3"]
    friends = graph.get_contact_list("friends", skip=1, count=1)
    assert [c["UserId"] for c in friends["Contacts"]] == ["mxit_user_id_2"]
    assert graph.get_friend_suggestions() == []  # the only suggestion was just invited


def test_gallery_as_the_user(picture: Path, tmp_path: Path) -> None:
    writer = signed_in("content/write").users
    reader = signed_in("content/read").users
    writer.create_gallery_folder("Switchboard drafts")
    writer.rename_gallery_folder("Switchboard drafts", "Switchboard")
    image_id = writer.upload_gallery_file(
        "Switchboard", "picture.png", input_file_path=str(picture), content_type="image/png"
    )
    note_id = writer.upload_gallery_file("Switchboard", "note.txt", data=NOTE, prevent_share=True)
    writer.rename_gallery_file(note_id, "renamed note.txt")

    assert {"Name": "Switchboard", "FileCount": 2} in reader.get_gallery_folder_list()["Folders"]
    items = reader.get_gallery_item_list("Switchboard")
    assert [(i["FileId"], i["FileName"]) for i in items] == [(image_id, "picture.png"), (note_id, "renamed note.txt")]
    assert [i["FileId"] for i in reader.get_gallery_item_list("Switchboard", skip=1, count=1)] == [note_id]
    copy = tmp_path / "copy.png"
    assert reader.get_gallery_file(image_id, output_file_path=str(copy)) is None
    assert copy.read_bytes() == PICTURE
    assert reader.get_gallery_file(note_id) == NOTE

    writer.delete_gallery_file(note_id)
    writer.delete_gallery_folder("Switchboard")
    assert "Switchboard" not in [folder["Name"] for folder in reader.get_gallery_folder_list()["Folders"]]

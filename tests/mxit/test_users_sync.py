"""Every messaging and user operation through the sync facade: success and documented errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from mxit import (
    CONTACT_LIST_FILTER,
    Mxit,
    MxitAPIParameterException,
    MxitBadRequestException,
    MxitConflictException,
    MxitNotFoundException,
    MxitPermissionDeniedException,
)

from .conftest import Sandbox, authorize

pytestmark = [pytest.mark.vcr, pytest.mark.sandbox_only]

PNG = bytes.fromhex("89504e470d0a1a0a") + b"sandbox-test-image" * 100


def test_send_message_from_the_app(client: Mxit, sandbox: Sandbox) -> None:
    assert client.messaging.send_message("example_app_mxit_id", ["mxit_user_id_1", "mxit_user_id_2"], "Hi é") == ""
    sent = sandbox.state()["messages"][-1]
    assert sent == {
        "From": "example_app_mxit_id",
        "To": "mxit_user_id_1,mxit_user_id_2",
        "Body": "Hi é",
        "ContainsMarkup": True,
        "kind": "app",
    }


def test_send_message_with_links_and_spool(client: Mxit, sandbox: Sandbox) -> None:
    link = client.messaging.create_redirect_link(True, "example_service", "Go", parameters={"a": "1"})
    client.messaging.send_message("example_app_mxit_id", ["mxit_user_id_1"], "see", False, True, 60, [link])
    sent = sandbox.state()["messages"][-1]
    assert sent["Spool"] is True
    assert sent["SpoolTimeOut"] == 60
    assert sent["Links"] == [
        {"CreateTemporaryContact": True, "TargetService": "example_service", "Text": "Go", "Parameters": {"a": "1"}}
    ]


def test_send_message_to_an_unknown_user_is_400(client: Mxit) -> None:
    with pytest.raises(MxitBadRequestException, match="nobody"):
        client.messaging.send_message("example_app_mxit_id", ["nobody"], "hi")


def test_user_to_user_message_needs_the_user_token(user_client: Mxit, sandbox: Sandbox) -> None:
    user_client.messaging.send_user_to_user_message("example_user_id", ["mxit_user_id_1"], "from me")
    assert sandbox.state()["messages"][-1]["kind"] == "user"


def test_public_lookups(client: Mxit) -> None:
    assert client.users.get_user_id("example_mxit_id") == "example_user_id"
    assert client.users.get_status("example_mxit_id") == "Exploring the sandbox"
    assert client.users.get_display_name("mxit_id_1") == "User One"
    profile = client.users.get_basic_profile("example_user_id")
    assert profile["UserId"] == "example_user_id"
    assert "Email" not in profile


def test_unknown_user_is_404_with_status_and_body(client: Mxit) -> None:
    with pytest.raises(MxitNotFoundException) as caught:
        client.users.get_user_id("no such id")
    assert caught.value.code == 404
    assert caught.value.json() == {"message": "No Mxit user 'no such id'"}
    with pytest.raises(MxitNotFoundException):
        client.users.get_basic_profile("nobody")


def test_set_status_round_trips_with_quotes_and_unicode(user_client: Mxit) -> None:
    assert user_client.users.set_status('Say "hi" \u2013 café') == ""
    assert user_client.users.get_status("example_mxit_id") == 'Say "hi" \u2013 café'


def test_avatar_download_upload_delete(user_client: Mxit, tmp_path: Path) -> None:
    original = user_client.users.get_avatar("example_mxit_id")
    assert original is not None
    assert original.startswith(b"\x89PNG")
    source = tmp_path / "me.png"
    source.write_bytes(PNG)
    assert user_client.users.set_avatar(input_file_path=source) == ""  # python-mxit's default content type
    target = tmp_path / "avatar.png"
    assert user_client.users.get_avatar("example_mxit_id", output_file_path=target) is None
    assert target.read_bytes() == PNG
    assert user_client.users.delete_avatar() == ""
    with pytest.raises(MxitNotFoundException):
        user_client.users.get_avatar("example_mxit_id")
    with pytest.raises(MxitNotFoundException):
        user_client.users.delete_avatar()


def test_set_avatar_without_data_is_a_parameter_error(user_client: Mxit) -> None:
    with pytest.raises(MxitAPIParameterException, match="Either the data"):
        user_client.users.set_avatar()
    with pytest.raises(ValueError, match="Either the data"):  # what python-mxit raised
        user_client.users.set_avatar(content_type="image/png")


def test_full_profile_and_update(user_client: Mxit) -> None:
    user_client.users.update_profile(email="", relationship_status=3, gender=0, about_me="Hello")
    profile = user_client.users.get_full_profile()
    assert profile["Email"] == ""
    assert profile["RelationshipStatus"] == 3
    assert profile["Gender"] == 0
    assert profile["AboutMe"] == "Hello"


def test_a_token_without_the_scope_is_403(client: Mxit) -> None:
    client.oauth.get_user_token("content/read", authorize(client.oauth.auth_url("content/read")))
    with pytest.raises(MxitPermissionDeniedException, match="profile/private"):
        client.users.get_full_profile(scope="content/read")


def test_contacts_invite_list_and_suggestions(user_client: Mxit) -> None:
    everyone = user_client.users.get_contact_list(CONTACT_LIST_FILTER["all"])
    assert [c["UserId"] for c in everyone["Contacts"]] == ["mxit_user_id_1", "mxit_user_id_2", "example_service"]
    page = user_client.users.get_contact_list("friends", skip=1, count=1)
    assert [c["UserId"] for c in page["Contacts"]] == ["mxit_user_id_2"]
    assert user_client.users.get_friend_suggestions() == [
        {"UserId": "mxit_user_id_3", "DisplayName": "User Three", "NumberOfMutualFriends": 2}
    ]
    assert user_client.users.add_contact("mxit_id_3") == ""
    pending = user_client.users.get_contact_list(CONTACT_LIST_FILTER["pending"])
    assert [c["UserId"] for c in pending["Contacts"]] == ["mxit_user_id_3"]
    assert user_client.users.get_friend_suggestions() == []
    with pytest.raises(MxitNotFoundException):
        user_client.users.add_contact("no_such_mxit_id")


def test_gallery_folders_files_round_trip(user_client: Mxit, tmp_path: Path) -> None:
    users = user_client.users
    assert users.create_gallery_folder("Holiday 2013/Beach") == ""
    with pytest.raises(MxitConflictException):
        users.create_gallery_folder("Holiday 2013/Beach")
    source = tmp_path / "beach.png"
    source.write_bytes(PNG)
    file_id = users.upload_gallery_file("Holiday 2013/Beach", "beach 1.png", input_file_path=source, prevent_share=True)
    second = users.upload_gallery_file("Holiday 2013/Beach", "notes.txt", data=b"sunny")
    assert users.get_gallery_item_list("Holiday 2013/Beach") == [
        {"FileId": file_id, "FileName": "beach 1.png", "ContentType": "image/png", "Size": len(PNG),
         "PreventShare": True},
        {"FileId": second, "FileName": "notes.txt", "ContentType": "image/png", "Size": 5, "PreventShare": False},
    ]  # fmt: skip
    assert [i["FileId"] for i in users.get_gallery_item_list("Holiday 2013/Beach", skip=1, count=5)] == [second]
    assert users.get_gallery_file(file_id) == PNG
    target = tmp_path / "copy.png"
    assert users.get_gallery_file(file_id, output_file_path=target) is None
    assert target.read_bytes() == PNG
    assert users.rename_gallery_file(file_id, "beach.png") == ""
    assert users.rename_gallery_folder("Holiday 2013/Beach", "Beach") == ""
    folders = users.get_gallery_folder_list()["Folders"]
    assert {"Name": "Beach", "FileCount": 2} in folders
    assert users.get_gallery_item_list("Beach")[0]["FileName"] == "beach.png"
    assert users.delete_gallery_file(second) == ""
    with pytest.raises(MxitNotFoundException):
        users.get_gallery_file(second)
    assert users.delete_gallery_folder("Beach") == ""
    with pytest.raises(MxitNotFoundException):
        users.get_gallery_item_list("Beach")
    with pytest.raises(MxitNotFoundException):
        users.upload_gallery_file("Beach", "late.png", data=PNG)


def test_file_offers(client: Mxit, sandbox: Sandbox, tmp_path: Path) -> None:
    user_id = client.users.get_user_id("mxit_id_1")
    source = tmp_path / "song.mp3"
    source.write_bytes(b"ID3-not-really-music")
    file_id = client.users.upload_file_and_send_file_offer("song.mp3", user_id, input_file_path=source, auto_open=True)
    assert file_id.startswith("sbx-file-")
    assert client.users.send_file_offer(file_id, "mxit_user_id_2") == ""
    assert sandbox.state()["offers"] == [
        {"FileId": file_id, "UserId": "mxit_user_id_1", "AutoOpen": True},
        {"FileId": file_id, "UserId": "mxit_user_id_2", "AutoOpen": False},
    ]
    with pytest.raises(MxitNotFoundException):
        client.users.send_file_offer("no-such-file", user_id)
    with pytest.raises(MxitNotFoundException):
        client.users.upload_file_and_send_file_offer("x.bin", "nobody", data=b"x")

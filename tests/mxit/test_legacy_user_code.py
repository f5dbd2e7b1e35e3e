# mypy: disable-error-code="arg-type, list-item, func-returns-value"
# (python-mxit code passes byte strings where the annotations say str, and checks the None update_profile returns)
"""Code a python-mxit 0.3.8 user already has, run unchanged against the sandbox (replayed from cassettes).

python-mxit ran on Python 2, where text was byte strings: its users pass ``b"..."`` as often as text. Errors were
read from ``exc.args``; filters came from ``CONTACT_LIST_FILTER``; uploads used the library's default content
types. Each case checks what went over the wire (the cassette's requests to the API: method, path, query, body,
Content-Type) and the type and content of what came back.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import pytest

from mxit import CONTACT_LIST_FILTER, Mxit, create_redirect_link
from mxit.exceptions import MxitAPIException, MxitAPIParameterException

from .conftest import ALL_SCOPES, CLIENT_ID, CLIENT_SECRET, REDIRECT_URI, Sandbox, authorize, base_url, make_client

pytestmark = pytest.mark.vcr

PNG = bytes.fromhex("89504e470d0a1a0a") + b"legacy user code"
JSON = "application/json"
"""python-mxit's Content-Type on every API request but uploads, bodiless GET and DELETE included."""


def api_requests(cassette: Any) -> list[tuple[str, str, dict[str, str], Any, str]]:
    """The API requests this test sent (token, authorize and sandbox-control requests left out): method, decoded
    path, query, body (JSON decoded; raw bytes for uploads; None when empty) and Content-Type."""
    recording = cassette.record_mode != "none"
    out = []
    for index, request in enumerate(cassette.requests):
        url = urlsplit(request.uri)
        if not (recording or cassette.play_counts[index]) or not url.path.startswith(("/user", "/message")):
            continue
        kind = request.headers.get("Content-Type") or request.headers.get("content-type") or ""
        body = request.body or None
        if body is not None and "json" in kind:
            body = json.loads(body)
        out.append((request.method, unquote(url.path), dict(parse_qsl(url.query)), body, kind))
    return out


def signed_in(client: Mxit, scope: str = ALL_SCOPES) -> Mxit:
    client.oauth.get_user_token(scope, authorize(client.oauth.auth_url(scope)))
    return client


# -- app-token calls ----------------------------------------------------------------------------------------------


def test_lookup_with_a_byte_string_id_returns_text(client: Mxit, vcr: Any) -> None:
    user_id = client.users.get_user_id(b"mxit_id_1")
    assert (type(user_id), user_id) == (str, "mxit_user_id_1")
    assert api_requests(vcr) == [("GET", "/user/lookup/mxit_id_1", {}, None, JSON)]


def test_status_and_display_name_come_back_unquoted(client: Mxit, vcr: Any) -> None:
    assert client.users.get_status("mxit_id_1") == "Hi"
    assert client.users.get_display_name(b"mxit_id_2") == "User Two"
    assert [(m, p) for m, p, _, _, _ in api_requests(vcr)] == [
        ("GET", "/user/public/statusmessage/mxit_id_1"),
        ("GET", "/user/public/displayname/mxit_id_2"),
    ]


def test_basic_profile_is_a_dict(client: Mxit, vcr: Any) -> None:
    profile = client.users.get_basic_profile("mxit_user_id_1")
    assert type(profile) is dict
    assert (profile["UserId"], profile["DisplayName"]) == ("mxit_user_id_1", "User One")
    assert api_requests(vcr) == [("GET", "/user/profile/mxit_user_id_1", {}, None, JSON)]


def test_send_message_body_keys_are_python_mxit_s(client: Mxit, vcr: Any) -> None:
    answer = client.messaging.send_message("legacy_app", ["mxit_user_id_1", "mxit_user_id_2"], "Welcome")
    assert type(answer) is str
    body = {"From": "legacy_app", "To": "mxit_user_id_1,mxit_user_id_2", "Body": "Welcome", "ContainsMarkup": True}
    assert api_requests(vcr) == [("POST", "/message/send", {}, body, "application/json")]


def test_byte_string_messages_and_ids_are_sent_as_text(client: Mxit, sandbox: Sandbox, vcr: Any) -> None:
    client.messaging.send_message(b"legacy_app", [b"mxit_user_id_1"], b"Sawubona", contains_markup=False)
    body = {"From": "legacy_app", "To": "mxit_user_id_1", "Body": "Sawubona", "ContainsMarkup": False}
    assert api_requests(vcr)[0][3] == body
    assert sandbox.state()["messages"][-1]["Body"] == "Sawubona"


def test_spool_options_and_redirect_links(client: Mxit, vcr: Any) -> None:
    link = create_redirect_link(True, "", "Open the app")
    assert link == {"CreateTemporaryContact": True, "TargetService": "", "Text": "Open the app"}
    client.messaging.send_message("legacy_app", ["mxit_user_id_1"], "Tap", spool=True, spool_timeout=60, links=[link])
    body = api_requests(vcr)[0][3]
    assert (body["Spool"], body["SpoolTimeOut"], body["Links"]) == (True, 60, [link])


def test_the_messaging_service_builds_links_too(client: Mxit) -> None:
    link = client.messaging.create_redirect_link(False, b"legacy_service", b"Menu", True, {"page": "2"})
    assert link == {
        "CreateTemporaryContact": False,
        "TargetService": "legacy_service",
        "Text": "Menu",
        "AddToBackHistory": True,
        "Parameters": {"page": "2"},
    }


def test_errors_keep_python_mxit_s_args(client: Mxit, vcr: Any) -> None:
    try:
        client.users.get_user_id("nobody_at_all")
    except MxitAPIException as exc:
        args = exc.args
    assert args[0] == "Unexpected HTTP Status: 404"
    assert args[1]["code"] == 404
    assert isinstance(args[1]["response"], bytes)
    assert api_requests(vcr) == [("GET", "/user/lookup/nobody_at_all", {}, None, JSON)]


def test_avatar_bytes_and_output_file(client: Mxit, tmp_path: Path, vcr: Any) -> None:
    avatar = client.users.get_avatar("example_mxit_id")
    assert type(avatar) is bytes
    assert avatar.startswith(b"\x89PNG")
    target = tmp_path / "avatar.png"
    assert client.users.get_avatar("example_mxit_id", output_file_path=str(target)) is None
    assert target.read_bytes() == avatar
    assert [(m, p) for m, p, _, _, _ in api_requests(vcr)] == [("GET", "/user/public/avatar/example_mxit_id")] * 2
    downloads = [r for r in vcr.requests if urlsplit(r.uri).path.startswith("/user/public/avatar")]
    assert {r.headers.get("Accept") or r.headers.get("accept") for r in downloads} == {JSON}  # as python-mxit asked


def test_upload_and_offer_a_file_to_a_user(client: Mxit, vcr: Any) -> None:
    file_id = client.users.upload_file_and_send_file_offer("notes.txt", "mxit_user_id_1", data=b"agenda")
    assert type(file_id) is str
    assert file_id
    assert client.users.send_file_offer(file_id, "mxit_user_id_2", auto_open=True) == ""
    upload, offer = api_requests(vcr)
    query = {"fileName": "notes.txt", "userId": "mxit_user_id_1", "autoOpen": "false", "preventShare": "false"}
    assert upload == ("POST", "/user/media/file/send", query, b"agenda", "application/octet-stream")
    assert offer == ("POST", f"/user/media/file/send/{file_id}", {"UserId": "mxit_user_id_2", "autoOpen": "true"},
                     {}, "application/json")  # fmt: skip


# -- user-token calls ---------------------------------------------------------------------------------------------


def test_a_user_call_without_a_user_token_is_refused_before_sending(client: Mxit, vcr: Any) -> None:
    with pytest.raises(MxitAPIParameterException) as caught:
        client.users.get_full_profile()
    assert isinstance(caught.value, ValueError)
    assert api_requests(vcr) == []


def test_status_from_a_byte_string(client: Mxit, vcr: Any) -> None:
    users = signed_in(client, "status/write").users
    assert users.set_status(b"Busy coding") == ""
    assert client.users.get_status("example_mxit_id") == "Busy coding"
    assert api_requests(vcr)[0] == ("PUT", "/user/statusmessage", {}, "Busy coding", "application/json")


def test_full_profile_and_update_profile(client: Mxit, vcr: Any) -> None:
    users = signed_in(client).users
    assert users.update_profile(email="legacy@example.org", relationship_status=3) is None
    assert users.update_profile() is None  # nothing to send: no request, as python-mxit
    profile = users.get_full_profile()
    assert type(profile) is dict
    assert (profile["Email"], profile["RelationshipStatus"]) == ("legacy@example.org", 3)
    body = {"Email": "legacy@example.org", "RelationshipStatus": 3}
    assert api_requests(vcr) == [
        ("PUT", "/user/profile", {}, body, "application/json"),
        ("GET", "/user/profile", {}, None, JSON),
    ]


def test_contact_list_with_the_filter_constant_and_falsy_paging(client: Mxit, vcr: Any) -> None:
    users = signed_in(client).users
    contacts = users.get_contact_list(CONTACT_LIST_FILTER["all"], skip=0, count=0)
    assert type(contacts) is dict
    assert all(type(c) is dict for c in contacts["Contacts"])
    assert api_requests(vcr) == [("GET", "/user/socialgraph/contactlist", {"filter": "@All"}, None, JSON)]


def test_contact_list_paging_with_byte_string_filter(client: Mxit, vcr: Any) -> None:
    users = signed_in(client).users
    friends = users.get_contact_list(b"@Friends", skip=1, count=1)
    assert [c["UserId"] for c in friends["Contacts"]] == ["mxit_user_id_2"]
    query = {"filter": "@Friends", "skip": "1", "count": "1"}
    assert api_requests(vcr) == [("GET", "/user/socialgraph/contactlist", query, None, JSON)]


def test_invite_a_contact_then_suggestions_are_a_list(client: Mxit, vcr: Any) -> None:
    users = signed_in(client).users
    assert users.add_contact("mxit_id_3") == ""
    suggestions = users.get_friend_suggestions()
    assert type(suggestions) is list
    assert api_requests(vcr) == [
        ("PUT", "/user/socialgraph/contact/mxit_id_3", {}, {}, "application/json"),
        ("GET", "/user/socialgraph/suggestions", {}, None, JSON),
    ]


def test_user_to_user_message(client: Mxit, sandbox: Sandbox, vcr: Any) -> None:
    messaging = signed_in(client, "message/user").messaging
    assert messaging.send_user_to_user_message("example_user_id", ["mxit_user_id_2"], b"Lunch?") == ""
    body = {"From": "example_user_id", "To": "mxit_user_id_2", "Body": "Lunch?", "ContainsMarkup": True}
    assert api_requests(vcr) == [("POST", "/message/send", {}, body, "application/json")]
    assert sandbox.state()["messages"][-1]["kind"] == "user"


def test_gallery_folders(client: Mxit, vcr: Any) -> None:
    users = signed_in(client).users
    assert users.create_gallery_folder("Legacy drafts") == ""
    assert users.rename_gallery_folder("Legacy drafts", b"Legacy") == ""
    folders = users.get_gallery_folder_list()
    assert type(folders) is dict
    assert "Legacy" in [f["Name"] for f in folders["Folders"]]
    assert users.delete_gallery_folder("Legacy") == ""
    assert api_requests(vcr) == [
        ("POST", "/user/media/Legacy drafts", {}, {}, "application/json"),
        ("PUT", "/user/media/Legacy drafts", {}, "Legacy", "application/json"),
        ("GET", "/user/media", {}, None, JSON),
        ("DELETE", "/user/media/Legacy", {}, None, JSON),
    ]


def test_gallery_upload_uses_the_image_png_default(client: Mxit, vcr: Any) -> None:
    users = signed_in(client).users
    users.create_gallery_folder("Legacy")
    file_id = users.upload_gallery_file("Legacy", "notes.txt", data=b"minutes")
    assert type(file_id) is str
    upload = api_requests(vcr)[1]
    assert upload == (
        "POST",
        "/user/media/file/Legacy",
        {"fileName": "notes.txt", "preventShare": "false"},
        b"minutes",
        "image/png",  # python-mxit's default for gallery uploads, whatever the file name says
    )


def test_gallery_upload_from_a_path_with_an_explicit_type(client: Mxit, tmp_path: Path, vcr: Any) -> None:
    users = signed_in(client).users
    users.create_gallery_folder("Photos")
    picture = tmp_path / "me.png"
    picture.write_bytes(PNG)
    file_id = users.upload_gallery_file("Photos", "me.png", input_file_path=str(picture), prevent_share=True,
                                        content_type="image/png")  # fmt: skip
    items = users.get_gallery_item_list("Photos")
    assert type(items) is list
    assert [(i["FileId"], i["FileName"]) for i in items] == [(file_id, "me.png")]
    upload, listing = api_requests(vcr)[1:]
    assert upload[1:4] == ("/user/media/file/Photos", {"fileName": "me.png", "preventShare": "true"}, PNG)
    assert listing == ("GET", "/user/media/list/Photos", {}, None, JSON)


def test_gallery_file_download_rename_delete(client: Mxit, tmp_path: Path, vcr: Any) -> None:
    users = signed_in(client).users
    users.create_gallery_folder("Docs")
    file_id = users.upload_gallery_file("Docs", "a.txt", data=b"alpha")
    assert users.get_gallery_file(file_id) == b"alpha"
    copy = tmp_path / "copy.txt"
    assert users.get_gallery_file(file_id, output_file_path=str(copy)) is None
    assert copy.read_bytes() == b"alpha"
    assert users.rename_gallery_file(file_id, "b.txt") == ""
    assert users.delete_gallery_file(file_id) == ""
    sent = [(m, p, b) for m, p, _, b, _ in api_requests(vcr)[2:]]
    assert sent == [
        ("GET", f"/user/media/content/{file_id}", None),
        ("GET", f"/user/media/content/{file_id}", None),
        ("PUT", f"/user/media/file/{file_id}", "b.txt"),
        ("DELETE", f"/user/media/file/{file_id}", None),
    ]


def test_gallery_item_list_with_falsy_paging_sends_no_query(client: Mxit, vcr: Any) -> None:
    users = signed_in(client).users
    users.create_gallery_folder("Empty")
    assert users.get_gallery_item_list("Empty", skip=0, count=0) == []
    assert api_requests(vcr)[-1] == ("GET", "/user/media/list/Empty", {}, None, JSON)


def test_avatar_upload_and_delete_as_the_user(client: Mxit, vcr: Any) -> None:
    users = signed_in(client).users
    assert users.set_avatar(data=PNG) == ""
    assert users.delete_avatar() == ""
    assert api_requests(vcr) == [
        ("POST", "/user/avatar", {}, PNG, "application/octet-stream"),  # python-mxit's default
        ("DELETE", "/user/avatar", {}, None, JSON),
    ]


def test_one_token_for_several_scopes_serves_each(client: Mxit, vcr: Any) -> None:
    token = client.oauth.get_app_token("profile/public message/send")
    assert type(token) is str
    client.users.get_user_id("mxit_id_2")
    client.messaging.send_message("legacy_app", ["mxit_user_id_2"], "One token")
    token_requests = [r for r in vcr.requests if urlsplit(r.uri).path == "/token"]
    assert len(token_requests) == 1
    assert [p for _, p, _, _, _ in api_requests(vcr)] == ["/user/lookup/mxit_id_2", "/message/send"]


def test_the_code_exchange_posts_python_mxit_s_form_and_returns_the_token(client: Mxit, vcr: Any) -> None:
    url = client.oauth.auth_url("graph/read")
    assert dict(parse_qsl(urlsplit(url).query)) == {
        "response_type": "code",
        "client_id": "sandbox-client-id",
        "redirect_uri": "http://example.org/cb",
        "scope": "graph/read",
    }
    token = client.oauth.get_user_token("graph/read", authorize(url))
    assert type(token) is str
    (exchange,) = [r for r in vcr.requests if urlsplit(r.uri).path == "/token"]
    form = dict(parse_qsl(exchange.body.decode()))
    assert (form["grant_type"], form["redirect_uri"], "scope" in form) == (
        "authorization_code",
        "http://example.org/cb",
        False,
    )


def test_deleting_a_missing_folder_reads_the_status_from_args(client: Mxit, vcr: Any) -> None:
    users = signed_in(client).users
    try:
        users.delete_gallery_folder("Never made")
    except MxitAPIException as exc:
        code = exc.args[1]["code"]
    assert code == 404
    assert api_requests(vcr) == [("DELETE", "/user/media/Never made", {}, None, JSON)]


def test_json_bodies_have_python_mxit_s_bytes(client: Mxit, vcr: Any) -> None:
    client.messaging.send_message("legacy_app", ["mxit_user_id_1"], "Hi é there")
    (request,) = [r for r in vcr.requests if urlsplit(r.uri).path == "/message/send"]
    assert request.body == (
        b'{"From": "legacy_app", "To": "mxit_user_id_1", "Body": "Hi \\u00e9 there", "ContainsMarkup": true}'
    )  # Python 2 json.dumps defaults (reference 1.6)


def test_cover_image_set_then_read_as_the_user(client: Mxit, tmp_path: Path, vcr: Any) -> None:
    users = signed_in(client, "avatar/write profile/public").users  # the user grants profile/public too
    assert users.set_cover_image(PNG, None, "avatar/write", "image/png") == ""  # python-mxit's positional order
    cover = users.get_cover_image()
    assert (type(cover), cover) == (bytes, PNG)
    target = tmp_path / "cover.png"
    assert users.get_cover_image(output_file_path=str(target)) is None
    assert target.read_bytes() == PNG
    assert api_requests(vcr) == [
        ("POST", "/user/cover", {}, PNG, "image/png"),
        ("GET", "/user/cover", {}, None, JSON),
        ("GET", "/user/cover", {}, None, JSON),
    ]
    (upload,) = [r for r in vcr.requests if r.method == "POST" and urlsplit(r.uri).path == "/user/cover"]
    assert (upload.headers.get("Accept") or upload.headers.get("accept")) == "image/png"  # python-mxit sent it too


def test_cover_image_needs_a_user_token(client: Mxit, vcr: Any) -> None:
    with pytest.raises(MxitAPIParameterException, match="profile/public"):
        client.users.get_cover_image()  # python-mxit asked for a user token here, not an app token (reference 2.2)
    assert api_requests(vcr) == []


def test_cover_image_from_a_file_with_python_mxit_s_default_type(client: Mxit, tmp_path: Path, vcr: Any) -> None:
    source = tmp_path / "cover.bin"
    source.write_bytes(PNG)
    users = signed_in(client).users
    assert users.set_cover_image(input_file_path=str(source)) == ""
    assert api_requests(vcr) == [("POST", "/user/cover", {}, PNG, "application/octet-stream")]


class LegacyTokenProvider:
    """A python-mxit ``oauth_provider``: built with (client_id, client_secret, user_id, redirect_uri, state, cache,
    verify_cert), asked for each call's token. This one gets its tokens from another client's helper."""

    made: list[tuple[Any, ...]] = []

    def __init__(self, *args: Any) -> None:
        LegacyTokenProvider.made.append(args)
        self.source = make_client()
        self.asked: list[tuple[str, str]] = []

    def get_app_token(self, scope: str) -> str:
        self.asked.append(("app", scope))
        return self.source.oauth.get_app_token(scope)

    def get_user_token(self, scope: str, code: str | None = None) -> str:
        self.asked.append(("user", scope))
        return signed_in(self.source).oauth.get_user_token(scope)


def test_oauth_provider_and_user_id_build_client_oauth(sandbox: Sandbox, vcr: Any) -> None:
    LegacyTokenProvider.made.clear()
    options = {"base_url": base_url(), "auth_base_url": base_url()}
    with Mxit(CLIENT_ID, CLIENT_SECRET, REDIRECT_URI, "st8", None, True, LegacyTokenProvider, "u1", **options) as mxit:
        provider = mxit.oauth
        assert isinstance(provider, LegacyTokenProvider)
        assert mxit.users.get_user_id("mxit_id_1") == "mxit_user_id_1"  # an app token from the provider
        assert mxit.users.get_status("mxit_id_1") == "Hi"
        mxit.users.set_status("Set through the provider")  # a user token from the provider
        provider.source.close()
    assert LegacyTokenProvider.made == [(CLIENT_ID, CLIENT_SECRET, "u1", REDIRECT_URI, "st8", None, True)]
    assert provider.asked == [("app", "profile/public"), ("app", "profile/public"), ("user", "status/write")]
    assert [(m, p) for m, p, _, _, _ in api_requests(vcr)] == [
        ("GET", "/user/lookup/mxit_id_1"),
        ("GET", "/user/public/statusmessage/mxit_id_1"),
        ("PUT", "/user/statusmessage"),
    ]

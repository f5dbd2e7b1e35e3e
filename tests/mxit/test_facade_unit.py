"""Facade edge cases on ``httpx.MockTransport``: the exact wire format, input checks before sending, success
statuses, unparsable answers, caches, reprs."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

from mxit import (
    CONTACT_LIST_FILTER,
    AsyncMxit,
    Mxit,
    MxitAPIException,
    MxitAPIParameterException,
    MxitResponseParseException,
    create_redirect_link,
)
from mxit._cache import ExternalTokenCache
from switchboard_core import AiohttpTransport, APIError, InvalidRequestError, NotFoundError
from switchboard_core.auth import Token

Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """Answers token requests with a token and everything else with ``answer``; keeps every request."""

    def __init__(self, answer: Handler | None = None) -> None:
        self.answer = answer or (lambda request: httpx.Response(200))
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if request.url.path == "/token":
            form = parse_qs(request.content.decode())
            scope = form.get("scope", ["user scope"])[0]
            return httpx.Response(200, json={"access_token": f"tok-{len(self.requests)}", "expires_in": 3600,
                                             "scope": scope, "refresh_token": "ref"})  # fmt: skip
        return self.answer(request)

    @property
    def api(self) -> list[httpx.Request]:
        return [r for r in self.requests if r.url.path != "/token"]


def make(recorder: Recorder, **kwargs: Any) -> Mxit:
    return Mxit("cid", "csecret", transport=httpx.MockTransport(recorder), max_retries=0, **kwargs)


def with_user_token(client: Mxit, scope: str = "status/write content/write avatar/write profile/write") -> Mxit:
    client.auth.redirect_uri = "http://example.org/cb"
    client.oauth.get_user_token(scope, "CODE123")
    return client


def test_token_requests_match_the_reference() -> None:
    recorder = Recorder(lambda r: httpx.Response(200, json="m12345"))
    client = make(recorder, redirect_uri="http://example.org/cb")
    assert client.users.get_user_id("example_mxit_id") == "m12345"
    token = recorder.requests[0]
    assert str(token.url) == "https://auth.mxit.com/token"
    assert token.headers["authorization"] == "Basic " + base64.b64encode(b"cid:csecret").decode()
    assert token.headers["content-type"] == "application/x-www-form-urlencoded"
    assert parse_qs(token.content.decode()) == {"grant_type": ["client_credentials"], "scope": ["profile/public"]}
    client.oauth.get_user_token("status/write", "CODE123")
    assert parse_qs(recorder.requests[-1].content.decode()) == {
        "grant_type": ["authorization_code"],
        "code": ["CODE123"],
        "redirect_uri": ["http://example.org/cb"],
    }
    lookup = recorder.api[0]
    assert str(lookup.url) == "https://api.mxit.com/user/lookup/example_mxit_id"
    assert lookup.headers["authorization"] == "Bearer tok-1"


def test_send_message_body_matches_the_reference() -> None:
    recorder = Recorder()
    make(recorder).messaging.send_message("example_app_mxit_id", ["mxit_user_id_1", "mxit_user_id_2"], "Hi")
    sent = recorder.api[0]
    assert (sent.method, sent.url.path) == ("POST", "/message/send")
    assert json.loads(sent.content) == {
        "From": "example_app_mxit_id",
        "To": "mxit_user_id_1,mxit_user_id_2",
        "Body": "Hi",
        "ContainsMarkup": True,
    }
    assert list(json.loads(sent.content)) == ["From", "To", "Body", "ContainsMarkup"]


def test_a_string_of_ids_is_one_id_and_commas_are_refused() -> None:
    recorder = Recorder()
    client = make(recorder)
    client.messaging.send_message("app", "mxit_user_id_1", "x")
    assert json.loads(recorder.api[0].content)["To"] == "mxit_user_id_1"
    with pytest.raises(MxitAPIParameterException, match="','"):
        client.messaging.send_message("app", ["a,b"], "x")


def test_bare_json_string_bodies_and_path_encoding() -> None:
    recorder = Recorder()
    client = with_user_token(make(recorder))
    client.users.set_status('Some "awesome" status')
    client.users.rename_gallery_folder("old f/1", "New F")
    status, rename = recorder.api
    assert status.content == b'"Some \\"awesome\\" status"'
    assert status.headers["content-type"] == "application/json"
    assert rename.url.raw_path == b"/user/media/old%20f%2F1"
    assert rename.content == b'"New F"'


def test_upload_query_content_type_and_accept(tmp_path: Path) -> None:
    recorder = Recorder(lambda r: httpx.Response(201, json="file-1"))
    client = with_user_token(make(recorder))
    image = tmp_path / "pic 1.jpg"
    image.write_bytes(b"\xff\xd8jpeg")
    assert client.users.upload_gallery_file("my folder", "pic 1.jpg", input_file_path=image) == "file-1"
    upload = recorder.api[0]
    assert upload.url.path == "/user/media/file/my folder"
    assert parse_qs(upload.url.query.decode()) == {"fileName": ["pic 1.jpg"], "preventShare": ["false"]}
    assert upload.headers["content-type"] == "image/png"  # python-mxit's default, whatever the file name
    assert upload.headers["accept"] == "image/png"
    assert upload.content == b"\xff\xd8jpeg"
    client.users.upload_gallery_file("f", "data", data=b"x")
    assert recorder.api[1].headers["content-type"] == "image/png"  # python-mxit's default
    client.users.set_avatar(data=b"x")
    assert recorder.api[2].headers["content-type"] == "application/octet-stream"


def test_file_offer_query_parameters_keep_their_casing() -> None:
    recorder = Recorder(lambda r: httpx.Response(200, json="fileid1"))
    client = make(recorder)
    assert client.users.upload_file_and_send_file_offer("a.bin", "u1", data=b"x", prevent_share=True) == "fileid1"
    client.users.send_file_offer("fileid1", "u1", auto_open=True)
    upload, offer = recorder.api
    assert parse_qs(upload.url.query.decode()) == {
        "fileName": ["a.bin"],
        "userId": ["u1"],
        "autoOpen": ["false"],
        "preventShare": ["true"],
    }
    assert parse_qs(offer.url.query.decode()) == {"UserId": ["u1"], "autoOpen": ["true"]}
    assert offer.content == b"{}"


def test_paging_and_filters() -> None:
    recorder = Recorder(lambda r: httpx.Response(200, json={"Contacts": []} if "contact" in r.url.path else []))
    client = with_user_token(make(recorder), "graph/read content/read")
    client.users.get_contact_list(CONTACT_LIST_FILTER["all"], skip=0, count=10)
    client.users.get_contact_list("Blocked")
    client.users.get_gallery_item_list("f")
    assert [dict(r.url.params) for r in recorder.api] == [{"filter": "@All", "count": "10"}, {"filter": "@Blocked"}, {}]
    with pytest.raises(MxitAPIParameterException, match="list_filter"):
        client.users.get_contact_list("@Everyone")
    client.users.get_gallery_item_list("f", count=0)  # python-mxit left a falsy count out, as skip=0
    assert dict(recorder.api[-1].url.params) == {}
    with pytest.raises(MxitAPIParameterException, match="count"):
        client.users.get_gallery_item_list("f", count=-1)


def test_update_profile_sends_every_non_none_field_and_nothing_when_empty() -> None:
    recorder = Recorder()
    client = with_user_token(make(recorder))
    client.users.update_profile()
    assert recorder.api == []
    client.users.update_profile(email="", gender=0, where_am_i="here")
    assert json.loads(recorder.api[0].content) == {"Email": "", "Gender": 0, "WhereAmI": "here"}
    with pytest.raises(MxitAPIParameterException, match="gender"):
        client.users.update_profile(gender="male")  # type: ignore[arg-type]


@pytest.mark.parametrize("status", [200, 201, 202, 204])
def test_every_2xx_is_success(status: int) -> None:
    recorder = Recorder(lambda r: httpx.Response(status))
    client = with_user_token(make(recorder))
    assert client.users.create_gallery_folder("f") == ""


def test_quoted_strings_are_decoded_and_garbage_is_a_parse_error() -> None:
    json_type = {"Content-Type": "application/json"}
    answers = iter(
        [
            httpx.Response(200, text='"hello \\"q\\""', headers=json_type),
            httpx.Response(200, text='"not json\\x"', headers=json_type),  # a broken JSON string (issue 14)
            httpx.Response(200, text='"hello"'),  # a JSON string mislabelled text/plain
        ]
    )
    client = make(Recorder(lambda r: next(answers)))
    assert client.users.get_status("a") == 'hello "q"'
    with pytest.raises(MxitResponseParseException, match="not JSON"):
        client.users.get_status("a")
    with pytest.raises(MxitResponseParseException, match="content type"):
        client.users.get_status("a")


def test_unparsable_answers_keep_status_and_body() -> None:
    client = make(Recorder(lambda r: httpx.Response(200, text="<html>oops</html>")))
    with pytest.raises(MxitResponseParseException) as caught:
        client.users.get_basic_profile("u1")
    assert caught.value.status_code == 200
    assert caught.value.body == b"<html>oops</html>"
    client = make(Recorder(lambda r: httpx.Response(200, json=["not", "a", "dict"])))
    with pytest.raises(MxitResponseParseException, match="JSON object"):
        client.users.get_basic_profile("u1")


def test_errors_sit_in_the_shared_hierarchy() -> None:
    client = make(Recorder(lambda r: httpx.Response(404, json={"message": "gone"})))
    with pytest.raises(NotFoundError) as caught:
        client.users.get_user_id("x")
    assert isinstance(caught.value, MxitAPIException)
    assert isinstance(caught.value, APIError)
    assert caught.value.code == 404
    assert issubclass(MxitAPIParameterException, InvalidRequestError)
    assert issubclass(MxitAPIParameterException, ValueError)


def test_bad_input_never_reaches_the_wire() -> None:
    recorder = Recorder()
    client = with_user_token(make(recorder))
    sent = len(recorder.requests)
    calls: list[Callable[[], object]] = [
        lambda: client.users.get_user_id(""),
        lambda: client.users.get_user_id(5),  # type: ignore[arg-type]
        lambda: client.users.set_avatar(),
        lambda: client.users.upload_gallery_file("f", "n"),
        lambda: client.messaging.send_message("app", [], "x"),
        lambda: client.messaging.send_message("app", ["u"], "x", contains_markup="yes"),  # type: ignore[arg-type]
        lambda: client.users.get_status("a", scope=""),
        lambda: client.users.upload_gallery_file("f", "n", data=123),  # type: ignore[arg-type]
    ]
    for call in calls:
        with pytest.raises(MxitAPIParameterException):
            call()
    assert len(recorder.requests) == sent


def test_missing_upload_file_is_an_os_error(tmp_path: Path) -> None:
    client = with_user_token(make(Recorder()))
    with pytest.raises(FileNotFoundError):
        client.users.set_avatar(input_file_path=tmp_path / "missing.png")


def test_streamed_download_to_a_file(tmp_path: Path) -> None:
    payload = b"\x89PNG" + bytes(range(256)) * 1000
    client = make(Recorder(lambda r: httpx.Response(200, content=payload, headers={"content-type": "image/png"})))
    target = tmp_path / "out.png"
    assert client.users.get_avatar("someone", output_file_path=str(target)) is None
    assert target.read_bytes() == payload
    assert client.users.get_avatar("someone") == payload


def test_redirect_url_and_conflicting_spellings() -> None:
    assert make(Recorder(), redirect_url="http://a/cb").redirect_uri == "http://a/cb"
    with pytest.raises(MxitAPIParameterException, match="redirect_url"):
        make(Recorder(), redirect_uri="http://a/cb", redirect_url="http://b/cb")


def test_verify_cert_reaches_the_default_transports(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[object] = []
    original = httpx.HTTPTransport.__init__

    def spy(self: httpx.HTTPTransport, *args: Any, **kwargs: Any) -> None:
        seen.append(kwargs.get("verify"))
        original(self, *args, **kwargs)

    monkeypatch.setattr(httpx.HTTPTransport, "__init__", spy)
    Mxit("cid", "csecret", verify_cert=False)
    assert seen == [False]


def test_verify_cert_may_be_a_ca_bundle_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import ssl

    import certifi

    seen: list[object] = []
    original = httpx.AsyncHTTPTransport.__init__

    def spy(self: httpx.AsyncHTTPTransport, *args: Any, **kwargs: Any) -> None:
        seen.append(kwargs.get("verify"))
        original(self, *args, **kwargs)

    monkeypatch.setattr(httpx.AsyncHTTPTransport, "__init__", spy)
    monkeypatch.setenv("SWITCHBOARD_ASYNC_TRANSPORT", "httpcore")  # the aiohttp transport's context: below
    Mxit("cid", "csecret", verify_cert=certifi.where())  # requests' verify= took a CA bundle path; so does this
    Mxit("cid", "csecret", verify_cert=Path(certifi.where()))
    assert len(seen) == 2
    assert all(isinstance(context, ssl.SSLContext) for context in seen)
    assert all(context.verify_mode == ssl.CERT_REQUIRED for context in seen)  # type: ignore[attr-defined]
    monkeypatch.setenv("SWITCHBOARD_ASYNC_TRANSPORT", "aiohttp")
    on_aiohttp = Mxit("cid", "csecret", verify_cert=certifi.where())._settings.async_transport
    assert isinstance(on_aiohttp, AiohttpTransport)
    assert isinstance(on_aiohttp._ssl, ssl.SSLContext)
    assert on_aiohttp._ssl.verify_mode == ssl.CERT_REQUIRED
    with pytest.raises(MxitAPIParameterException, match="CA bundle"):
        Mxit("cid", "csecret", verify_cert=tmp_path / "missing.pem")
    with pytest.raises(MxitAPIParameterException, match="verify_cert"):
        Mxit("cid", "csecret", verify_cert=1)  # type: ignore[arg-type]


def test_reprs_hide_credentials() -> None:
    client = make(Recorder(), redirect_uri="http://a/cb")
    assert "cid" not in repr(client)
    assert "csecret" not in repr(client)
    assert "csecret" not in repr(client.auth)


def test_create_redirect_link() -> None:
    assert create_redirect_link(False, "svc", "Go") == {"CreateTemporaryContact": False, "TargetService": "svc",
                                                        "Text": "Go"}  # fmt: skip
    assert create_redirect_link(True, "svc", "Go", True, {"a": "b"})["AddToBackHistory"] is True


class LegacyCache:
    def __init__(self) -> None:
        self.data: dict[str, Any] = {}
        self.calls: list[tuple[str, Any, Any]] = []

    def get(self, key: str) -> Any:
        return self.data.get(key)

    def set(self, key: str, value: Any, timeout: Any) -> None:
        self.calls.append((key, value, timeout))
        self.data[key] = value


def test_external_cache_layout_and_reuse() -> None:
    cache = LegacyCache()
    recorder = Recorder(lambda r: httpx.Response(200, json="x"))
    client = make(recorder, cache=cache)
    client.users.get_status("a", scope="profile/public message/send")
    keys = [key for key, _, _ in cache.calls]
    assert keys == [
        "oauth_app_profile_public message_send_cid",
        "oauth_app_profile_public_cid",
        "oauth_app_message_send_cid",
    ]
    assert {timeout for _, _, timeout in cache.calls} == {3300}
    other = make(recorder, cache=cache)
    before = len(recorder.requests)
    other.users.get_status("a")  # profile/public: found in the external cache
    assert len(recorder.requests) == before + 1


def test_external_cache_get_accepts_bytes_and_ignores_junk() -> None:
    cache = LegacyCache()
    cache.data = {"a": b"tok", "b": 5}
    external = ExternalTokenCache(cache)
    assert external.get("a") == Token("tok")
    assert external.get("b") is None
    with pytest.raises(MxitAPIParameterException, match="cache"):
        make(Recorder(), cache=object())


async def test_async_client_wire_and_download(tmp_path: Path) -> None:
    payload = b"GIF89a" * 1000

    def answer(request: httpx.Request) -> httpx.Response:  # the file offer answers its file id, as a JSON string
        if request.url.path.endswith("/send"):
            return httpx.Response(200, json="fileid1")
        return httpx.Response(200, content=payload)

    recorder = Recorder(answer)
    async with AsyncMxit("cid", "csecret", async_transport=httpx.MockTransport(recorder), max_retries=0) as client:
        assert await client.users.get_avatar("a") == payload
        await client.users.get_avatar("a", output_file_path=tmp_path / "a.gif")
        assert (tmp_path / "a.gif").read_bytes() == payload
        with pytest.raises(MxitAPIParameterException, match="get_user_token"):
            await client.users.get_gallery_file("f1")
        await client.users.upload_file_and_send_file_offer("x.gif", "u1", data=b"GIF89a")
    upload = recorder.api[-1]
    assert upload.headers["content-type"] == "application/octet-stream"  # python-mxit's default
    assert upload.content == b"GIF89a"


def test_non_ascii_path_values_are_utf8_percent_encoded() -> None:
    recorder = Recorder(lambda r: httpx.Response(200, json="u1"))
    make(recorder).users.get_user_id("café")
    assert recorder.api[0].url.raw_path == b"/user/lookup/caf%C3%A9"


def test_with_options_shares_tokens_and_changes_retries() -> None:
    answers = iter([httpx.Response(503), httpx.Response(200, json="ok")])
    recorder = Recorder(lambda r: next(answers))
    client = make(recorder)
    client.oauth.get_app_token("profile/public")
    patient = client.with_options(max_retries=1, timeout=3.0)
    assert patient.users.get_status("a") == "ok"  # retried once after the 503
    assert [r.url.path for r in recorder.requests].count("/token") == 1  # the token was shared
    assert patient._settings.timeout.read == 3.0
    assert client._settings.retry.max_retries == 0


def test_import_mxit_does_not_load_the_generated_package_until_a_call() -> None:
    import os
    import subprocess
    import sys

    code = (
        "import sys, httpx, mxit\n"
        "assert not [m for m in sys.modules if m.startswith('mxit_api')], 'imported too early'\n"
        "def answer(request):\n"
        "    if request.url.path == '/token':\n"
        "        return httpx.Response(200, json={'access_token': 't', 'expires_in': 3600})\n"
        "    return httpx.Response(200, json='m1')\n"
        "client = mxit.Mxit('cid', 'csecret', transport=httpx.MockTransport(answer))\n"
        "assert client.users.get_user_id('x') == 'm1'\n"
        "assert 'mxit_api.api.users.get_user_id' in sys.modules\n"
        "assert 'mxit_api.api.gallery.get_gallery_file' not in sys.modules\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, env=env)
    assert result.returncode == 0, result.stderr

"""The direct-message builders (``QuickReply``, ``Option``, ``CTA``, ``Button``) and attachment checks: the
documented limits and wrong types are refused before anything is sent (a ``MockTransport`` fails the test if a
request goes out), and the wire forms are 1.3.6's."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

import pytweet

from .test_facade_unit import a_user, client, nothing_sent


@pytest.fixture
def offline() -> Iterator[pytweet.Client]:
    with client(nothing_sent) as c:
        yield c


def test_quick_reply_wire_form_keeps_nulls_and_order() -> None:
    quick = pytweet.QuickReply().add_option(label="A", description="first", metadata="m1").add_option(label="B")
    assert quick.wire() == {
        "type": "options",
        "options": [
            {"label": "A", "description": "first", "metadata": "m1"},
            {"label": "B", "description": None, "metadata": None},
        ],
    }
    assert len(quick) == 2
    assert quick.options[1] == pytweet.Option("B")


def test_cta_wire_form_never_sends_the_tco_url() -> None:
    cta = pytweet.CTA().add_button(label="Go", url="https://example.com", tco_url="https://t.co/x")
    assert cta.wire() == [{"type": "web_url", "label": "Go", "url": "https://example.com"}]
    assert cta.buttons[0].type is pytweet.ButtonType.web_url
    assert isinstance(cta.buttons[0], pytweet.Button)


def _twenty_one_options() -> pytweet.QuickReply:
    quick = pytweet.QuickReply()
    for n in range(21):
        quick.add_option(label=f"option {n}")
    return quick


def _four_buttons() -> pytweet.CTA:
    cta = pytweet.CTA()
    for n in range(4):
        cta.add_button(label=f"b{n}", url="https://example.com")
    return cta


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (_twenty_one_options, "at most 20 options"),
        (lambda: pytweet.QuickReply().add_option(label="x" * 37), "label must be at most 36"),
        (lambda: pytweet.QuickReply().add_option(label=""), "label must not be empty"),
        (lambda: pytweet.QuickReply().add_option(label="a", description="d" * 73), "description must be at most 72"),
        (lambda: pytweet.QuickReply().add_option(label="a", metadata="m" * 1001), "metadata must be at most 1000"),
        (lambda: pytweet.QuickReply(type="buttons"), "must be 'options'"),
        (_four_buttons, "at most 3 buttons"),
        (lambda: pytweet.CTA().add_button(label="x" * 37, url="https://example.com"), "at most 36"),
        (lambda: pytweet.CTA().add_button(label="Go", url="example.com"), "http\\(s\\) URL"),
        (lambda: pytweet.CTA().add_button(label="Go", url="https://e.com", type="postback"), "'web_url'"),
    ],
)
def test_builder_limits_are_checked_as_they_are_built(build: Callable[[], Any], message: str) -> None:
    with pytest.raises(pytweet.InvalidRequest, match=message) as caught:
        build()
    assert isinstance(caught.value, pytweet.PytweetException)


@pytest.mark.parametrize(
    ("action", "error", "message"),
    [
        (lambda c, u, f: u.send("hi", quick_reply={"type": "options"}), TypeError, "pytweet.QuickReply"),
        (lambda c, u, f: u.send("hi", cta=[]), TypeError, "pytweet.CTA"),
        (lambda c, u, f: u.send("hi", file="photo.png"), TypeError, "pytweet.File"),
        (lambda c, u, f: u.send("hi", custom_profile=1), TypeError, "pytweet.CustomProfile"),
        (lambda c, u, f: u.send("x" * 10001, file=f), pytweet.InvalidRequest, "at most 10000"),
        (lambda c, u, f: u.send("hi", quick_reply=pytweet.QuickReply()), pytweet.InvalidRequest, "at least one"),
        (lambda c, u, f: c.create_custom_profile("x" * 51, f), pytweet.InvalidRequest, "1 to 50 characters"),
        (lambda c, u, f: c.create_custom_profile("name", "avatar.png"), TypeError, "pytweet.File"),
        (lambda c, u, f: c.create_welcome_message("n", "t", cta=pytweet.CTA()), pytweet.InvalidRequest, "at least"),
        (lambda c, u, f: c.tweet("x" * 281, file=f), pytweet.InvalidRequest, "at most 280"),
        (lambda c, u, f: c.fetch_message("abc"), ValueError, "event_id must be an int"),
        (lambda c, u, f: c.fetch_welcome_message("x"), ValueError, "welcome_message_id must be an int"),
    ],
)
def test_bad_messages_are_refused_before_anything_is_sent(
    offline: pytweet.Client, tmp_path: Path, action: Any, error: type[Exception], message: str
) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(b"png")
    with pytest.raises(error, match=message) as caught:
        action(offline, a_user(offline), pytweet.File(path))
    assert isinstance(caught.value, pytweet.PytweetException)


def test_a_file_needs_a_known_media_type(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="media type"):
        pytweet.File(tmp_path / "notes.unknownext")
    with pytest.raises(pytweet.InvalidRequest, match="media_category must be one of"):
        pytweet.File(tmp_path / "a.png", media_category="profile_banner")


@pytest.mark.parametrize(
    ("name", "dm", "dm_only", "category"),
    [
        ("a.png", False, False, "tweet_image"),
        ("a.png", True, False, "dm_image"),
        ("a.gif", False, True, "dm_gif"),
        ("a.gif", False, False, "tweet_gif"),
        ("a.mp4", False, False, "tweet_video"),
        ("a.mp4", True, False, "dm_video"),
        ("a.srt", False, False, None),
    ],
)
def test_media_categories_follow_the_call_and_dm_only(
    tmp_path: Path, name: str, dm: bool, dm_only: bool, category: str | None
) -> None:
    assert pytweet.File(tmp_path / name, dm_only=dm_only).category(dm=dm) == category


def test_a_message_built_without_a_client_cannot_send() -> None:
    message = pytweet.DirectMessage({"event": {"id": "5", "type": "message_create", "message_create": {}}})
    with pytest.raises(pytweet.InvalidRequest, match="not built by a client"):
        message.delete()
    assert message.id == 5
    assert message.quick_reply is None
    assert message.created_at is not None


def test_mark_read_names_the_other_party(tmp_path: Path) -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    with client(answer) as c:
        received = {
            "event": {
                "id": "77",
                "type": "message_create",
                "created_timestamp": "1700000000000",
                "message_create": {"target": {"recipient_id": "1000000001"}, "sender_id": "1000000002"},
            }
        }
        message = pytweet.DirectMessage(received, http_client=c.http)
        assert message.created_at == datetime.fromtimestamp(1700000000)
        message.mark_read()  # 1.3.6 crashed before sending; the request below is the proof
    assert seen[0].method == "POST"
    assert seen[0].url.path == "/1.1/direct_messages/mark_read.json"
    assert dict(seen[0].url.params) == {"last_read_event_id": "77", "recipient_id": "1000000002"}
    assert seen[0].headers["Authorization"].startswith("OAuth ")

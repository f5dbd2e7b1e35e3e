"""Part 2's direct messages, welcome messages and custom profiles through the pytweet facade, sync and async,
against the sandbox (replayed from cassettes: a request that differs from the recorded one does not replay).
The scenarios follow the documented calls: ``User.send`` with quick replies and buttons, the message cache,
``fetch_message``, ``mark_read`` and ``delete``; a welcome message with its rule, updated and deleted; a custom
profile with an uploaded avatar, then used to send a message with an attachment."""

from __future__ import annotations

from pathlib import Path

import pytest

import pytweet

from .conftest import FRIEND, ME, AnyClient, Sandbox, call, is_model

pytestmark = [pytest.mark.vcr, pytest.mark.sandbox_only]

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
"""A small image; the sandbox counts the bytes, it does not decode them."""


def picture(tmp_path: Path, name: str = "avatar.png") -> pytweet.File:
    path = tmp_path / name
    path.write_bytes(PNG)
    return pytweet.File(path)


async def test_a_direct_message_is_sent_cached_fetched_read_and_deleted(client: AnyClient, sandbox: Sandbox) -> None:
    friend = await call(client.fetch_user(FRIEND))
    options = (
        pytweet.QuickReply()
        .add_option(label="Red", description="The warm one", metadata="colour-red")
        .add_option(label="Blue")
    )
    buttons = pytweet.CTA().add_button(label="Docs", url="https://example.com/docs")
    sent = await call(friend.send("Pick a colour #sandbox", quick_reply=options, cta=buttons))
    assert is_model(sent, "DirectMessage", client)
    assert sent.text == "Pick a colour #sandbox"
    assert sent.type is pytweet.MessageTypeEnum.DIRECT_MESSAGE
    assert sent.event_type is pytweet.MessageEventTypeEnum.message_create
    assert sent.recipient == friend
    assert is_model(sent.recipient, "User", client)
    assert [tag.text for tag in sent.hashtags] == ["sandbox"]
    assert sent.mentions == []
    assert sent.urls == []
    assert sent.symbols == []
    quick = sent.quick_reply
    assert quick is not None
    assert [(o.label, o.description, o.metadata) for o in quick.options] == [
        ("Red", "The warm one", "colour-red"),
        ("Blue", None, None),
    ]
    assert sent.cta is not None
    assert [b.url for b in sent.cta.buttons] == ["https://example.com/docs"]
    assert id(client.get_message(sent.id)) == id(sent)  # the very object, kept in the cache (`is` would narrow)
    assert id(client.get_message(str(sent.id))) == id(sent)

    fetched = await call(client.fetch_message(sent.id))
    assert fetched == sent
    assert fetched is not sent
    assert fetched.text == sent.text
    assert fetched.recipient == friend

    assert await call(sent.mark_read()) is None  # 1.3.6 crashed before sending this
    assert sandbox.state()["read_marks"] == {f"{ME}:{FRIEND}": str(sent.id)}

    assert await call(sent.delete()) is None
    assert client.get_message(sent.id) is None
    with pytest.raises(pytweet.NotFound):
        await call(client.fetch_message(sent.id))


async def test_a_welcome_message_with_its_rule_is_updated_and_deleted(client: AnyClient, sandbox: Sandbox) -> None:
    options = pytweet.QuickReply().add_option(label="Sales").add_option(label="Support")
    welcome = await call(client.create_welcome_message("greeting", "Welcome!", quick_reply=options))
    assert is_model(welcome, "WelcomeMessage", client)
    assert (welcome.name, welcome.text) == ("greeting", "Welcome!")
    assert welcome.created_at is not None

    same = await call(client.fetch_welcome_message(welcome.id))
    assert (same.id, same.text, same.name) == (welcome.id, "Welcome!", "greeting")

    rule = await call(welcome.set_rule())
    assert is_model(rule, "WelcomeMessageRule", client)
    assert rule.welcome_message_id == welcome.id
    fetched_rule = await call(client.fetch_welcome_message_rules(str(rule.id)))
    assert (fetched_rule.id, fetched_rule.welcome_message_id) == (rule.id, welcome.id)

    buttons = pytweet.CTA().add_button(label="Help centre", url="https://example.com/help")
    updated = await call(welcome.update("Welcome back!", cta=buttons))  # 1.3.6 sent a bare body and raised
    assert is_model(updated, "WelcomeMessage", client)
    assert (updated.id, updated.text, updated.name) == (welcome.id, "Welcome back!", "greeting")
    assert (await call(client.fetch_welcome_message(welcome.id))).text == "Welcome back!"

    assert await call(rule.delete()) is None
    assert sandbox.state()["welcome_rules"] == []
    assert await call(welcome.delete()) is None
    assert sandbox.state()["welcome_messages"] == []
    with pytest.raises(pytweet.NotFound):
        await call(client.fetch_welcome_message(welcome.id))


async def test_a_custom_profile_sends_a_message_with_an_attachment(
    client: AnyClient, sandbox: Sandbox, tmp_path: Path
) -> None:
    profile = await call(client.create_custom_profile("Support team", picture(tmp_path)))
    assert isinstance(profile, pytweet.CustomProfile)  # 1.3.6 raised after the POST succeeded
    assert profile.name == "Support team"
    assert profile.avatar_url is not None
    assert profile.avatar_url.startswith("https://pbs.twimg.com/media/")
    assert sandbox.state()["custom_profiles"] == [str(profile.id)]

    friend = await call(client.fetch_user(FRIEND))
    sent = await call(friend.send("From the team", custom_profile=profile, file=picture(tmp_path, "photo.png")))
    assert sent.custom_profile_id == profile.id
    assert sent.attachment_url is not None
    uploads = sandbox.state()["uploads"]
    assert len(uploads) == 2
    assert {u["state"] for u in uploads.values()} == {"succeeded"}
    assert {u["received"] for u in uploads.values()} == {len(PNG)}


async def test_a_welcome_message_can_carry_an_uploaded_image(client: AnyClient, tmp_path: Path) -> None:
    welcome = await call(client.create_welcome_message("with picture", "Hello", file=picture(tmp_path)))
    assert welcome.text == "Hello"
    updated = await call(welcome.update("Hello again", file=picture(tmp_path, "second.png")))
    assert updated.text == "Hello again"

"""The part 2 names in the call forms PyTweet 1.3.6's documentation gives them (constructors, chained builders,
the ``@client.event`` decorator for the stream events), written as a migrating user's code would use them. No
requests: what these forms send is proven by the cassette tests next to this file."""

from __future__ import annotations

from pathlib import Path

import pytweet

from .conftest import BEARER_TOKEN


def test_builders_in_their_documented_forms() -> None:
    quick = pytweet.QuickReply(type="options").add_option(label="Yes", description="Agree", metadata="yes")
    assert [(o.label, o.description, o.metadata) for o in quick.options] == [("Yes", "Agree", "yes")]
    assert quick.raw_options == [{"label": "Yes", "description": "Agree", "metadata": "yes"}]
    option = pytweet.Option("No", "Disagree", "no")
    assert (option.label, option.description, option.metadata) == ("No", "Disagree", "no")
    cta = pytweet.CTA().add_button(
        label="Open", url="https://twitter.com", type=pytweet.ButtonType.web_url, tco_url=None
    )
    assert [(b.label, b.url, b.type) for b in cta.buttons] == [
        ("Open", "https://twitter.com", pytweet.ButtonType.web_url)
    ]


def test_models_in_their_documented_forms(tmp_path: Path) -> None:
    profile = pytweet.CustomProfile(
        "Support", "100001", "1470182394258", {"media": {"url": "https://pbs.twimg.com/a.jpg"}}
    )
    assert (profile.name, profile.id, profile.avatar_url) == ("Support", 100001, "https://pbs.twimg.com/a.jpg")
    assert profile.created_at is not None
    welcome = pytweet.WelcomeMessage(
        "greeting", text="Hi", id="844385345234", timestamp="1470182274821", http_client=None
    )
    assert (welcome.name, welcome.text, welcome.id, welcome.type) == (
        "greeting",
        "Hi",
        844385345234,
        pytweet.MessageTypeEnum.MESSAGE_WELCOME_MESSAGE,
    )
    rule = pytweet.WelcomeMessageRule("9910934913490319", "844385345234", "1470182394258", http_client=None)
    assert (rule.id, rule.welcome_message_id) == (9910934913490319, 844385345234)
    event = {
        "event": {
            "id": "1234858592",
            "type": "message_create",
            "message_create": {"target": {"recipient_id": "2244994945"}, "message_data": {"text": "Hello World!"}},
        }
    }
    message = pytweet.DirectMessage(event, http_client=None)
    assert (message.id, message.text, message.recipient_id) == (1234858592, "Hello World!", 2244994945)
    path = tmp_path / "clip.mp4"
    path.write_bytes(b"0")
    assert pytweet.File(str(path), dm_only=False).mimetype == "video/mp4"


def test_stream_forms_and_the_event_decorator() -> None:
    stream = pytweet.Stream(backfill_minutes=0, reconnect_attempts=15)
    assert stream.add_rule("cats", tag="pets") is stream
    assert stream.rules == [pytweet.StreamRule("cats", tag="pets", id=None)]
    sample = pytweet.Stream.sample_stream(backfill_minutes=0, reconnect_attempts=15)
    assert sample.rules is None
    connection = pytweet.StreamConnection(
        "/2/tweets/search/stream", backfill_minutes=0, reconnect_attempts=0, http_client=None
    )
    assert connection.closed is True
    assert connection.is_close() is True
    client = pytweet.Client(
        BEARER_TOKEN,
        consumer_key=None,
        consumer_key_secret=None,
        access_token=None,
        access_token_secret=None,
        stream=stream,
    )
    seen: list[object] = []

    @client.event
    def on_stream_connect(connection: pytweet.StreamConnection) -> None:
        seen.append(connection)

    assert on_stream_connect is None  # 1.3.6's event() returned None
    client.http.events["stream_connect"](stream.connection)
    assert seen == [stream.connection]
    client.close()

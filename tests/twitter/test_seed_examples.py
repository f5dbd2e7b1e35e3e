"""The PyTweet 1.3.6 documentation's code examples, run unchanged against the sandbox (replayed), sync and async.

``shared/seeds/twitter.txt`` is the documentation as text and has two code examples, both stream events: the
``on_stream`` handler under ``Client.stream`` (its lines run together into one: ``@client.event def
on_stream(tweet, connection): ... #Do what ...``) and the ``on_stream_connect`` handler of the Event Reference
(its body lost its indentation). :func:`restore` puts the line breaks and the indentation back and changes
nothing else. The namespace supplies ``client``: a ``pytweet.Client`` made as the documentation says ("make sure
to put stream kwarg in client") with a stream of one rule, which the sandbox answers with a tweet made up for the
rule. The stream is then run with the documented ``client.stream()``; it has ``reconnect_attempts=0``, so the
sandbox's end of the stream ends it (``on_stream`` does nothing, so it cannot close the connection itself).
"""

from __future__ import annotations

import re
from typing import Any

import pytest

import pytweet
from tests.seeds import seed_file

from .conftest import Sandbox, call, make_async_client, make_client

SEED = seed_file("twitter")
TEXT = SEED.read_text()
ON_STREAM = re.search(r"@client\.event def on_stream\(tweet, connection\):.*$", TEXT, re.M)
ON_STREAM_CONNECT = re.search(
    r"^@client\.event\ndef on_stream_connect\(connection\):\nprint\(connection\)$", TEXT, re.M
)
RULE = "from:sandbox_stream"

pytestmark = [pytest.mark.vcr, pytest.mark.sandbox_only]


def restore(code: str) -> str:
    """The example as Python: the decorator and the ``def`` on lines of their own, the body indented."""
    code = code.replace("@client.event def ", "@client.event\ndef ")
    out: list[str] = []
    in_body = False
    for line in code.splitlines():
        header, colon, rest = line.partition("):")
        if line.startswith("def ") and colon:
            out.append(header + colon)
            in_body = True
            if rest.strip():
                out.append("    " + rest.strip())
        else:
            out.append("    " + line.strip() if in_body else line)
    return "\n".join(out) + "\n"


def test_the_seed_has_the_expected_examples() -> None:
    assert ON_STREAM is not None
    assert ON_STREAM_CONNECT is not None
    assert restore(ON_STREAM.group(0)) == (
        "@client.event\ndef on_stream(tweet, connection):\n"
        "    ... #Do what you want with tweet and connection you got.\n"
    )
    assert restore(ON_STREAM_CONNECT.group(0)) == (
        "@client.event\ndef on_stream_connect(connection):\n    print(connection)\n"
    )


def _run(code: str, namespace: dict[str, Any]) -> None:
    exec(compile(restore(code), str(SEED), "exec"), namespace)  # noqa: S102  (the documentation's own code)


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_the_stream_event_examples_run_unchanged(
    kind: str, sandbox: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    stream_class = pytweet.Stream if kind == "sync" else pytweet.AsyncStream
    stream = stream_class(backfill_minutes=0, reconnect_attempts=0)
    stream.add_rule(RULE, tag="seed")
    if kind == "sync":
        with make_client(stream=stream) as client:
            seen = await _run_examples(client)
    else:
        async with make_async_client(stream=stream) as asynchronous:
            seen = await _run_examples(asynchronous)
    assert len(seen) == 1
    tweet, connection = seen[0]
    assert isinstance(tweet, pytweet.Tweet)
    assert connection is stream.connection
    assert connection.closed
    assert capsys.readouterr().out.splitlines() == [  # on_stream_connect printed the connection, once
        "StreamConnection(url='/2/tweets/search/stream' closed=False errors=0)"
    ]


async def _run_examples(client: pytweet.Client | pytweet.AsyncClient) -> list[tuple[Any, Any]]:
    """Both examples run in a namespace holding ``client``, then the documented ``client.stream()``; what the
    seed's ``on_stream`` was called with."""
    assert ON_STREAM is not None
    assert ON_STREAM_CONNECT is not None
    namespace: dict[str, Any] = {"client": client}
    _run(ON_STREAM.group(0), namespace)
    _run(ON_STREAM_CONNECT.group(0), namespace)
    assert namespace["on_stream"] is None  # event() returns None
    assert namespace["on_stream_connect"] is None
    seen: list[tuple[Any, Any]] = []
    documented = client.http.events["stream"]

    def watched(tweet: pytweet.Tweet, connection: pytweet.StreamConnection) -> None:
        seen.append((tweet, connection))
        documented(tweet, connection)  # the seed's handler itself

    client.http.events["stream"] = watched
    assert await call(client.stream()) is None
    return seen

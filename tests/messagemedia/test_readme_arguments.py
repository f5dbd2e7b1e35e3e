"""The README shows the client's real argument names (a newcomer copies them as keywords)."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

from message_media_messages import AsyncMessageMediaMessagesClient, MessageMediaMessagesClient

README = Path(__file__).resolve().parents[2] / "packaging" / "messagemedia" / "README.md"
CALL = re.compile(r"\b(Async)?MessageMediaMessagesClient\(([^()]*)\)")
IDENTIFIER = re.compile(r"[A-Za-z_]\w*")


def test_every_constructor_call_in_the_readme_uses_real_parameter_names() -> None:
    calls = CALL.findall(README.read_text())
    assert len(calls) >= 3
    for is_async, arguments in calls:
        cls = AsyncMessageMediaMessagesClient if is_async else MessageMediaMessagesClient
        parameters = inspect.signature(cls).parameters
        for argument in filter(None, (a.strip() for a in arguments.split(","))):
            name = argument.split("=", 1)[0].strip() if "=" in argument else argument
            if IDENTIFIER.fullmatch(name) and name not in {"True", "False", "None"}:
                assert name in parameters, f"README: {cls.__name__}({arguments}): no parameter {name!r}"

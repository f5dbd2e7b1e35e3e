"""WireBody and PARSE_CLIENT against real generated modules: the wire dict goes out untouched, parsers work."""

from __future__ import annotations

from typing import cast

import httpx

from messagemedia_api.api.messages import get_message_status, send_messages
from messagemedia_api.models import SendMessagesRequest, SentMessage
from switchboard_core import PARSE_CLIENT, WireBody


def test_a_wire_body_goes_through_the_generated_kwargs_exactly() -> None:
    wire = {"messages": [{"content": "hi", "destination_number": "+61491570156", "x-extra": [1, 2]}]}
    kwargs = send_messages._get_kwargs(body=cast(SendMessagesRequest, WireBody(wire)))
    assert kwargs["json"] is wire
    assert (kwargs["method"], kwargs["url"]) == ("post", "/v1/messages")


def test_its_repr_never_shows_the_content() -> None:
    assert "secret-value" not in repr(WireBody({"password": "secret-value"}))


def test_generated_parsers_accept_the_parse_client() -> None:
    ok = httpx.Response(200, json={"message_id": "m1", "status": "queued"})
    parsed = get_message_status._parse_response(client=PARSE_CLIENT, response=ok)
    assert isinstance(parsed, SentMessage)
    assert parsed.message_id == "m1"
    undocumented = httpx.Response(418, json={})
    assert get_message_status._parse_response(client=PARSE_CLIENT, response=undocumented) is None

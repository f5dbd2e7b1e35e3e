"""Every generated operation module offers a public ``build_request`` / ``parse_response`` pair (the custom
``endpoint_module.py.jinja``): the supported boundary between the facades and the generated code."""

from __future__ import annotations

import importlib
import pkgutil

import httpx
import pytest

from messagemedia_api.api.messages import get_message_status, send_messages
from messagemedia_api.models import SendMessagesRequest, SendMessagesResponse, SentMessage

PACKAGES = ("messagemedia_api", "mxit_api", "smscx_api", "twitter_api", "vumigo_api")


@pytest.mark.parametrize("package", PACKAGES)
def test_every_operation_module_has_the_public_pair(package: str) -> None:
    api = importlib.import_module(f"{package}.api")
    modules = [m.name for m in pkgutil.walk_packages(api.__path__, f"{package}.api.") if not m.ispkg]
    assert modules
    for name in modules:
        module = importlib.import_module(name)
        assert callable(module.build_request), name
        assert callable(module.parse_response), name
        assert not hasattr(module, "_get_kwargs"), f"{name}: the private pre-issue-10 shims are gone"
        assert not hasattr(module, "_parse_response"), name


def test_a_wire_mapping_is_sent_exactly_as_given() -> None:
    wire = {"messages": [{"destination_number": "+61491570156", "content": "hi", "scheduled": "2030-01-01T00:00Z"}]}
    kwargs = send_messages.build_request(body=wire, account="acc")
    assert kwargs["json"] is wire
    assert kwargs["headers"] == {"Account": "acc", "Content-Type": "application/json"}
    model = SendMessagesRequest.from_dict({"messages": [{"destination_number": "+6149", "content": "hi"}]})
    assert send_messages.build_request(body=model)["json"] == model.to_dict()


def test_parse_response_needs_no_client() -> None:
    answer = httpx.Response(
        200, json={"message_id": "m1", "destination_number": "+6149", "content": "hi", "status": "queued"}
    )
    parsed = get_message_status.parse_response(answer)
    assert isinstance(parsed, SentMessage)
    assert get_message_status.parse_response(httpx.Response(418)) is None
    with pytest.raises(Exception, match="418"):
        get_message_status.parse_response(httpx.Response(418), raise_on_unexpected_status=True)
    sent = send_messages.parse_response(httpx.Response(202, json={"messages": []}))
    assert isinstance(sent, SendMessagesResponse)

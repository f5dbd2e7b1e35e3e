"""Retries and failures through the sandbox's injected faults: idempotent calls are retried, sends are not,
and whatever is raised keeps the status and the raw body (HTML included)."""

from __future__ import annotations

import pytest

from mxit import Mxit, MxitServerErrorException
from switchboard_core import InternalServerError

from .conftest import Sandbox

pytestmark = [pytest.mark.vcr, pytest.mark.sandbox_only]


def test_a_lookup_is_retried_through_two_503s(client: Mxit, sandbox: Sandbox) -> None:
    client.oauth.get_app_token("profile/public")
    sandbox.fail_next(503, times=2, retry_after=0)
    assert client.users.get_user_id("example_mxit_id") == "example_user_id"


def test_a_message_is_not_resent_after_a_503(client: Mxit, sandbox: Sandbox) -> None:
    client.oauth.get_app_token("message/send")
    sandbox.fail_next(503)
    with pytest.raises(MxitServerErrorException) as caught:
        client.messaging.send_message("example_app_mxit_id", ["mxit_user_id_1"], "once")
    assert caught.value.status_code == 503
    assert sandbox.state()["messages"] == []


def test_an_html_502_is_a_typed_error_with_the_body(client: Mxit, sandbox: Sandbox) -> None:
    client.oauth.get_app_token("profile/public")
    sandbox.fail_next(502, times=3, html=True)
    with pytest.raises(MxitServerErrorException) as caught:
        client.users.get_display_name("example_mxit_id")
    assert isinstance(caught.value, InternalServerError)
    assert caught.value.code == 502
    assert b"<h1>502 Bad Gateway</h1>" in caught.value.response_body
    assert caught.value.json() is None


def test_a_failing_token_endpoint_says_which_token(client: Mxit, sandbox: Sandbox) -> None:
    sandbox.fail_next(500)
    with pytest.raises(MxitServerErrorException, match="Failed to retrieve app token for 'profile/public' scope"):
        client.users.get_status("example_mxit_id")
    assert client.users.get_status("example_mxit_id") == "Exploring the sandbox"  # nothing was kept

"""Recognisable credentials through every provider's auth flows and error paths: zero occurrences anywhere.

Looked for in ``repr``/``str`` of clients, auth objects, exceptions and the requests they keep, formatted
tracebacks with their chained causes, and every log record at DEBUG on the root, ``httpx``, ``httpcore`` and
``switchboard`` loggers. Each credential is also looked for in the forms it takes on the wire (a Basic pair is
base64 of ``user:password``).
"""

from __future__ import annotations

import base64
import logging
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import mxit
import pytweet
import smscx_client
from go_http import ContactsApiClient, HttpApiSender
from message_media_messages import MessageMediaMessagesClient
from smscx_client.api import groups_api
from switchboard_core import SwitchboardError

ISSUED_TOKEN = "SWEEP-issued-access-token-0001"
ISSUED_REFRESH = "SWEEP-issued-refresh-token-0002"
MXIT_CODE = "SWEEP-mxit-authorization-code"
TWITTER_VERIFIER = "SWEEP-twitter-verifier"


def _basic(user: str, password: str) -> str:
    return base64.b64encode(f"{user}:{password}".encode()).decode()


class _Flow:
    """One auth flow of one provider: how to build the client, one call, and the secrets it was given."""

    def __init__(
        self,
        build: Callable[[httpx.MockTransport], Any],
        call: Callable[[Any], object],
        secrets: list[str],
    ) -> None:
        self.build = build
        self.call = call
        self.secrets = secrets


def _mxit_user_token(client: Any) -> object:
    client.auth.redirect_uri = "http://example.org/cb"
    client.oauth.get_user_token("status/write", MXIT_CODE)  # a name: traceback lines quote the source
    return client.users.set_status("hello")


FLOWS: dict[str, _Flow] = {
    "mxit-client-credentials": _Flow(
        lambda t: mxit.Mxit("SWEEP-mxit-client-id", "SWEEP-mxit-client-secret", transport=t, max_retries=0),
        lambda c: c.users.get_user_id("someone"),
        [
            "SWEEP-mxit-client-id",
            "SWEEP-mxit-client-secret",
            _basic("SWEEP-mxit-client-id", "SWEEP-mxit-client-secret"),
        ],
    ),
    "mxit-authorization-code": _Flow(
        lambda t: mxit.Mxit("SWEEP-mxit-client-id", "SWEEP-mxit-client-secret", transport=t, max_retries=0),
        _mxit_user_token,
        ["SWEEP-mxit-client-secret", MXIT_CODE],
    ),
    "messagemedia-basic": _Flow(
        lambda t: MessageMediaMessagesClient("SWEEP-mm-api-key", "SWEEP-mm-api-secret", transport=t, max_retries=0),
        lambda c: c.messages.get_message_status("m1"),
        ["SWEEP-mm-api-key", "SWEEP-mm-api-secret", _basic("SWEEP-mm-api-key", "SWEEP-mm-api-secret")],
    ),
    "messagemedia-hmac": _Flow(
        lambda t: MessageMediaMessagesClient(
            "SWEEP-mm-hmac-key", "SWEEP-mm-hmac-secret", True, transport=t, max_retries=0
        ),
        lambda c: c.messages.get_message_status("m1"),
        ["SWEEP-mm-hmac-key", "SWEEP-mm-hmac-secret"],
    ),
    "smscx-api-key": _Flow(
        lambda t: smscx_client.ApiClient(
            smscx_client.Configuration(host="https://api.sms.cx", api_key="SWEEP-smscx-api-key", max_retries=0),
            transport=t,
        ),
        lambda c: groups_api.GroupsApi(c).get_groups_list(),
        ["SWEEP-smscx-api-key"],
    ),
    "smscx-access-token": _Flow(
        lambda t: smscx_client.ApiClient(
            smscx_client.Configuration(
                host="https://api.sms.cx", access_token="SWEEP-smscx-access-token", max_retries=0
            ),
            transport=t,
        ),
        lambda c: groups_api.GroupsApi(c).get_groups_list(),
        ["SWEEP-smscx-access-token"],
    ),
    "smscx-client-credentials": _Flow(
        lambda t: smscx_client.ApiClient(
            smscx_client.Configuration(
                host="https://api.sms.cx",
                username="SWEEP-smscx-app-id",
                password="SWEEP-smscx-app-secret",
                max_retries=0,
            ),
            transport=t,
        ),
        lambda c: groups_api.GroupsApi(c).get_groups_list(),
        ["SWEEP-smscx-app-secret", _basic("SWEEP-smscx-app-id", "SWEEP-smscx-app-secret")],
    ),
    "vumigo-token": _Flow(
        lambda t: ContactsApiClient("SWEEP-vumigo-auth-token", "https://go.example/api/v1/go", transport=t),
        lambda c: c.get_contact("k"),
        ["SWEEP-vumigo-auth-token"],
    ),
    "vumigo-conversation": _Flow(
        lambda t: HttpApiSender(
            "SWEEP-vumigo-account-key", "conversation-1", "SWEEP-vumigo-conversation-token", transport=t
        ),
        lambda c: c.send_text("+27000000000", "hi"),
        [
            "SWEEP-vumigo-conversation-token",
            _basic("SWEEP-vumigo-account-key", "SWEEP-vumigo-conversation-token"),
        ],
    ),
    "twitter-bearer": _Flow(
        lambda t: pytweet.Client("SWEEP-twitter-bearer", transport=t, max_retries=0),
        lambda c: c.fetch_user(1000000002),
        ["SWEEP-twitter-bearer"],
    ),
    "twitter-oauth1": _Flow(
        lambda t: pytweet.Client(
            "SWEEP-twitter-bearer",
            consumer_key="SWEEP-twitter-consumer-key",
            consumer_key_secret="SWEEP-twitter-consumer-secret",
            access_token="SWEEP-twitter-access-token",
            access_token_secret="SWEEP-twitter-token-secret",
            transport=t,
            max_retries=0,
        ),
        lambda c: c.tweet("hello"),
        [
            "SWEEP-twitter-consumer-key",
            "SWEEP-twitter-consumer-secret",
            "SWEEP-twitter-access-token",
            "SWEEP-twitter-token-secret",
        ],
    ),
    "twitter-oauth1-request-token": _Flow(
        lambda t: pytweet.Client(
            None,
            consumer_key="SWEEP-twitter-consumer-key",
            consumer_key_secret="SWEEP-twitter-consumer-secret",
            transport=t,
            max_retries=0,
        ),
        lambda c: pytweet.OauthSession.with_oauth_flow(c).generate_oauth_url(),
        ["SWEEP-twitter-consumer-key", "SWEEP-twitter-consumer-secret"],
    ),
    "twitter-oauth1-access-token": _Flow(
        lambda t: pytweet.Client(
            None,
            consumer_key="SWEEP-twitter-consumer-key",
            consumer_key_secret="SWEEP-twitter-consumer-secret",
            transport=t,
            max_retries=0,
        ),
        lambda c: pytweet.OauthSession.with_oauth_flow(c).post_oauth_token("request-token", TWITTER_VERIFIER),
        ["SWEEP-twitter-consumer-key", "SWEEP-twitter-consumer-secret", TWITTER_VERIFIER],
    ),
}


def _answer(fault: str) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        if fault == "token-401":  # the token endpoint (where the flow has one) and the API refuse
            return httpx.Response(401, json={"error": "invalid_client"})
        if request.url.path.endswith("token"):
            body = {"access_token": ISSUED_TOKEN, "refresh_token": ISSUED_REFRESH, "expires_in": 3600}
            return httpx.Response(200, json={**body, "token_type": "bearer", "scope": "status/write"})
        if fault == "connect":
            raise httpx.ConnectError("connection refused", request=request)
        if fault == "timeout":
            raise httpx.ReadTimeout("timed out", request=request)
        if fault == "gzip-lie":
            return httpx.Response(200, stream=httpx.ByteStream(b"not gzip"), headers={"Content-Encoding": "gzip"})
        return httpx.Response(int(fault), json={"error": "nope"})

    return answer


@pytest.fixture
def records() -> Iterator[list[logging.LogRecord]]:
    captured: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            captured.append(record)

    handler = Keep(logging.DEBUG)
    names = ["", "httpx", "httpcore", "httpcore.http11", "httpcore.connection", "switchboard"]
    loggers = [logging.getLogger(name) for name in names]
    levels = [log.level for log in loggers]
    for log in loggers:
        log.setLevel(logging.DEBUG)
    logging.getLogger().addHandler(handler)
    try:
        yield captured
    finally:
        logging.getLogger().removeHandler(handler)
        for log, level in zip(loggers, levels, strict=True):
            log.setLevel(level)


def _texts_of(error: BaseException) -> list[str]:
    texts = [str(error), repr(error), "".join(traceback.format_exception(error))]
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:  # every exception in the chain, with its request
        seen.add(id(current))
        texts += [str(current), repr(current), repr(vars(current))]
        holders: tuple[Any, ...] = (getattr(current, "response", None), current)
        for holder in holders:
            try:
                request = holder.request if holder is not None else None
            except (AttributeError, RuntimeError):  # not an httpx object, or one without a request
                request = None
            if isinstance(request, httpx.Request):
                texts += [str(request.url), repr(request.headers.raw), repr(request.content)]
        current = current.__cause__ or current.__context__
    return texts


def _formatted(records: list[logging.LogRecord]) -> list[str]:
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    return [formatter.format(record) for record in records]


@pytest.mark.parametrize("fault", ["401", "403", "500", "connect", "timeout", "gzip-lie", "token-401"])
@pytest.mark.parametrize("flow", sorted(FLOWS))
def test_no_credential_in_any_error_repr_traceback_or_log(
    flow: str, fault: str, records: list[logging.LogRecord]
) -> None:
    spec = FLOWS[flow]
    client = spec.build(httpx.MockTransport(_answer(fault)))
    with pytest.raises(SwitchboardError) as caught:
        spec.call(client)
    texts = _texts_of(caught.value)
    texts += [repr(client), str(client), repr(getattr(client, "_settings", None))]
    texts += _formatted(records)
    assert records, "DEBUG logging recorded nothing"
    secrets = [*spec.secrets, ISSUED_TOKEN, ISSUED_REFRESH]
    leaks = [(secret, text[:200]) for text in texts for secret in secrets if secret in text]
    assert leaks == []


CONTROL_CHARACTER_CREDENTIALS: dict[str, Callable[[str], object]] = {
    "smscx-api-key": lambda v: smscx_client.ApiClient(smscx_client.Configuration(api_key=v)),
    "smscx-access-token": lambda v: smscx_client.ApiClient(smscx_client.Configuration(access_token=v)),
    "vumigo-token": lambda v: ContactsApiClient(v),
    "messagemedia-hmac-key": lambda v: MessageMediaMessagesClient(v, "secret", True),
    "messagemedia-basic-secret": lambda v: MessageMediaMessagesClient("key", v),
    "mxit-client-secret": lambda v: mxit.Mxit("cid", v),
    "twitter-bearer": lambda v: pytweet.Client(v),
    "twitter-token-secret": lambda v: pytweet.Client(
        "b", consumer_key="ck", consumer_key_secret="cs", access_token="at", access_token_secret=v
    ),
    "twitter-consumer-secret": lambda v: pytweet.Client(
        "b", consumer_key="ck", consumer_key_secret=v, access_token="at", access_token_secret="ts"
    ),
    "twitter-access-token": lambda v: pytweet.Client(
        "b", consumer_key="ck", consumer_key_secret="cs", access_token=v, access_token_secret="ts"
    ),
}


@pytest.mark.parametrize("value", ["SWEEP-read-from-a-file\n", "SWEEP-with\r\nInjected: header", "SWEEP\x00nul"])
@pytest.mark.parametrize("flow", sorted(CONTROL_CHARACTER_CREDENTIALS))
def test_a_credential_with_a_control_character_is_refused_when_the_client_is_built(flow: str, value: str) -> None:
    with pytest.raises(SwitchboardError) as caught:
        CONTROL_CHARACTER_CREDENTIALS[flow](value)
    text = "".join(traceback.format_exception(caught.value)) + repr(caught.value)
    assert "control character" in str(caught.value)
    assert value.strip() not in text
    assert value.split("\n")[0].split("\r")[0].split("\x00")[0] not in text


def test_the_filter_keeps_registered_credentials_out_of_httpcore_and_httpx_records(
    records: list[logging.LogRecord],
) -> None:
    ContactsApiClient("SWEEP-registered-token-42")
    for name in ("httpcore.http11", "httpcore.connection", "httpx"):
        logging.getLogger(name).debug("send_request_headers.failed exception=%r", "b'SWEEP-registered-token-42\\n'")
    logging.getLogger("httpx").info("HTTP Request: GET https://h.example/x?api_key=SWEEP-query-key-7 200")
    text = "\n".join(_formatted(records))
    assert "SWEEP-registered-token-42" not in text
    assert "SWEEP-query-key-7" not in text
    assert text.count("REDACTED") == 4


def test_an_error_inside_a_200_keeps_a_redacted_request() -> None:
    request = httpx.Request("GET", "https://api.twitter.com/2/users/1", headers={"Authorization": "Bearer SWEEP-200"})
    error = pytweet.APIException(httpx.Response(200, json={"errors": []}, request=request), "Not Found")
    assert error.response is not None
    assert error.response.request.headers["authorization"] == "REDACTED"
    assert not [text for text in _texts_of(error) if "SWEEP-200" in text]

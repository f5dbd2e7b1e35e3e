"""``SWITCHBOARD_<PROVIDER>_BASE_URL``: one scheme, read by the libraries themselves, the older names kept."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

import httpx
import pytest

from switchboard_core import InvalidRequestError, base_url_from_env, env_name

SCHEME_URL = "http://scheme.test:8001"
LEGACY_URL = "http://legacy.test:8002"


@pytest.fixture(autouse=True)
def no_url_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    for provider in ("MESSAGEMEDIA", "MXIT", "SMSCX", "VUMIGO"):
        for setting in ("BASE_URL", "AUTH_URL", "SENDER_URL"):
            monkeypatch.delenv(f"SWITCHBOARD_{provider}_{setting}", raising=False)
    for legacy in ("MESSAGEMEDIA_BASE_URL", "MXIT_BASE_URL", "MXIT_AUTH_URL", "SMSCX_HOST", "VUMIGO_API_URL"):
        monkeypatch.delenv(legacy, raising=False)


def test_the_scheme_wins_over_legacy_names_and_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    assert env_name("smscx") == "SWITCHBOARD_SMSCX_BASE_URL"
    assert env_name("mxit", "auth_url") == "SWITCHBOARD_MXIT_AUTH_URL"
    assert base_url_from_env("smscx", "https://api.sms.cx", "SMSCX_HOST") == "https://api.sms.cx"
    monkeypatch.setenv("SMSCX_HOST", LEGACY_URL)
    assert base_url_from_env("smscx", "https://api.sms.cx", "SMSCX_HOST") == LEGACY_URL
    monkeypatch.setenv("SWITCHBOARD_SMSCX_BASE_URL", f" {SCHEME_URL} ")
    assert base_url_from_env("smscx", "https://api.sms.cx", "SMSCX_HOST") == SCHEME_URL


def test_an_empty_variable_counts_as_unset_and_a_bad_one_names_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SWITCHBOARD_SMSCX_BASE_URL", "")
    assert base_url_from_env("smscx", "https://api.sms.cx") == "https://api.sms.cx"
    monkeypatch.setenv("SWITCHBOARD_SMSCX_BASE_URL", "api.sms.cx")
    with pytest.raises(InvalidRequestError, match="SWITCHBOARD_SMSCX_BASE_URL must be an http:// or https:// URL"):
        base_url_from_env("smscx", "https://api.sms.cx")


class Wire:
    """Records each request's URL; answers a token request with a token and anything else with ``{}``."""

    def __init__(self) -> None:
        self.urls: list[str] = []
        self.transport = httpx.MockTransport(self.answer)

    def answer(self, request: httpx.Request) -> httpx.Response:
        self.urls.append(str(request.url))
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json={"access_token": "t", "token_type": "bearer", "expires_in": 3600})
        return httpx.Response(200, json={})


# Only the URLs matter in these calls: the answers ({}) are not what the operations return, so errors are ignored.


def _smscx(wire: Wire) -> None:
    import smscx_client
    from smscx_client.api.account_api import AccountApi

    configuration = smscx_client.Configuration(api_key="k")
    with smscx_client.ApiClient(configuration, transport=wire.transport) as client, contextlib.suppress(Exception):
        AccountApi(client).get_account_balance()


def _messagemedia(wire: Wire) -> None:
    from message_media_messages import MessageMediaMessagesClient

    with contextlib.suppress(Exception):
        MessageMediaMessagesClient("k", "s", transport=wire.transport).messages.get_message_status("m-1")


def _mxit(wire: Wire) -> None:
    from mxit import Mxit

    with contextlib.suppress(Exception):
        Mxit("id", "secret", transport=wire.transport).users.get_user_id("someone")


def _vumigo(wire: Wire) -> None:
    from go_http import ContactsApiClient, HttpApiSender

    with ContactsApiClient("token", transport=wire.transport) as contacts, contextlib.suppress(Exception):
        contacts.get_contact("c-1")
    sender = HttpApiSender("account", "conversation", "token", transport=wire.transport)
    with sender, contextlib.suppress(Exception):
        sender.send_text("+27831234567", "hi")


CASES: list[tuple[str, Callable[[Wire], None], str, str]] = [
    ("smscx", _smscx, "SMSCX_HOST", "https://api.sms.cx/"),
    ("messagemedia", _messagemedia, "MESSAGEMEDIA_BASE_URL", "https://api.messagemedia.com/"),
    ("mxit", _mxit, "MXIT_BASE_URL", "https://api.mxit.com/"),
    ("vumigo", _vumigo, "VUMIGO_API_URL", "https://go.vumi.org/"),
]


@pytest.mark.parametrize(("provider", "call", "legacy", "real_host"), CASES, ids=[c[0] for c in CASES])
def test_each_facade_reads_the_scheme_then_its_legacy_name(
    monkeypatch: pytest.MonkeyPatch, provider: str, call: Callable[[Wire], None], legacy: str, real_host: str
) -> None:
    wire = Wire()
    call(wire)
    assert any(url.startswith(real_host) for url in wire.urls), wire.urls  # the default is the real host

    monkeypatch.setenv(legacy, LEGACY_URL)
    wire = Wire()
    call(wire)
    assert wire.urls[-1].startswith(LEGACY_URL), wire.urls

    monkeypatch.setenv(f"SWITCHBOARD_{provider.upper()}_BASE_URL", SCHEME_URL)
    wire = Wire()
    call(wire)
    assert wire.urls[-1].startswith(SCHEME_URL), wire.urls


def test_mxit_reads_its_auth_url_and_vumigo_its_sender_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SWITCHBOARD_MXIT_AUTH_URL", "http://auth.test:8003")
    wire = Wire()
    _mxit(wire)
    assert wire.urls[0] == "http://auth.test:8003/token"

    monkeypatch.setenv("SWITCHBOARD_VUMIGO_BASE_URL", SCHEME_URL + "/api/v1/go")
    wire = Wire()
    _vumigo(wire)
    assert wire.urls[-1].startswith(SCHEME_URL + "/api/v1/go/http_api_nostream/"), wire.urls
    monkeypatch.setenv("SWITCHBOARD_VUMIGO_SENDER_URL", "http://sender.test:8004/send")
    wire = Wire()
    _vumigo(wire)
    assert wire.urls[-1].startswith("http://sender.test:8004/send/"), wire.urls


def test_a_url_given_to_the_client_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    import smscx_client

    monkeypatch.setenv("SWITCHBOARD_SMSCX_BASE_URL", SCHEME_URL)
    assert smscx_client.Configuration(host="http://given.test").host == "http://given.test"
    assert smscx_client.Configuration().host == SCHEME_URL

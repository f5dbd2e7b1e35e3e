"""Code a go-http 0.3.2 user already has, run unchanged: `requests` error handling, `requests.Session` objects
(with a mounted adapter as the user's test double), dict results, lazy listings, LoggingSender records.

Cases marked ``vcr`` replay cassettes recorded from the sandbox and check the request each call put on the wire
(the cassette's played requests: method, path and query, JSON body, Content-Type); the session cases send
through a ``requests`` adapter and check what reached it. None touches the network.
"""

from __future__ import annotations

import json
import logging
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
import requests
from requests.adapters import BaseAdapter

from go_http.account import AccountApiClient
from go_http.contacts import ContactsApiClient
from go_http.exceptions import PagedException, UserOptedOutException
from go_http.metrics import MetricsApiClient
from go_http.optouts import OptOutsApiClient
from go_http.send import HttpApiSender, LoggingSender

from .conftest import ACCOUNT, CONVERSATION, CONVERSATION_TOKEN, PAGE_SIZE, TOKEN, api_url, sender_url

JSON_UTF8 = "application/json; charset=utf-8"


def sent_requests(cassette: Any) -> list[Any]:
    """The requests this test has sent so far: those recorded (while recording), else those played back."""
    recording = cassette.record_mode != "none"
    return [r for i, r in enumerate(cassette.requests) if recording or cassette.play_counts[i]]


def played(cassette: Any) -> list[tuple[str, str, dict[str, str], Any]]:
    """Each request this test sent (as recorded and matched): method, path, query, JSON body (None if empty)."""
    out = []
    for request in sent_requests(cassette):
        url = urlsplit(request.uri)
        body = json.loads(request.body) if request.body else None
        out.append((request.method, url.path, dict(parse_qsl(url.query)), body))
    return out


def content_types(cassette: Any) -> set[str]:
    return {
        request.headers.get("Content-Type") or request.headers.get("content-type")
        for request in sent_requests(cassette)
    }


# -- contacts, as go-http users call them ------------------------------------------------------------------------


@pytest.mark.vcr
def test_a_new_contact_comes_back_as_a_plain_dict(vcr: Any) -> None:
    api = ContactsApiClient(TOKEN, api_url())
    contact = api.create_contact({"msisdn": "+27831110001", "name": "Lindiwe"})
    assert type(contact) is dict
    assert (contact["msisdn"], contact["name"], len(contact["key"])) == ("+27831110001", "Lindiwe", 32)
    assert played(vcr) == [("POST", "/api/v1/go/contacts/", {}, {"msisdn": "+27831110001", "name": "Lindiwe"})]
    assert content_types(vcr) == {JSON_UTF8}


@pytest.mark.vcr
def test_fetching_a_contact_by_its_key_positionally(vcr: Any) -> None:
    api = ContactsApiClient(TOKEN, api_url())
    key = api.create_contact({"msisdn": "+27831110002"})["key"]
    fetched = api.get_contact(key)
    assert type(fetched) is dict
    assert fetched["key"] == key
    assert played(vcr)[-1] == ("GET", f"/api/v1/go/contacts/{key}", {}, None)
    assert content_types(vcr) == {JSON_UTF8}  # go-http sent it on bodiless GETs too


@pytest.mark.vcr
def test_fetching_a_contact_by_an_address_keyword(vcr: Any) -> None:
    api = ContactsApiClient(TOKEN, api_url())
    created = api.create_contact({"msisdn": "+27831110003", "name": "Sipho"})
    assert api.get_contact(msisdn="+27831110003") == created
    assert played(vcr)[-1] == ("GET", "/api/v1/go/contacts/", {"query": "msisdn=+27831110003"}, None)


@pytest.mark.vcr
def test_an_address_nobody_has_is_still_an_index_error(vcr: Any) -> None:
    api = ContactsApiClient(TOKEN, api_url())
    with pytest.raises(IndexError):
        api.get_contact(msisdn="+27831119999")
    assert played(vcr) == [("GET", "/api/v1/go/contacts/", {"query": "msisdn=+27831119999"}, None)]


@pytest.mark.vcr
def test_except_requests_http_error_reads_the_404_status(vcr: Any) -> None:
    api = ContactsApiClient(TOKEN, api_url())
    try:  # what go-http users wrote
        api.get_contact("0" * 32)
    except requests.exceptions.HTTPError as err:
        response = err.response
    assert response is not None  # requests types it Optional
    assert (response.status_code, response.json()["reason"]) == (404, f"Contact {'0' * 32!r} not found")
    assert played(vcr) == [("GET", f"/api/v1/go/contacts/{'0' * 32}", {}, None)]


@pytest.mark.vcr
def test_update_then_delete_return_the_contact_dicts(vcr: Any) -> None:
    api = ContactsApiClient(TOKEN, api_url())
    key = api.create_contact({"msisdn": "+27831110004", "name": "Ayanda"})["key"]
    updated = api.update_contact(key, {"surname": "Khumalo"})
    deleted = api.delete_contact(key)
    assert (updated["surname"], updated["name"]) == ("Khumalo", "Ayanda")
    assert deleted == updated
    assert played(vcr)[1:] == [
        ("PUT", f"/api/v1/go/contacts/{key}", {}, {"surname": "Khumalo"}),
        ("DELETE", f"/api/v1/go/contacts/{key}", {}, None),
    ]


@pytest.mark.vcr
def test_looping_over_every_contact_page_by_page(vcr: Any) -> None:
    api = ContactsApiClient(TOKEN, api_url())
    keys = [api.create_contact({"msisdn": f"+2783111002{i}"})["key"] for i in range(4)]
    listing = api.contacts()
    assert played(vcr)[4:] == []  # lazy, as go-http's generator: nothing sent before iteration
    seen = [contact["key"] for contact in listing]
    assert all(key in seen for key in keys)
    pages = played(vcr)[4:]
    assert pages[0] == ("GET", "/api/v1/go/contacts/", {}, None)
    assert all(method == "GET" and "cursor" in query for method, _, query, _ in pages[1:])
    assert len(pages) >= 2


@pytest.mark.vcr
def test_resuming_a_listing_from_a_saved_cursor(vcr: Any) -> None:
    api = ContactsApiClient(TOKEN, api_url())
    for i in range(4):
        api.create_contact({"msisdn": f"+2783111003{i}"})
    first = list(api.contacts())
    so_far = len(played(vcr))
    cursor = played(vcr)[5][2]["cursor"]  # the second page's cursor, as a PagedException would carry it
    resumed = list(api.contacts(start_cursor=cursor))
    assert resumed == first[PAGE_SIZE:]
    assert played(vcr)[so_far] == ("GET", "/api/v1/go/contacts/", {"cursor": cursor}, None)


@pytest.mark.vcr
def test_groups_are_dicts_and_group_members_a_lazy_listing(vcr: Any) -> None:
    api = ContactsApiClient(TOKEN, api_url())
    group = api.create_group({"name": "Choir"})
    member = api.create_contact({"msisdn": "+27831110041", "groups": [group["key"]]})
    assert api.get_group(group["key"]) == group
    renamed = api.update_group(group["key"], {"name": "Church choir"})
    assert [c["key"] for c in api.group_contacts(group["key"])] == [member["key"]]
    assert api.delete_group(group["key"]) == renamed
    assert (type(group), renamed["name"]) == (dict, "Church choir")
    methods = [(method, path) for method, path, _, _ in played(vcr)]
    assert methods == [
        ("POST", "/api/v1/go/groups/"),
        ("POST", "/api/v1/go/contacts/"),
        ("GET", f"/api/v1/go/groups/{group['key']}"),
        ("PUT", f"/api/v1/go/groups/{group['key']}"),
        ("GET", f"/api/v1/go/groups/{group['key']}/contacts"),
        ("DELETE", f"/api/v1/go/groups/{group['key']}"),
    ]


@pytest.mark.vcr
def test_a_wrong_token_is_an_http_error_with_status_403(vcr: Any) -> None:
    api = ContactsApiClient("not-a-token", api_url())
    with pytest.raises(requests.exceptions.HTTPError) as caught:
        api.create_contact({"msisdn": "+27831110005"})
    assert caught.value.response is not None
    assert caught.value.response.status_code == 403
    assert played(vcr) == [("POST", "/api/v1/go/contacts/", {}, {"msisdn": "+27831110005"})]


# -- the conversation sender ---------------------------------------------------------------------------------------


@pytest.mark.vcr
def test_send_text_puts_the_message_and_returns_the_answer_dict(vcr: Any) -> None:
    sender = HttpApiSender(ACCOUNT, CONVERSATION, CONVERSATION_TOKEN, sender_url())
    answer = sender.send_text("+27831110006", "Your parcel is ready")
    assert type(answer) is dict
    assert (answer["to_addr"], answer["content"]) == ("+27831110006", "Your parcel is ready")
    path = f"/api/v1/go/http_api_nostream/{CONVERSATION}/messages.json"
    assert played(vcr) == [("PUT", path, {}, {"to_addr": "+27831110006", "content": "Your parcel is ready"})]


@pytest.mark.vcr
def test_ussd_session_events_go_in_the_body(vcr: Any) -> None:
    sender = HttpApiSender(ACCOUNT, CONVERSATION, CONVERSATION_TOKEN, sender_url())
    assert sender.send_text("+27831110007", "Goodbye", "close")["session_event"] == "close"
    body = {"to_addr": "+27831110007", "content": "Goodbye", "session_event": "close"}
    assert played(vcr)[0][3] == body


@pytest.mark.vcr
def test_voice_options_travel_as_helper_metadata(vcr: Any) -> None:
    sender = HttpApiSender(ACCOUNT, CONVERSATION, CONVERSATION_TOKEN, sender_url())
    answer = sender.send_voice("+27831110008", "Press 1", speech_url="http://example.com/menu.ogg", wait_for="#")
    assert answer["helper_metadata"]["voice"] == {"speech_url": "http://example.com/menu.ogg", "wait_for": "#"}
    voice = {"voice": {"speech_url": "http://example.com/menu.ogg", "wait_for": "#"}}
    assert played(vcr)[0][3] == {"to_addr": "+27831110008", "content": "Press 1", "helper_metadata": voice}


@pytest.mark.vcr
def test_an_opted_out_recipient_raises_user_opted_out_with_go_http_attributes(vcr: Any) -> None:
    OptOutsApiClient(TOKEN, api_url()).set_optout("msisdn", "+27831110009")
    sender = HttpApiSender(ACCOUNT, CONVERSATION, CONVERSATION_TOKEN, sender_url())
    try:
        sender.send_text("+27831110009", "Special offer")
    except UserOptedOutException as exc:
        refused = (exc.to_addr, exc.message, exc.reason)
    assert refused == ("+27831110009", "Special offer", "Recipient with msisdn +27831110009 has opted out")
    assert played(vcr)[-1][0] == "PUT"
    assert played(vcr)[-1][3] == {"to_addr": "+27831110009", "content": "Special offer"}


@pytest.mark.vcr
def test_fire_metric_sends_go_http_triples_with_the_last_default(vcr: Any) -> None:
    sender = HttpApiSender(ACCOUNT, CONVERSATION, CONVERSATION_TOKEN, sender_url())
    assert sender.fire_metric("signups", 3) == {"success": True, "reason": "Metrics published"}
    assert sender.fire_metric("signups", 2.5, "sum")["success"] is True
    path = f"/api/v1/go/http_api_nostream/{CONVERSATION}/metrics.json"
    assert played(vcr) == [("PUT", path, {}, [["signups", 3, "last"]]), ("PUT", path, {}, [["signups", 2.5, "sum"]])]


# -- metrics, opt-outs, account ------------------------------------------------------------------------------------


@pytest.mark.vcr
def test_metrics_fire_and_read_back_as_dicts(vcr: Any) -> None:
    api = MetricsApiClient(TOKEN, api_url())
    fired = api.fire({"visits.sum": 4.0})
    series = api.get_metric("visits.sum", "-30d", "1d", "omit")
    assert type(fired) is list
    assert fired[0]["name"] == "visits.sum"
    assert type(series) is dict
    assert series["visits.sum"][-1]["y"] == 4.0
    assert played(vcr) == [
        ("POST", "/api/v1/go/metrics/", {}, {"visits.sum": 4.0}),
        ("GET", "/api/v1/go/metrics/", {"m": "visits.sum", "from": "-30d", "interval": "1d", "nulls": "omit"}, None),
    ]


@pytest.mark.vcr
def test_opt_out_round_trip_returns_records_and_none_for_404(vcr: Any) -> None:
    api = OptOutsApiClient(TOKEN, api_url())
    stored = api.set_optout("msisdn", "+27831110010")
    assert api.get_optout("msisdn", "+27831110010") == stored
    assert api.delete_optout("msisdn", "+27831110010") == stored
    assert api.get_optout("msisdn", "+27831110010") is None
    assert api.delete_optout("msisdn", "+27831110010") is None
    assert type(stored) is dict
    assert {"created_at", "message", "user_account"} <= set(stored)
    path = "/api/v1/go/optouts/msisdn/%2B27831110010"
    sent = [(m, p) for m, p, _, _ in played(vcr)]
    assert sent == [("PUT", path), ("GET", path), ("DELETE", path), ("GET", path), ("DELETE", path)]


@pytest.mark.vcr
def test_count_is_a_plain_int(vcr: Any) -> None:
    api = OptOutsApiClient(TOKEN, api_url())
    before = api.count()
    api.set_optout("twitter_handle", "@count_me")
    assert api.count() == before + 1
    assert type(before) is int
    assert played(vcr)[0] == ("GET", "/api/v1/go/optouts/count", {}, None)


@pytest.mark.vcr
def test_account_rpc_methods_return_the_result_lists(vcr: Any) -> None:
    api = AccountApiClient(TOKEN, api_url())
    campaigns = api.campaigns()
    conversations = api.conversations(campaigns[0]["key"])
    assert campaigns == [{"key": ACCOUNT, "name": "Your Campaign"}]
    assert type(conversations) is list
    assert all(type(c) is dict and "uuid" in c for c in conversations)
    envelope = {"jsonrpc": "2.0", "id": 0}
    assert played(vcr) == [
        ("POST", "/api/v1/go/api/", {}, {**envelope, "method": "campaigns", "params": []}),
        ("POST", "/api/v1/go/api/", {}, {**envelope, "method": "conversations", "params": [ACCOUNT]}),
    ]


@pytest.mark.vcr
def test_update_routing_table_returns_none(vcr: Any) -> None:
    api = AccountApiClient(TOKEN, api_url())
    table = api.routing_table(ACCOUNT)
    assert set(table) == {"channels", "conversations", "routers", "routing_entries"}
    result = api.update_routing_table(ACCOUNT, table)  # type: ignore[func-returns-value]  # go-http returned None
    assert result is None
    assert played(vcr)[-1][3]["params"] == [ACCOUNT, table]


# -- a requests.Session, as go-http took one (a mounted adapter is the user's test double) -------------------------


class CannedAdapter(BaseAdapter):
    """A requests transport adapter answering every request with one canned JSON response, keeping each request."""

    def __init__(self, status: int, body: Any) -> None:
        super().__init__()
        self.status, self.body = status, body
        self.seen: list[requests.PreparedRequest] = []

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        self.seen.append(request)
        response = requests.Response()
        response.status_code = self.status
        response._content = json.dumps(self.body).encode()
        response.headers["Content-Type"] = "application/json"
        response.request, response.url = request, str(request.url)
        return response

    def close(self) -> None:
        """Nothing to close."""


def mounted(status: int, body: Any) -> tuple[requests.Session, CannedAdapter]:
    session = requests.Session()
    adapter = CannedAdapter(status, body)
    session.mount("https://go.vumi.org/", adapter)
    return session, adapter


def test_a_requests_session_carries_the_calls_and_is_exposed_as_session() -> None:
    session, adapter = mounted(200, {"key": "abc", "msisdn": "+27831110011"})
    api = ContactsApiClient("my-token", session=session)
    assert api.session is session
    assert api.get_contact("abc") == {"key": "abc", "msisdn": "+27831110011"}
    (sent,) = adapter.seen
    assert (sent.method, sent.url) == ("GET", "https://go.vumi.org/api/v1/go/contacts/abc")
    assert (sent.headers["Authorization"], sent.headers["Content-Type"]) == ("Bearer my-token", JSON_UTF8)


def test_session_default_headers_reach_the_wire() -> None:
    record = {"created_at": "2026-01-01 10:00:00.000000", "message": None, "user_account": "a"}
    session, adapter = mounted(200, {"opt_out": record, "status": {"code": 200, "reason": "OK"}})
    session.headers["X-Tenant"] = "north"
    stored = OptOutsApiClient("my-token", session=session).set_optout("msisdn", "+27831110012")
    assert stored == record
    (sent,) = adapter.seen
    url = "https://go.vumi.org/api/v1/go/optouts/msisdn/%2B27831110012"
    assert (sent.method, sent.url, sent.body) == ("PUT", url, None)
    assert sent.headers["X-Tenant"] == "north"


def test_a_sender_on_a_requests_session_uses_basic_auth_and_a_json_body() -> None:
    session, adapter = mounted(200, {"message_id": "m-1"})
    sender = HttpApiSender("acc-key", "conv-key", "conv-token", session=session)
    assert sender.send_text("to-addr-1", "Hello!") == {"message_id": "m-1"}
    (sent,) = adapter.seen
    assert sent.url == "https://go.vumi.org/api/v1/go/http_api_nostream/conv-key/messages.json"
    assert sent.headers["Authorization"] == "Basic YWNjLWtleTpjb252LXRva2Vu"  # reference 1.1's example
    assert sent.body == b'{"to_addr": "to-addr-1", "content": "Hello!"}'  # go-http's bytes (reference E1)


def test_errors_through_a_requests_session_are_requests_http_errors() -> None:
    session, adapter = mounted(500, {"status_code": 500, "reason": "boom"})
    api = MetricsApiClient("my-token", session=session, max_retries=0)
    with pytest.raises(requests.exceptions.HTTPError) as caught:
        api.fire({"load.avg": 1.5})
    response = caught.value.response
    assert response is not None
    assert (response.status_code, response.json()) == (500, {"status_code": 500, "reason": "boom"})
    assert [r.method for r in adapter.seen] == ["POST"]


def test_an_opt_out_through_a_requests_session_is_still_user_opted_out() -> None:
    session, _ = mounted(400, {"success": False, "reason": "Recipient with msisdn +2783 has opted out"})
    sender = HttpApiSender("acc-key", "conv-key", "conv-token", session=session)
    with pytest.raises(UserOptedOutException) as caught:
        sender.send_voice("+2783", "Hi")
    assert caught.value.reason == "Recipient with msisdn +2783 has opted out"


# -- LoggingSender and PagedException read as go-http's -----------------------------------------------------------


def test_logging_sender_writes_go_http_formatted_records(caplog: pytest.LogCaptureFixture) -> None:
    sender = LoggingSender("my.app.sms")
    with caplog.at_level(logging.INFO, logger="my.app.sms"):
        sent = sender.send_text("+27831110013", "Hi", session_event="new")
        sender.send_voice("+27831110013", "Hi", speech_url="http://example.com/a.ogg")
        assert sender.fire_metric("sms.sent", 2, "sum") == {"success": True, "reason": "Metrics published"}
    assert [record.getMessage() for record in caplog.records] == [
        "Message: 'Hi' sent to '+27831110013' [session_event: new]",
        "Message: 'Hi' sent to '+27831110013' [voice: {'speech_url': 'http://example.com/a.ogg'}]",
        "Metric: 'sms.sent' [sum] -> 2",
    ]
    assert all(record.args == () for record in caplog.records)  # already formatted, as go-http logged them
    assert {key: sent[key] for key in ("to_addr", "content", "session_event")} == {
        "to_addr": "+27831110013",
        "content": "Hi",
        "session_event": "new",
    }
    assert len(sent["message_id"]) == 32


def test_paged_exception_reads_as_go_http_s() -> None:
    error = PagedException("c2", ValueError("page failed"))
    assert str(error) == repr(error) == "<PagedException cursor='c2' error=ValueError('page failed')>"
    assert (error.cursor, type(error.error)) == ("c2", ValueError)


def test_go_http_s_attributes_are_readable_and_stay_out_of_reprs() -> None:
    api = ContactsApiClient("my-token", "https://go.example.org/api/v1/go/")
    sender = HttpApiSender("acc-key", "conv-key", "conv-token")
    assert (api.auth_token, api.api_url) == ("my-token", "https://go.example.org/api/v1/go")
    assert (sender.account_key, sender.conversation_key, sender.conversation_token) == (
        "acc-key",
        "conv-key",
        "conv-token",
    )
    assert sender.api_url == "https://go.vumi.org/api/v1/go/http_api_nostream"
    assert "my-token" not in repr(api)
    assert "conv-token" not in repr(sender)


def test_non_ascii_content_is_escaped_as_go_http_wrote_it() -> None:
    session, adapter = mounted(200, {"key": "k1", "name": "Né"})
    ContactsApiClient("my-token", session=session).update_contact("k1", {"name": "Né"})
    assert adapter.seen[0].body == b'{"name": "N\\u00e9"}'  # Python 2 json.dumps (reference 1.2)

"""go_http edge cases on httpx.MockTransport: exact wire format, input checks, error mapping, sessions."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from go_http import (
    AccountApiClient,
    AsyncAccountApiClient,
    AsyncContactsApiClient,
    AsyncHttpApiSender,
    ContactsApiClient,
    HttpApiSender,
    LoggingSender,
    MetricsApiClient,
    OptOutsApiClient,
)
from go_http.exceptions import (
    BadRequestException,
    ContactNotFoundException,
    GoHttpError,
    JsonRpcException,
    PagedException,
    ResponseParseException,
    ServerErrorException,
    UserOptedOutException,
)
from switchboard_core import InvalidRequestError, PaginationLoopError

BASE = "http://example.com/api/v1/go"
Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A MockTransport handler answering from a list (or one response for all) and keeping every request."""

    def __init__(self, *responses: httpx.Response) -> None:
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.responses.pop(0) if len(self.responses) > 1 else self.responses[0]

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def sync(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)

    def asynchronous(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


def ok(body: Any, status: int = 200) -> httpx.Response:
    return httpx.Response(status, json=body)


def contacts(rec: Recorder, **kw: Any) -> ContactsApiClient:
    return ContactsApiClient("auth-token", BASE, transport=rec.sync(), max_retries=0, **kw)


# -- wire format ---------------------------------------------------------------------------------------------------


def test_cursors_are_percent_encoded_and_every_page_is_followed() -> None:
    rec = Recorder(
        ok({"cursor": "c+1/=", "data": [{"key": "a"}]}),
        ok({"cursor": "c 2&x=y", "data": [{"key": "b"}]}),
        ok({"cursor": None, "data": [{"key": "c"}]}),
    )
    assert [c["key"] for c in contacts(rec).contacts()] == ["a", "b", "c"]
    urls = [r.url for r in rec.requests]
    assert [u.raw_path for u in urls] == [
        b"/api/v1/go/contacts/",
        b"/api/v1/go/contacts/?cursor=c%2B1%2F%3D",
        b"/api/v1/go/contacts/?cursor=c+2%26x%3Dy",
    ]
    assert [u.params.get("cursor") for u in urls] == [None, "c+1/=", "c 2&x=y"]


def test_group_contacts_path_and_integer_cursor() -> None:
    rec = Recorder(ok({"cursor": None, "data": []}))
    assert list(contacts(rec).group_contacts("grp-1", start_cursor=10)) == []
    assert rec.last.url.raw_path == b"/api/v1/go/groups/grp-1/contacts?cursor=10"


@pytest.mark.parametrize("start", [None, "", 0])
def test_a_falsy_start_cursor_means_the_first_page(start: Any) -> None:
    rec = Recorder(ok({"cursor": None, "data": []}))
    assert list(contacts(rec).contacts(start_cursor=start)) == []
    assert rec.last.url.raw_path == b"/api/v1/go/contacts/"


@pytest.mark.parametrize("start", [True, 1.5, b"c1", ["c1"]])
def test_a_start_cursor_of_another_type_is_refused(start: Any) -> None:
    rec = Recorder(ok({"cursor": None, "data": []}))
    with pytest.raises(InvalidRequestError):
        contacts(rec).contacts(start_cursor=start)
    assert rec.requests == []


def test_an_integer_cursor_from_the_server_is_sent_back_in_decimal() -> None:
    rec = Recorder(ok({"cursor": 3, "data": [{"key": "a"}]}), ok({"cursor": None, "data": [{"key": "b"}]}))
    assert [c["key"] for c in contacts(rec).group_contacts("smart")] == ["a", "b"]
    assert rec.last.url.raw_path == b"/api/v1/go/groups/smart/contacts?cursor=3"


def test_listing_is_lazy() -> None:
    rec = Recorder(ok({"cursor": None, "data": []}))
    listing = contacts(rec).contacts()
    assert rec.requests == []
    assert list(listing) == []
    assert len(rec.requests) == 1


def test_later_page_failure_is_a_paged_exception() -> None:
    rec = Recorder(ok({"cursor": "n&1", "data": [{"key": "a"}]}), httpx.Response(500, text="oops"))
    listing = contacts(rec).contacts()
    assert next(listing) == {"key": "a"}
    with pytest.raises(PagedException) as caught:
        next(listing)
    assert caught.value.cursor == "n&1"
    assert isinstance(caught.value.error, ServerErrorException)


@pytest.mark.parametrize("cursor", [{"offset": 3}, [3], True, 1.5])
def test_a_cursor_that_is_not_a_string_or_integer_is_a_parse_error(cursor: Any) -> None:
    rec = Recorder(ok({"cursor": cursor, "data": [{"key": "a"}]}))
    with pytest.raises(ResponseParseException):
        list(contacts(rec).contacts())
    assert len(rec.requests) == 1  # no request with the cursor's Python repr as the next cursor


def test_a_page_repeating_its_cursor_stops_the_loop() -> None:
    rec = Recorder(ok({"cursor": "same", "data": [{"key": "a"}]}))
    with pytest.raises(PaginationLoopError):
        list(contacts(rec).contacts(start_cursor="same"))


def test_bearer_auth_and_go_http_headers_on_a_bodiless_get() -> None:
    rec = Recorder(ok({"key": "k"}))
    contacts(rec).get_contact("k")
    request = rec.last
    assert request.method == "GET"
    assert str(request.url) == f"{BASE}/contacts/k"
    assert request.headers["Authorization"] == "Bearer auth-token"
    assert request.headers["Content-Type"] == "application/json; charset=utf-8"
    assert request.content == b""


def test_get_contact_by_field_sends_the_query_form_encoded() -> None:
    rec = Recorder(ok({"cursor": None, "data": [{"key": "first"}, {"key": "second"}]}))
    assert contacts(rec).get_contact(msisdn="+15556483") == {"key": "first"}
    assert rec.last.url.raw_path == b"/api/v1/go/contacts/?query=msisdn%3D%2B15556483"


def test_get_contact_by_field_with_no_match_is_contact_not_found() -> None:
    rec = Recorder(ok({"cursor": None, "data": []}))
    with pytest.raises(ContactNotFoundException) as caught:
        contacts(rec).get_contact(msisdn="+1")
    assert caught.value.status_code == 200


def test_bodies_are_sent_as_given() -> None:
    rec = Recorder(ok({"key": "k", "name": "Né"}))
    api = contacts(rec)
    api.create_contact({"name": "Né", "extra": {"a": "1"}})
    assert rec.last.method == "POST"
    assert str(rec.last.url) == f"{BASE}/contacts/"
    assert json.loads(rec.last.content) == {"name": "Né", "extra": {"a": "1"}}
    api.update_group("g", {"name": "x"})
    assert (rec.last.method, str(rec.last.url)) == ("PUT", f"{BASE}/groups/g")
    api.delete_contact("k")
    assert (rec.last.method, rec.last.content) == ("DELETE", b"")


def test_optout_paths_are_escaped_and_set_has_no_body() -> None:
    record = {"created_at": "2015-11-10 20:33:03.742409", "message": None, "user_account": "fxxxeee"}
    rec = Recorder(ok({"opt_out": record, "status": {"code": 200, "reason": "OK"}}))
    api = OptOutsApiClient("auth-token", BASE, transport=rec.sync())
    assert api.set_optout("msisdn", "+1234") == record
    assert rec.last.url.raw_path == b"/api/v1/go/optouts/msisdn/%2B1234"
    assert rec.last.method == "PUT"
    assert rec.last.headers["Content-Length"] == "0"
    api.get_optout("twitter_handle", "@foo bar")
    assert rec.last.url.raw_path == b"/api/v1/go/optouts/twitter_handle/%40foo%20bar"


def test_optout_404_is_none_but_other_errors_raise() -> None:
    api = OptOutsApiClient("t", BASE, transport=Recorder(ok({"status": {"code": 404, "reason": "no"}}, 404)).sync())
    assert api.get_optout("msisdn", "+1") is None
    assert api.delete_optout("msisdn", "+1") is None
    with pytest.raises(GoHttpError):
        api.set_optout("msisdn", "+1")
    with pytest.raises(GoHttpError):
        api.count()
    bad = OptOutsApiClient("t", BASE, transport=Recorder(ok({"status": {}}, 400)).sync())
    with pytest.raises(BadRequestException):
        bad.get_optout("msisdn", "+1")


def test_count_must_be_an_integer() -> None:
    rec = Recorder(ok({"opt_out_count": "2", "status": {"code": 200, "reason": "OK"}}))
    with pytest.raises(ResponseParseException):
        OptOutsApiClient("t", BASE, transport=rec.sync()).count()
    with pytest.raises(ResponseParseException):  # an empty body is not a count (elsewhere it gives None)
        OptOutsApiClient("t", BASE, transport=Recorder(httpx.Response(200)).sync()).count()


def test_metrics_wire_format() -> None:
    rec = Recorder(ok({"m.sum": []}))
    api = MetricsApiClient("auth-token", BASE, transport=rec.sync())
    api.get_metric("m.sum", "-30d", "1d", "omit")
    assert dict(rec.last.url.params) == {"m": "m.sum", "from": "-30d", "interval": "1d", "nulls": "omit"}
    api.get_metric("m.sum", "-30d", "1d", "omit", end="-1d")
    assert rec.last.url.params["until"] == "-1d"
    rec.responses = [ok([{"name": "foo.last", "value": 3.1415, "aggregator": "last"}])]
    assert api.fire({"foo.last": 3.1415}) == [{"name": "foo.last", "value": 3.1415, "aggregator": "last"}]
    assert (rec.last.method, str(rec.last.url), json.loads(rec.last.content)) == (
        "POST",
        f"{BASE}/metrics/",
        {"foo.last": 3.1415},
    )


@pytest.mark.parametrize(
    "metrics",
    [{}, {"foo": 1}, {"foo.median": 1}, {"foo.last": "1"}, {"foo.last": True}, {"foo.last": float("nan")}, [1]],
)
def test_bad_metrics_are_refused_before_sending(metrics: Any) -> None:
    rec = Recorder(ok([]))
    with pytest.raises(InvalidRequestError):
        MetricsApiClient("t", BASE, transport=rec.sync()).fire(metrics)
    assert rec.requests == []


# -- JSON-RPC ------------------------------------------------------------------------------------------------------


def account(rec: Recorder) -> AccountApiClient:
    return AccountApiClient("auth_token", "http://example.com/go", transport=rec.sync())


def test_jsonrpc_envelope() -> None:
    rec = Recorder(ok({"error": None, "result": []}))
    account(rec).conversations("campaign-1")
    assert (rec.last.method, str(rec.last.url)) == ("POST", "http://example.com/go/api/")
    assert json.loads(rec.last.content) == {
        "jsonrpc": "2.0",
        "id": 0,
        "method": "conversations",
        "params": ["campaign-1"],
    }
    account(rec).campaigns()
    assert json.loads(rec.last.content)["params"] == []
    account(rec).update_routing_table("c", {"routing_entries": []})
    assert json.loads(rec.last.content)["params"] == ["c", {"routing_entries": []}]


def test_jsonrpc_success_without_error_member() -> None:
    rec = Recorder(ok({"jsonrpc": "2.0", "id": 0, "result": [{"key": "k", "name": "Your Campaign"}]}))
    assert account(rec).campaigns() == [{"key": "k", "name": "Your Campaign"}]


def test_jsonrpc_legacy_and_standard_faults() -> None:
    legacy = Recorder(ok({"error": {"fault": "Fault", "faultCode": 8002, "faultString": "Meep"}}))
    with pytest.raises(JsonRpcException) as caught:
        account(legacy).routers("c")
    assert (caught.value.fault, caught.value.fault_code, caught.value.fault_string) == ("Fault", 8002, "Meep")
    standard = Recorder(ok({"jsonrpc": "2.0", "id": 0, "error": {"code": -32601, "message": "No", "data": [1]}}))
    with pytest.raises(JsonRpcException) as caught:
        account(standard).routers("c")
    assert (caught.value.code, caught.value.fault_string, caught.value.data) == (-32601, "No", [1])


@pytest.mark.parametrize(
    "body",
    [[], {"jsonrpc": "2.0"}, {"error": {"neither": 1}}, {"error": None, "result": {"not": "a list"}}],
)
def test_jsonrpc_malformed_responses_are_parse_errors(body: Any) -> None:
    with pytest.raises(ResponseParseException):
        account(Recorder(ok(body))).routers("c")


def test_jsonrpc_exception_can_be_built_by_hand() -> None:
    error = JsonRpcException("Fault", 8002, "Meep")
    assert (error.fault, error.fault_code, error.fault_string, error.status_code) == ("Fault", 8002, "Meep", 200)
    assert (error.code, error.message, str(error)) == (8002, "Meep", "JSON-RPC fault 8002: Meep")


# -- sender --------------------------------------------------------------------------------------------------------


def sender(rec: Recorder, url: str = "http://example.com/api/v1/go/http_api_nostream") -> HttpApiSender:
    return HttpApiSender("acc-key", "conv-key", "conv-token", url, transport=rec.sync())


def test_send_text_wire_format() -> None:
    rec = Recorder(ok({"message_id": "id-1"}))
    assert sender(rec).send_text("to-addr-1", "Hello!") == {"message_id": "id-1"}
    request = rec.last
    assert (request.method, str(request.url)) == (
        "PUT",
        "http://example.com/api/v1/go/http_api_nostream/conv-key/messages.json",
    )
    assert request.headers["Authorization"] == "Basic YWNjLWtleTpjb252LXRva2Vu"
    assert request.headers["Content-Type"] == "application/json; charset=utf-8"
    assert json.loads(request.content) == {"to_addr": "to-addr-1", "content": "Hello!"}


def test_trailing_slash_does_not_double() -> None:
    rec = Recorder(ok({"message_id": "id-1"}))
    sender(rec, "http://example.com/api/v1/go/http_api_nostream/").send_text("a", "b", session_event="close")
    assert rec.last.url.raw_path == b"/api/v1/go/http_api_nostream/conv-key/messages.json"
    assert json.loads(rec.last.content)["session_event"] == "close"


def test_send_voice_and_metrics_wire_format() -> None:
    rec = Recorder(ok({"message_id": "id-1"}))
    sender(rec).send_voice("a", "b", speech_url="http://example.com/voice.ogg")
    assert json.loads(rec.last.content) == {
        "to_addr": "a",
        "content": "b",
        "helper_metadata": {"voice": {"speech_url": "http://example.com/voice.ogg"}},
    }
    rec.responses = [ok({"success": True, "reason": "Yay"})]
    sender(rec).fire_metric("metric-1", 5.1, "max")
    assert rec.last.url.path.endswith("/conv-key/metrics.json")
    assert json.loads(rec.last.content) == [["metric-1", 5.1, "max"]]
    sender(rec).fire_metric("metric-1", 5)
    assert json.loads(rec.last.content) == [["metric-1", 5, "last"]]


@pytest.mark.parametrize(
    ("response", "opted_out"),
    [
        (ok({"success": False, "reason": "Recipient with msisdn to-addr-1 has opted out"}, 400), True),
        (ok({"success": False, "reason": "No unicorns were found"}, 400), False),
        (ok({"success": True, "reason": "has opted out"}, 400), False),
        (ok({"success": False, "reason": None}, 400), False),
        (ok(["opted out"], 400), False),
        (httpx.Response(400, text="opted out"), False),
    ],
)
def test_opt_out_detection(response: httpx.Response, opted_out: bool) -> None:
    with pytest.raises(BadRequestException) as caught:
        sender(Recorder(response)).send_text("to-addr-1", "foo")
    assert isinstance(caught.value, UserOptedOutException) is opted_out
    if opted_out:
        assert isinstance(caught.value, UserOptedOutException)
        assert (caught.value.to_addr, caught.value.message) == ("to-addr-1", "foo")


def test_fire_metric_has_no_opt_out_detection() -> None:
    rec = Recorder(ok({"success": False, "reason": "has opted out"}, 400))
    with pytest.raises(BadRequestException) as caught:
        sender(rec).fire_metric("m", 1)
    assert not isinstance(caught.value, UserOptedOutException)


def test_sends_are_not_retried_but_reads_are() -> None:
    rec = Recorder(httpx.Response(503, text="busy"))
    with pytest.raises(ServerErrorException):
        HttpApiSender("a", "c", "t", transport=rec.sync(), max_retries=2).send_text("x", "y")
    assert len(rec.requests) == 1
    rec2 = Recorder(httpx.Response(503), ok({"key": "k"}))
    assert ContactsApiClient("t", BASE, transport=rec2.sync(), max_retries=1).get_contact("k") == {"key": "k"}
    assert len(rec2.requests) == 2


@pytest.mark.parametrize(
    "call",
    [
        lambda s: s.send_text("", "x"),
        lambda s: s.send_text(None, "x"),
        lambda s: s.send_text("a", 5),
        lambda s: s.send_text("a", "b", session_event="start"),
        lambda s: s.send_voice("a", "b", speech_url=3),
        lambda s: s.fire_metric("m", "1"),
        lambda s: s.fire_metric("m", 1, agg="median"),
    ],
)
def test_bad_sender_input_is_refused_before_sending(call: Callable[[HttpApiSender], object]) -> None:
    rec = Recorder(ok({}))
    with pytest.raises(InvalidRequestError):
        call(sender(rec))
    assert rec.requests == []


def test_logging_sender_logs_instead_of_sending(caplog: pytest.LogCaptureFixture) -> None:
    logging_sender = LoggingSender("go.test", level=logging.WARNING)
    assert isinstance(logging_sender, HttpApiSender)
    with caplog.at_level(logging.WARNING, logger="go.test"):
        sent = logging_sender.send_text("to", "hi", session_event="new")
        voice = logging_sender.send_voice("to", "hi", wait_for="#")
        fired = logging_sender.fire_metric("m", 2, "sum")
    assert sent["to_addr"] == "to"
    assert sent["session_event"] == "new"
    assert len(sent["message_id"]) == 32
    assert voice["helper_metadata"] == {"voice": {"wait_for": "#"}}
    assert fired == {"success": True, "reason": "Metrics published"}
    assert len(caplog.records) == 3
    assert "Metric: 'm' [sum] -> 2" in caplog.records[-1].getMessage()
    with pytest.raises(InvalidRequestError):
        logging_sender.fire_metric("m", 1, "median")
    logging_sender.close()


# -- input, sessions, reprs ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [((), {}), (("a", "b"), {}), (("a",), {"msisdn": "1"}), ((), {"msisdn": "1", "bbm_pin": "2"}), ((), {"nope": "1"})],
)
def test_get_contact_argument_mixes_are_refused(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    rec = Recorder(ok({}))
    with pytest.raises(InvalidRequestError):
        contacts(rec).get_contact(*args, **kwargs)
    assert rec.requests == []


def test_contact_key_keyword_and_numeric_msisdn() -> None:
    rec = Recorder(ok({"key": "k"}))
    contacts(rec).get_contact(contact_key="k")
    assert rec.last.url.path == "/api/v1/go/contacts/k"
    rec.responses = [ok({"cursor": None, "data": [{"key": "k"}]})]
    contacts(rec).get_contact(msisdn=12345)  # type: ignore[arg-type]
    assert rec.last.url.params["query"] == "msisdn=12345"


@pytest.mark.parametrize("data", [None, "name=x", {1: "x"}, {"name": object()}, {"n": float("inf")}])
def test_bad_bodies_are_refused(data: Any) -> None:
    rec = Recorder(ok({}))
    with pytest.raises(InvalidRequestError):
        contacts(rec).create_contact(data)
    assert rec.requests == []


def test_wrong_shaped_success_is_a_parse_error() -> None:
    with pytest.raises(ResponseParseException) as caught:
        contacts(Recorder(ok(["not", "a", "contact"]))).get_contact("k")
    assert caught.value.status_code == 200
    with pytest.raises(ResponseParseException):
        contacts(Recorder(httpx.Response(200, text="<html>"))).get_contact("k")


def test_empty_success_body_is_none() -> None:
    assert contacts(Recorder(httpx.Response(200))).delete_contact("k") is None


def test_a_callers_httpx_session_is_used_with_our_credentials_and_left_open() -> None:
    rec = Recorder(ok({"key": "k"}))
    session = httpx.Client(transport=rec.sync())
    with ContactsApiClient("auth-token", BASE, session, headers={"X-Trace": "1"}) as api:
        api.get_contact("k")
    assert rec.last.headers["Authorization"] == "Bearer auth-token"
    assert rec.last.headers["X-Trace"] == "1"
    assert rec.last.headers["User-Agent"].startswith("switchboard-vumigo/")
    assert str(rec.last.url) == f"{BASE}/contacts/k"
    assert not session.is_closed
    session.close()


def test_redirects_are_followed_as_go_http_did_without_the_credentials_on_another_host() -> None:
    moved = httpx.Response(301, headers={"Location": "https://elsewhere.example/go/contacts/k"})
    rec = Recorder(moved, ok({"key": "k"}))
    assert contacts(rec).get_contact("k") == {"key": "k"}
    assert [str(r.url) for r in rec.requests] == [f"{BASE}/contacts/k", "https://elsewhere.example/go/contacts/k"]
    assert "Authorization" in rec.requests[0].headers
    assert "Authorization" not in rec.requests[1].headers


def test_a_session_that_is_neither_requests_nor_httpx_is_refused_with_a_clear_message() -> None:
    class Session:  # looks like neither a requests.Session nor an httpx client
        pass

    with pytest.raises(InvalidRequestError, match=r"session must be a requests\.Session or an httpx\.Client"):
        ContactsApiClient("t", BASE, Session())  # type: ignore[arg-type]
    with pytest.raises(InvalidRequestError):
        AsyncContactsApiClient("t", BASE, httpx.Client())  # type: ignore[arg-type]


@pytest.mark.parametrize("url", ["ftp://x", "go.vumi.org", 5])
def test_bad_api_url(url: Any) -> None:
    with pytest.raises(InvalidRequestError):
        ContactsApiClient("t", url)


def test_defaults_and_reprs_hide_secrets() -> None:
    api = ContactsApiClient("secret-token")
    assert api.api_url == "https://go.vumi.org/api/v1/go"
    assert "secret-token" not in repr(api)
    s = HttpApiSender("acc", "conv", "secret-conv-token")
    assert s.api_url == "https://go.vumi.org/api/v1/go/http_api_nostream"
    assert "secret-conv-token" not in repr(s)
    with pytest.raises(InvalidRequestError):
        ContactsApiClient("")


def test_typed_client_shares_the_stack() -> None:
    from vumigo_api.api.contacts import get_contact

    rec = Recorder(ok({"key": "k", "groups": []}))
    api = contacts(rec)
    result = get_contact.sync_detailed("k", client=api.typed)
    assert result.status_code == 200
    assert rec.last.headers["Authorization"] == "Bearer auth-token"


async def test_async_session_listing_and_faults() -> None:
    rec = Recorder(ok({"cursor": "a+b", "data": [{"key": "1"}]}), ok({"cursor": None, "data": [{"key": "2"}]}))
    async with httpx.AsyncClient(transport=rec.asynchronous()) as session:
        api = AsyncContactsApiClient("auth-token", BASE, session)
        assert [c["key"] async for c in api.contacts()] == ["1", "2"]
        await api.aclose()
        assert not session.is_closed
    assert rec.last.url.params["cursor"] == "a+b"
    assert rec.last.headers["Authorization"] == "Bearer auth-token"
    faulty = Recorder(ok({"error": {"faultCode": 1, "faultString": "x"}}))
    async with AsyncAccountApiClient("t", BASE, transport=faulty.asynchronous()) as acc:
        with pytest.raises(JsonRpcException):
            await acc.campaigns()
    opted = Recorder(ok({"success": False, "reason": "has opted out"}, 400))
    async with AsyncHttpApiSender("a", "c", "t", transport=opted.asynchronous()) as s:
        with pytest.raises(UserOptedOutException):
            await s.send_voice("x", "y", speech_url="http://e/v.ogg")

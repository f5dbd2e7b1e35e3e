"""go-http users catch ``requests.exceptions`` classes; ``import go_http`` must not import requests to keep that.

Errors are instances of the requests class go-http raised whenever requests is imported before the error is
raised, whether it was imported before or after go_http (checked in fresh interpreters, since this test
session has requests imported already)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
import requests

from go_http import ConnectionException, ContactsApiClient, GoHttpError, ResponseParseException, TimeoutException
from go_http.exceptions import ContactNotFoundException, NotFoundException
from switchboard_core import APIConnectionError, APITimeoutError, NotFoundError

ROOT = Path(__file__).resolve().parents[2]
BASE = "http://example.com/api/v1/go"


def client(handler: object) -> ContactsApiClient:
    return ContactsApiClient("token", BASE, transport=httpx.MockTransport(handler), max_retries=0)  # type: ignore[arg-type]


def fresh(code: str) -> object:
    env_path = f"{ROOT / 'overlay'}:{ROOT / 'generated'}"
    done = subprocess.run(
        [sys.executable, "-c", code], env={"PYTHONPATH": env_path}, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


CHECK = """
import json, sys
import httpx
{first}
def handler(request):
    return httpx.Response(404, json={{"detail": "no"}})
api = ContactsApiClient("t", "http://x/api", transport=httpx.MockTransport(handler), max_retries=0)
before = "requests" in sys.modules
{second}
try:
    api.get_group("g1")
except requests.exceptions.HTTPError as err:
    print(json.dumps({{"before": before, "status": err.response.status_code, "ours": type(err).__name__}}))
"""


@pytest.mark.parametrize(
    ("first", "second", "loaded"),
    [
        ("from go_http.contacts import ContactsApiClient", "import requests", False),
        ("import requests\nfrom go_http.contacts import ContactsApiClient", "", True),
    ],
    ids=["requests-imported-after-go_http", "requests-imported-before-go_http"],
)
def test_status_errors_are_requests_http_errors_however_requests_was_imported(
    first: str, second: str, loaded: bool
) -> None:
    seen = fresh(CHECK.format(first=first, second=second))
    assert seen == {"before": loaded, "status": 404, "ours": "NotFoundException"}


def test_importing_go_http_does_not_import_requests() -> None:
    assert fresh("import json, sys, go_http; print(json.dumps('requests' in sys.modules))") is False


def test_typed_classes_stay_and_requests_classes_are_added() -> None:
    response = httpx.Response(404, request=httpx.Request("GET", BASE))
    error = ContactNotFoundException(response, "no contact", field="msisdn", value="+1")
    assert isinstance(error, ContactNotFoundException | NotFoundError | IndexError | requests.exceptions.HTTPError)
    assert type(error).__name__ == "ContactNotFoundException"
    assert (error.args, error.field, error.response.status_code) == (("no contact",), "msisdn", 404)
    assert isinstance(NotFoundException(response), GoHttpError)


def test_connection_failures_are_requests_connection_errors() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with pytest.raises(ConnectionException) as caught:
        client(refuse).get_group("g1")
    error: object = caught.value
    assert isinstance(error, requests.exceptions.ConnectionError)
    assert isinstance(caught.value, APIConnectionError)
    assert caught.value.status_code is None


def test_timeouts_are_requests_timeouts() -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(TimeoutException) as caught:
        client(slow).get_group("g1")
    error: object = caught.value
    assert isinstance(error, requests.exceptions.Timeout)
    assert isinstance(caught.value, APITimeoutError)


def test_an_answer_breaking_the_schema_is_a_value_error_as_go_http_raised_for_a_bad_body() -> None:
    def garbage(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text="<html>not json</html>")

    with pytest.raises(ValueError, match="could not parse") as caught:
        client(garbage).get_group("g1")
    assert isinstance(caught.value, ResponseParseException)

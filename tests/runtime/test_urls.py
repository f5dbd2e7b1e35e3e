"""switchboard_core._urls: a call's URL built from the client's parsed base URL is exactly httpx's, and anything
httpx must judge itself is left to httpx."""

from __future__ import annotations

import functools
import itertools
from typing import Any

import httpx
import pytest

from switchboard_core._sync._http import TypedClient
from switchboard_core._urls import joined_url

BASES = ("https://api.example.com", "https://api.example.com/v1", "http://127.0.0.1:8080/base/", "https://Ex.COM:443")
PATHS = ("/a/b", "a/b", "", "/users/%2F", "/x/../y", "/x/./y/.", "/é/ü", "/a b", "/with:colon@at;x=1", "/%zz/%41")
PARAMS: tuple[Any, ...] = (
    None,
    {},
    {"a": "b c"},
    {"user.fields": "id,name,created_at"},
    {"x": [1, 2], "t": True, "n": None, "f": 1.5},
    {"u": "ü&=#?"},
    {"empty": []},
)


@functools.cache
def _client(base: str) -> httpx.Client:
    return httpx.Client(base_url=base)  # no request is sent: nothing to close


@pytest.mark.parametrize(("base", "path", "params"), list(itertools.product(BASES, PATHS, PARAMS)))
def test_the_url_is_httpx_own(base: str, path: str, params: Any) -> None:
    client = _client(base)
    expected = client.build_request("GET", path, params=params).url
    joined = joined_url(client, path, params)
    assert joined is not None
    assert str(joined) == str(expected)
    assert joined == expected
    assert (joined.raw_path, joined.host, joined.port) == (expected.raw_path, expected.host, expected.port)


def test_repeated_string_parameters_come_from_the_cache_unchanged() -> None:
    with httpx.Client(base_url=BASES[0]) as client:
        first, second = (joined_url(client, "/a", {"f": "x,y"}) for _ in range(2))
        assert str(first) == str(second) == "https://api.example.com/a?f=x%2Cy"
        assert str(joined_url(client, "/a", {"f": True})) == "https://api.example.com/a?f=true"  # True == 1: not cached
        assert str(joined_url(client, "/a", {"f": 1})) == "https://api.example.com/a?f=1"
        repeated = httpx.QueryParams([("f", "1"), ("f", "2")])
        assert str(joined_url(client, "/a", repeated)) == "https://api.example.com/a?f=1&f=2"
        assert str(joined_url(client, "/a", httpx.QueryParams({"f": "1"}))) == "https://api.example.com/a?f=1"


@pytest.mark.parametrize(
    ("base", "url", "client_params"),
    [
        ("https://api.example.com", "/a?b=c", None),  # a query in the path
        ("https://api.example.com", "/a#frag", None),
        ("https://api.example.com", "/a\tb", None),  # httpx refuses it: its parser raises
        ("https://api.example.com", "https://other.example.com/a", None),  # absolute
        ("https://api.example.com/?k=v", "/a", None),  # a query in the base URL
        ("https://api.example.com", "/a", {"k": "v"}),  # client-wide parameters are httpx's to merge
        ("", "/a", None),  # no base URL
    ],
)
def test_what_httpx_must_judge_is_left_to_it(base: str, url: str, client_params: Any) -> None:
    with httpx.Client(base_url=base, params=client_params) as client:
        assert joined_url(client, url, {"p": "q"}) is None


def test_the_typed_client_sends_httpx_url_and_raises_httpx_errors_typed() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200)

    with TypedClient(base_url=BASES[1], transport=httpx.MockTransport(handler)) as client:
        client.get("/users/7", params={"fields": "a,b"})
        assert str(seen[0].url) == "https://api.example.com/v1/users/7?fields=a%2Cb"
        with pytest.raises(Exception, match="non-printable") as caught:
            client.get("/a\nb")
        assert not isinstance(caught.value, httpx.HTTPError)

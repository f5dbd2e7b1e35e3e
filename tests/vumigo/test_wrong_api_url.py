"""A wrong ``api_url`` (a 404 page from another host or path) is not reported as "no such contact"."""

from __future__ import annotations

import httpx
import pytest

from go_http import AsyncContactsApiClient, ContactNotFoundException, ContactsApiClient, NotFoundException

HTML_404 = httpx.Response(404, headers={"Content-Type": "text/html; charset=utf-8"}, text="<h1>Not Found</h1>")
JSON_404 = httpx.Response(404, json={"status_code": 404, "reason": "Object not found."})


def _answer(response: httpx.Response) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(response.status_code, headers=response.headers, content=response.content)

    return httpx.MockTransport(handler)


def test_an_html_404_says_to_check_api_url_instead_of_contact_not_found() -> None:
    client = ContactsApiClient("token", "https://wrong.example/api", transport=_answer(HTML_404))
    with pytest.raises(NotFoundException) as caught:
        client.get_contact(msisdn="+27831234567")
    assert not isinstance(caught.value, ContactNotFoundException)
    assert str(caught.value) == (
        "404 from https://wrong.example/api/contacts/ is not a Vumi Go API answer (text/html): check api_url"
    )
    assert caught.value.status_code == 404


def test_the_api_s_own_404_is_still_contact_not_found() -> None:
    client = ContactsApiClient("token", transport=_answer(JSON_404))
    with pytest.raises(ContactNotFoundException) as caught:
        client.get_contact(msisdn="+27831234567")
    assert (caught.value.field, caught.value.value) == ("msisdn", "+27831234567")


async def test_the_async_client_tells_them_apart_too() -> None:
    async with AsyncContactsApiClient("token", "https://wrong.example/api", transport=_answer(HTML_404)) as client:
        with pytest.raises(NotFoundException) as caught:
            await client.get_contact(msisdn="+27831234567")
    assert not isinstance(caught.value, ContactNotFoundException)
    assert "check api_url" in str(caught.value)

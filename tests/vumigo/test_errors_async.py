"""The documented error answers of every operation through the async clients, replayed from cassettes."""

from __future__ import annotations

import pytest

from go_http import (
    AsyncAccountApiClient,
    AsyncContactsApiClient,
    AsyncHttpApiSender,
    AsyncMetricsApiClient,
    AsyncOptOutsApiClient,
)
from go_http.exceptions import (
    AuthenticationException,
    BadRequestException,
    NotFoundException,
    PermissionDeniedException,
)

from .conftest import ACCOUNT, CONVERSATION, CONVERSATION_TOKEN, api_url, sender_url

pytestmark = pytest.mark.vcr

MISSING = "f" * 32


async def test_contact_and_group_errors(async_contacts_api: AsyncContactsApiClient) -> None:
    api = async_contacts_api
    with pytest.raises(NotFoundException):
        await api.update_contact(MISSING, {"name": "x"})
    with pytest.raises(NotFoundException):
        await api.delete_contact(MISSING)
    with pytest.raises(BadRequestException):
        await api.create_group({"name": "x", "colour": "red"})
    with pytest.raises(NotFoundException):
        await api.update_group(MISSING, {"name": "x"})
    with pytest.raises(NotFoundException):
        await api.delete_group(MISSING)
    with pytest.raises(NotFoundException):
        [c async for c in api.group_contacts(MISSING)]
    with pytest.raises(BadRequestException):
        [c async for c in api.contacts(start_cursor="bogus")]


async def test_wrong_token_everywhere() -> None:
    async with AsyncContactsApiClient("not-a-valid-token", api_url()) as contacts:
        with pytest.raises(PermissionDeniedException):
            [c async for c in contacts.contacts()]
    async with AsyncOptOutsApiClient("not-a-valid-token", api_url()) as optouts:
        with pytest.raises(PermissionDeniedException):
            await optouts.count()
        with pytest.raises(PermissionDeniedException):
            await optouts.delete_optout("msisdn", "+1")
    async with AsyncMetricsApiClient("not-a-valid-token", api_url()) as metrics:
        with pytest.raises(PermissionDeniedException):
            await metrics.get_metric("a.last", "-1d", "1d", "omit")
        with pytest.raises(PermissionDeniedException):
            await metrics.fire({"a.last": 1.0})
    async with AsyncAccountApiClient("not-a-valid-token", api_url()) as account:
        with pytest.raises(PermissionDeniedException):
            await account.routing_table(ACCOUNT)


async def test_metrics_bad_request(async_metrics_api: AsyncMetricsApiClient) -> None:
    with pytest.raises(BadRequestException):
        await async_metrics_api.get_metric("a.last", "-1d", "1d", "sometimes")


async def test_sender_errors() -> None:
    async with AsyncHttpApiSender(ACCOUNT, CONVERSATION, "wrong-token", sender_url()) as wrong:
        with pytest.raises(AuthenticationException):
            await wrong.send_text("+27830000401", "hi")
        with pytest.raises(AuthenticationException):
            await wrong.fire_metric("m", 1)
    async with AsyncHttpApiSender(ACCOUNT, "no-such-conversation", CONVERSATION_TOKEN, sender_url()) as other:
        with pytest.raises(NotFoundException):
            await other.send_voice("+27830000401", "hi", speech_url="http://example.com/v.ogg")
        with pytest.raises(NotFoundException):
            await other.fire_metric("m", 1)

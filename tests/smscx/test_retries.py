"""Retries against the sandbox (replayed): reads and sends with an idempotency id are retried through 503s and
429s (waiting for X-Rate-Limit-Reset); a send without an idempotency id is never re-sent."""

from __future__ import annotations

import logging
from http import HTTPStatus

import pytest

import smscx_client
from smscx_api.api.account import get_account_balance
from smscx_api.api.groups import get_group_details
from smscx_api.models import AccountBalance, Error
from smscx_client.api import account_api, sms_api
from smscx_client.model.send_sms_message_request import SendSmsMessageRequest

from .conftest import Sandbox, configuration

pytestmark = [pytest.mark.vcr, pytest.mark.sandbox_only]

IDEMPOTENCY_ID = "9f1c2a4e-5b6d-4c7e-8f90-a1b2c3d4e5f6"


def _retries(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "switchboard.smscx" and "retrying" in r.getMessage()]


def _request(**extra: object) -> SendSmsMessageRequest:
    return SendSmsMessageRequest(to=["+31612469000"], _from="InfoText", text="Retry me", **extra)


def test_a_send_with_an_idempotency_id_is_retried_through_503s(
    sandbox: Sandbox, caplog: pytest.LogCaptureFixture
) -> None:
    sandbox.post("/_sandbox/smscx/fail", {"status": 503, "times": 2, "retry_after": 0})
    with smscx_client.ApiClient(configuration(max_retries=2)) as client, caplog.at_level(logging.INFO, "switchboard"):
        sent = sms_api.SmsApi(client).send_sms(_request(idempotency_id=IDEMPOTENCY_ID))
        again = sms_api.SmsApi(client).send_sms(_request(idempotency_id=IDEMPOTENCY_ID))
        balance = account_api.AccountApi(client).get_account_balance()
    assert len(_retries(caplog)) == 2
    assert again.info.campaign_id == sent.info.campaign_id
    assert balance.balance == 99.95  # executed and billed once


def test_a_send_without_one_is_not_resent(sandbox: Sandbox, caplog: pytest.LogCaptureFixture) -> None:
    sandbox.post("/_sandbox/smscx/fail", {"status": 503, "times": 1, "retry_after": 0})
    with smscx_client.ApiClient(configuration(max_retries=2)) as client, caplog.at_level(logging.INFO, "switchboard"):
        with pytest.raises(smscx_client.ServerErrorException) as caught:
            sms_api.SmsApi(client).send_sms(_request())
        assert account_api.AccountApi(client).get_account_balance().balance == 100.0
    assert caught.value.status == 503
    assert _retries(caplog) == []


def test_429_is_retried_after_x_rate_limit_reset(sandbox: Sandbox, caplog: pytest.LogCaptureFixture) -> None:
    sandbox.control("rate_limit", {"times": 1, "reset_in": 1})
    with smscx_client.ApiClient(configuration(max_retries=1)) as client, caplog.at_level(logging.INFO, "switchboard"):
        balance = account_api.AccountApi(client).get_account_balance()
    assert balance.balance == 100.0
    [retry] = _retries(caplog)
    assert "429" in retry


async def test_async_429_surfaces_when_retries_are_off(sandbox: Sandbox) -> None:
    sandbox.control("rate_limit", {"times": 1, "reset_in": 30})
    async with smscx_client.AsyncApiClient(configuration(max_retries=0)) as client:
        with pytest.raises(smscx_client.RateLimitExcedeedException) as caught:
            await account_api.AsyncAccountApi(client).get_account_balance()
    assert caught.value.reset_at is not None
    assert caught.value.headers["x-rate-limit-limit"] == "100"


def test_the_generated_client_on_the_same_stack(sandbox: Sandbox) -> None:
    with smscx_client.ApiClient(configuration()) as client:
        ok = get_account_balance.sync_detailed(client=client.typed)
        missing = get_group_details.sync_detailed(404, client=client.typed)
    assert ok.status_code == HTTPStatus.OK
    assert isinstance(ok.parsed, AccountBalance)
    assert missing.status_code == HTTPStatus.NOT_FOUND
    assert isinstance(missing.parsed, Error)
    assert missing.parsed.error.code == 1200


async def test_the_generated_async_client_on_the_same_stack(sandbox: Sandbox) -> None:
    async with smscx_client.AsyncApiClient(configuration()) as client:
        ok = await get_account_balance.asyncio(client=client.typed)
    assert isinstance(ok, AccountBalance)
    assert ok.currency == "eur"

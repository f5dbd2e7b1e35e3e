"""Importing the facade (the package, every API class, the request models) does not load the generated package."""

from __future__ import annotations

import os
import subprocess
import sys

import httpx

import smscx_client
from smscx_client import _calls
from smscx_client._operations import OPERATIONS
from smscx_client.api import account_api

_PROGRAM = """
import sys
import smscx_client
from smscx_client.api import (
    account_api, applications_api, attachments_api, conversations_api, groups_api, multichannel_api, numbers_api,
    oauth_api, optouts_api, originators_api, otp_api, reports_api, shortlinks_api, sms_api, templates_api,
    viber_api, whatsapp_api,
)
from smscx_client.model.send_sms_message_request import SendSmsMessageRequest
SendSmsMessageRequest(to=["+31612469000"], _from="InfoText", text="Hello")
print(sorted(name for name in sys.modules if name.startswith("smscx_api")))
"""


def test_importing_the_facade_loads_no_generated_module() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    result = subprocess.run(
        [sys.executable, "-c", _PROGRAM], env=env, capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_each_operation_module_and_parser_is_resolved_once() -> None:
    assert set(_calls._MODULES) == {op.module for op in OPERATIONS.values()}
    op = OPERATIONS["get_account_balance"]
    first = _calls.build(op, (), None, {})
    second = _calls.build(op, (), None, {})
    assert first.parse is second.parse
    module = _calls._MODULES[op.module]
    assert "_get_kwargs" in vars(module)  # the proxy keeps what it forwarded: no import on the next call


def test_a_call_still_parses_through_the_generated_module() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"balance": 12.5, "currency": "eur", "billing": "prepaid"})

    configuration = smscx_client.Configuration(api_key="k", host="https://api.sms.cx")
    with smscx_client.ApiClient(configuration, transport=httpx.MockTransport(answer)) as client:
        balance = account_api.AccountApi(client).get_account_balance()
    assert (balance.balance, balance.currency, balance.billing) == (12.5, "eur", "prepaid")

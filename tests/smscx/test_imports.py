"""Importing the facade (the package, every API class, the request models) loads no generated operation, model or
client module: only the generated facade plumbing (``smscx_api.legacy``), whose operations import lazily."""

from __future__ import annotations

import httpx

import smscx_client
from smscx_client.api import account_api
from tests.fresh_python import output_lines

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
loaded = (name for name in sys.modules if name.startswith("smscx_api"))
print(sorted(name for name in loaded if name != "smscx_api" and not name.startswith("smscx_api.legacy")))
"""


def test_importing_the_facade_loads_no_generated_module() -> None:
    assert output_lines(_PROGRAM) == ["[]"]


def test_a_call_still_parses_through_the_generated_module() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"balance": 12.5, "currency": "eur", "billing": "prepaid"})

    configuration = smscx_client.Configuration(api_key="k", host="https://api.sms.cx")
    with smscx_client.ApiClient(configuration, transport=httpx.MockTransport(answer)) as client:
        balance = account_api.AccountApi(client).get_account_balance()
    assert (balance.balance, balance.currency, balance.billing) == (12.5, "eur", "prepaid")

"""Row 3b: one SMS.CX send to 25,000 destinations, build + parse, vs raw json through the same transport.

Ours: ``SmsApi(ApiClient(...)).send_sms(SendSmsMessageRequest(to=25k numbers, _from=..., text=...))`` - the
request model validates every number, the body is built and sent, and the 25,000-message answer is parsed into
typed models. Baseline: raw ``httpx.Client.post(json=...)`` of the same body, ``response.json()`` of the same
answer. Both go through one ``httpx.MockTransport`` whose answer is what the SMS.CX sandbox itself returned for
this send (a spec-conformant 25,000-entry body, produced once before timing). Rounds alternate ours/baseline.
"""

from __future__ import annotations

import json
import time
from typing import Any

import httpx

import smscx_client
from smscx_client.api import sms_api
from smscx_client.model.send_sms_message_request import SendSmsMessageRequest

from ._raw import SMSCX_BODY as BODY
from ._raw import SMSCX_DESTINATIONS as DESTINATIONS
from ._raw import SMSCX_NUMBERS as NUMBERS
from ._raw import raw_smscx_send
from ._row import Row

GOAL = 1.5
API_KEY = "sandbox-api-key"  # the sandbox's fake key (never a real credential)
HOST = "https://api.sms.cx"


def sandbox_answer() -> tuple[int, bytes]:
    """The SMS.CX sandbox's own answer to the 25,000-destination send (in process, no network)."""
    from switchboard_sandbox import app

    application = app("smscx")
    with httpx.Client(transport=httpx.WSGITransport(app=application), base_url=HOST) as http:
        http.post("/_sandbox/smscx/balance", json={"balance": 10_000})
        response = http.post("/sms", json=BODY, headers={"X-API-KEY": API_KEY})
    if response.status_code >= 300:
        raise RuntimeError(f"the sandbox answered {response.status_code}: {response.text[:300]}")
    return response.status_code, response.content


def run(rounds: int = 9, warmup: int = 1) -> list[Row]:
    status, content = sandbox_answer()

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers={"Content-Type": "application/json"}, content=content)

    transport = httpx.MockTransport(answer)
    configuration = smscx_client.Configuration(host=HOST, api_key=API_KEY)
    client = smscx_client.ApiClient(configuration, transport=transport)
    api = sms_api.SmsApi(client)
    raw = httpx.Client(base_url=HOST, transport=transport, headers={"X-API-KEY": API_KEY})

    def ours() -> Any:
        sent = api.send_sms(SendSmsMessageRequest(to=NUMBERS, _from="InfoText", text="Bulk benchmark"))
        if len(sent.data) != DESTINATIONS:
            raise RuntimeError(f"expected {DESTINATIONS} messages back, got {len(sent.data)}")
        return sent

    def baseline() -> Any:
        if raw_smscx_send(raw) != DESTINATIONS:
            raise RuntimeError("unexpected answer")

    def timed(side: Any) -> float:
        started = time.perf_counter()
        side()
        return time.perf_counter() - started

    try:
        for _ in range(warmup):
            timed(ours)
            timed(baseline)
        ours_s: list[float] = []
        base_s: list[float] = []
        for index in range(rounds):
            pair = [(ours, ours_s), (baseline, base_s)]
            for side, out in pair if index % 2 == 0 else reversed(pair):
                out.append(timed(side))
    finally:
        client.close()
        raw.close()
    answer_kib = len(content) / 1024
    request_kib = len(json.dumps(BODY)) / 1024
    return [
        Row.paired(
            "3b",
            f"SMS.CX send_sms to {DESTINATIONS:,} destinations (validate + build + parse into models) vs raw httpx "
            "json=/.json(), same MockTransport",
            "s/send",
            ours_s,
            base_s,
            GOAL,
            note=f"{rounds} alternating pairs after {warmup} warm-up; request {request_kib:.0f} KiB, "
            f"answer {answer_kib:.0f} KiB (the sandbox's own)",
        )
    ]

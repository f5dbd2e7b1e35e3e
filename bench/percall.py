"""Row 1: per-call overhead of the facade and the typed client vs raw httpx, through one MockTransport.

Each row runs in several fresh worker processes (``python -m bench.percall <row> <calls> <blocks> <warmup>``).
Both sides send the same request (method, URL, JSON body, Basic auth, headers; checked before timing)
through the same ``httpx.MockTransport`` and parse the same canned response: ours into typed models, the
baseline with ``response.json()``. Calls run in alternating blocks (see :mod:`bench._alternate`).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx

import pytweet
from go_http._base import USER_AGENT as VUMIGO_USER_AGENT
from go_http.contacts import ContactsApiClient
from message_media_messages import MessageMediaMessagesClient
from message_media_messages.message_media_messages_client import _JSON_TYPE as MM_CONTENT_TYPE
from messagemedia_api.api.messages import send_messages
from messagemedia_api.models import MessageFormat, NewMessage, SendMessagesRequest, SendMessagesResponse
from mxit import Mxit
from mxit._client import USER_AGENT as MXIT_USER_AGENT
from pytweet._fields import USER_FIELDS as TWITTER_USER_FIELDS
from pytweet.client import USER_AGENT as TWITTER_USER_AGENT
from smscx_api.api.account import get_account_balance
from smscx_client import ApiClient, Configuration
from smscx_client.api.account_api import AccountApi
from vumigo_api.api.contacts import get_contact

from ._alternate import Plan, alternate
from ._env import ROOT, child_env
from ._fixtures import (
    HEADERS,
    KEY,
    MESSAGE_ID,
    MOCK_BASE_URL,
    MXIT_CLIENT_ID,
    MXIT_CLIENT_SECRET,
    MXIT_TOKEN,
    MXIT_USER_ID,
    SECRET,
    SMSCX_API_KEY,
    SMSCX_HEADERS,
    TWITTER_BEARER,
    TWITTER_USER_ID,
    VUMIGO_CONTACT_KEY,
    VUMIGO_TOKEN,
    CannedApi,
    new_message,
    request_fingerprint,
)
from ._row import Row
from ._stats import pair_ratios

GOAL = 1.10
MESSAGE = new_message()


@dataclass(frozen=True)
class Case:
    """One row: our call and the raw httpx call it is compared with."""

    key: str
    what: str
    ours: Callable[[], object]
    baseline: Callable[[], object]


class Stack:
    """The clients under test, all on one MockTransport: the facade (default settings: retries, hooks,
    Basic auth), its typed client, and a raw ``httpx.Client`` with the same auth and headers."""

    def __init__(self) -> None:
        self.api = CannedApi()
        transport = httpx.MockTransport(self.api)
        self.facade = MessageMediaMessagesClient(
            KEY, SECRET, base_url=MOCK_BASE_URL, transport=transport, max_retries=2
        )
        self.raw = httpx.Client(
            base_url=MOCK_BASE_URL, transport=transport, auth=httpx.BasicAuth(KEY, SECRET), headers=HEADERS
        )
        self.contacts = ContactsApiClient(VUMIGO_TOKEN, MOCK_BASE_URL, transport=transport, max_retries=2)
        vumigo_headers = {"User-Agent": VUMIGO_USER_AGENT, "Authorization": f"Bearer {VUMIGO_TOKEN}"}
        # go_http and its typed client send go-http's Content-Type on every request.
        self.raw_vumigo = httpx.Client(
            base_url=MOCK_BASE_URL,
            transport=transport,
            headers={**vumigo_headers, "Content-Type": "application/json; charset=utf-8"},
        )
        # Mxit: the app token is fetched once (first call, before timing) and cached, as in real use.
        self.mxit = Mxit(
            MXIT_CLIENT_ID,
            MXIT_CLIENT_SECRET,
            base_url=MOCK_BASE_URL,
            auth_base_url=MOCK_BASE_URL,
            transport=transport,
            max_retries=2,
        )
        self.smscx = ApiClient(Configuration(host=MOCK_BASE_URL, api_key=SMSCX_API_KEY), transport=transport)
        self.account = AccountApi(self.smscx)
        self.raw_smscx = httpx.Client(
            base_url=MOCK_BASE_URL,
            transport=transport,
            headers=SMSCX_HEADERS,
        )
        self.twitter = pytweet.Client(TWITTER_BEARER, base_url=MOCK_BASE_URL, transport=transport, max_retries=2)
        self.raw_twitter = httpx.Client(
            base_url=MOCK_BASE_URL,
            transport=transport,
            headers={"User-Agent": TWITTER_USER_AGENT, "Authorization": f"Bearer {TWITTER_BEARER}"},
        )
        self.raw_mxit = httpx.Client(
            base_url=MOCK_BASE_URL,
            transport=transport,
            headers={
                "User-Agent": MXIT_USER_AGENT,
                "Authorization": f"Bearer {MXIT_TOKEN}",
                "Accept": "application/json",
                "Content-Type": "application/json",  # python-mxit sends it on every request, GETs included
            },
        )

    def close(self) -> None:
        self.facade.close()
        self.raw.close()
        self.contacts.close()
        self.raw_vumigo.close()
        self.mxit.close()
        self.smscx.close()
        self.raw_smscx.close()
        self.raw_mxit.close()
        self.twitter.close()
        self.raw_twitter.close()

    # ours
    def facade_send(self) -> SendMessagesResponse:
        return self.facade.messages.create_send_messages({"messages": [MESSAGE]})

    def typed_send(self) -> object:
        body = SendMessagesRequest(
            messages=[
                NewMessage(
                    content=MESSAGE["content"],
                    destination_number=MESSAGE["destination_number"],
                    delivery_report=MESSAGE["delivery_report"],
                    format_=MessageFormat(MESSAGE["format"]),
                    callback_url=MESSAGE["callback_url"],
                )
            ]
        )
        response = send_messages.sync_detailed(client=self.facade.typed, body=body)
        return response.parsed

    def facade_status(self) -> object:
        return self.facade.messages.get_message_status(MESSAGE_ID)

    def vumigo_get_contact(self) -> object:
        return self.contacts.get_contact(VUMIGO_CONTACT_KEY)

    def vumigo_typed_get_contact(self) -> object:
        return get_contact.sync_detailed(VUMIGO_CONTACT_KEY, client=self.contacts.typed).parsed

    def mxit_basic_profile(self) -> object:
        return self.mxit.users.get_basic_profile(MXIT_USER_ID)

    def smscx_balance(self) -> object:
        return self.account.get_account_balance()

    def smscx_typed_balance(self) -> object:
        return get_account_balance.sync_detailed(client=self.smscx.typed).parsed

    def twitter_fetch_user(self) -> object:
        return self.twitter.fetch_user(TWITTER_USER_ID)

    # baseline
    def raw_twitter_user(self) -> Any:
        response = self.raw_twitter.get(f"/2/users/{TWITTER_USER_ID}", params={"user.fields": TWITTER_USER_FIELDS})
        if response.status_code != 200:
            raise RuntimeError(f"unexpected {response.status_code}")
        return response.json()

    def raw_send(self) -> Any:
        # messagemedia-messages-sdk 1.1.0's bytes (sorted keys, Python 2 separators), as the facade sends them
        body = json.dumps({"messages": [MESSAGE]}, sort_keys=True).encode()
        response = self.raw.post("/v1/messages", content=body, headers={"Content-Type": MM_CONTENT_TYPE})
        if response.status_code != 202:
            raise RuntimeError(f"unexpected {response.status_code}")
        return response.json()

    def raw_status(self) -> Any:
        response = self.raw.get(f"/v1/messages/{MESSAGE_ID}")
        if response.status_code != 200:
            raise RuntimeError(f"unexpected {response.status_code}")
        return response.json()

    def raw_get_contact(self) -> Any:
        response = self.raw_vumigo.get(f"/contacts/{VUMIGO_CONTACT_KEY}")
        if response.status_code != 200:
            raise RuntimeError(f"unexpected {response.status_code}")
        return response.json()

    def raw_basic_profile(self) -> Any:
        response = self.raw_mxit.get(f"/user/profile/{MXIT_USER_ID}")
        if response.status_code != 200:
            raise RuntimeError(f"unexpected {response.status_code}")
        return response.json()

    def raw_balance(self) -> Any:
        response = self.raw_smscx.get("/account/balance")
        if response.status_code != 200:
            raise RuntimeError(f"unexpected {response.status_code}")
        return response.json()

    def cases(self) -> list[Case]:
        raw_post = "raw httpx POST + .json()"
        return [
            Case("1a", f"facade create_send_messages (1 message) vs {raw_post}", self.facade_send, self.raw_send),
            Case("1b", f"typed send_messages.sync_detailed (1 message) vs {raw_post}", self.typed_send, self.raw_send),
            Case("1c", "facade get_message_status vs raw httpx GET + .json()", self.facade_status, self.raw_status),
            Case(
                "1d",
                "Vumi Go facade ContactsApiClient.get_contact vs raw httpx GET + .json()",
                self.vumigo_get_contact,
                self.raw_get_contact,
            ),
            Case(
                "1e",
                "Vumi Go typed get_contact.sync_detailed vs raw httpx GET + .json()",
                self.vumigo_typed_get_contact,
                self.raw_get_contact,
            ),
            Case(
                "1f",
                "Mxit facade users.get_basic_profile (cached app token) vs raw httpx GET + .json()",
                self.mxit_basic_profile,
                self.raw_basic_profile,
            ),
            Case(
                "1g",
                "SMS.CX facade AccountApi.get_account_balance vs raw httpx GET + .json()",
                self.smscx_balance,
                self.raw_balance,
            ),
            Case(
                "1h",
                "SMS.CX typed get_account_balance.sync_detailed vs raw httpx GET + .json()",
                self.smscx_typed_balance,
                self.raw_balance,
            ),
            Case(
                "1i",
                "Twitter facade pytweet Client.fetch_user vs raw httpx GET + .json()",
                self.twitter_fetch_user,
                self.raw_twitter_user,
            ),
        ]

    def check_same_request(self, case: Case) -> None:
        """Run each side once and fail unless both sent the same request and got a parsed result."""
        fingerprints = []
        self.api.last = None
        for side in (case.ours, case.baseline):
            if side() is None:
                raise RuntimeError(f"row {case.key}: {side.__name__} returned nothing")
            fingerprints.append(request_fingerprint(self.api.take()))
        if fingerprints[0] != fingerprints[1]:
            raise RuntimeError(f"row {case.key}: the two sides sent different requests:\n{fingerprints}")


@contextmanager
def stack() -> Iterator[Stack]:
    built = Stack()
    try:
        yield built
    finally:
        built.close()


def measure(key: str, plan: Plan) -> tuple[list[float], list[float]]:
    """Seconds per call of each timed block of case ``key``, ours and baseline, in this process."""
    with stack() as clients:
        case = next(c for c in clients.cases() if c.key == key)
        clients.check_same_request(case)
        return alternate(case.ours, case.baseline, plan)


def measure_in_child(key: str, plan: Plan) -> tuple[list[float], list[float]]:
    """:func:`measure` in a fresh interpreter (``python -m bench.percall``)."""
    args = [sys.executable, "-m", "bench.percall", key, str(plan.calls), str(plan.blocks), str(plan.warmup)]
    result = subprocess.run(args, capture_output=True, text=True, cwd=ROOT, env=child_env(), check=False)  # noqa: S603
    if result.returncode != 0:
        raise RuntimeError(f"row {key} worker failed:\n{result.stderr}")
    samples = json.loads(result.stdout.strip().splitlines()[-1])
    return samples["ours"], samples["baseline"]


def run(plan: Plan, processes: int = 5) -> list[Row]:
    """Rows 1a-1c: µs per call, ours vs raw httpx; the median of every per-block ratio, pooled over
    ``processes`` fresh worker processes per row (run one after another, rows interleaved), because one
    interpreter's memory layout can favour one side by a few percent for its whole life."""
    with stack() as clients:
        cases = clients.cases()
    per_process: dict[str, list[tuple[list[float], list[float]]]] = {case.key: [] for case in cases}
    for _ in range(processes):
        for case in cases:
            per_process[case.key].append(measure_in_child(case.key, plan))
    rows = []
    for case in cases:
        ours = [t * 1e6 for samples in per_process[case.key] for t in samples[0]]
        baseline = [t * 1e6 for samples in per_process[case.key] for t in samples[1]]
        medians = [statistics.median(pair_ratios(o, b)) for o, b in per_process[case.key]]
        row = Row.paired(
            case.key,
            case.what,
            "µs/call",
            ours,
            baseline,
            GOAL,
            note=(
                f"{processes} processes x {plan.blocks} pairs of {plan.calls}-call blocks ({plan.warmup} warm-up pairs "
                f"each); per-process median ratios {min(medians):.2f}-{max(medians):.2f}"
            ),
            extra={"per_process_median_ratios": medians},
        )
        rows.append(row)
    return rows


def _worker(argv: list[str]) -> None:
    key, calls, blocks, warmup = argv
    ours, baseline = measure(key, Plan(calls=int(calls), blocks=int(blocks), warmup=int(warmup)))
    print(json.dumps({"ours": ours, "baseline": baseline}))


if __name__ == "__main__":
    _worker(sys.argv[1:])

"""Row 7: peak resident memory of the bulk sends (rows 3 and 3b), ours vs raw httpx, each in a fresh process.

- 7a: 10,000 MessageMedia messages through ``AsyncMessageMediaMessagesClient.messages.create_send_messages(...,
  concurrency=4)`` to the sandbox in its own process, vs raw ``httpx.AsyncClient`` POSTing the same 100-message
  bodies (:func:`bench._raw.raw_round`).
- 7b: one SMS.CX ``send_sms`` to 25,000 destinations (models validated, built and parsed) vs raw httpx ``json=`` /
  ``.json()`` (:func:`bench._raw.raw_smscx_send`), both on a MockTransport answering the sandbox's own answer.

Each side runs in its own child (``python -m bench.memory <case> <side> <job file>``) that reads the same inputs
from a job file the parent wrote, makes the send once, checks it, and reports its peak resident memory
(``VmHWM``) and its resident memory just before the send. The raw child imports httpx and nothing of ours. The
verdict is the median over ``rounds`` alternating pairs of peak ours / peak raw (goal 1.5x, issue 16); the growth
during the send is reported beside it.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import httpx

from ._env import ROOT, child_env
from ._raw import SMSCX_DESTINATIONS, raw_round, raw_smscx_send
from ._row import Row
from ._stats import pair_ratios

GOAL = 1.5
MESSAGES = 10_000
CONCURRENCY = 4


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def _messagemedia(side: str, job: dict[str, Any]) -> int:
    messages: list[dict[str, Any]] = job["messages"]
    if side == "ours":
        from message_media_messages import AsyncMessageMediaMessagesClient

        async def ours() -> int:
            async with AsyncMessageMediaMessagesClient(job["key"], job["secret"], base_url=job["url"]) as client:
                before.append(_status_kib("VmRSS"))
                result = await client.messages.create_send_messages({"messages": messages}, concurrency=CONCURRENCY)
                return len(result.messages)

        before: list[int] = []
        sent = asyncio.run(ours())
    else:

        async def raw() -> int:
            auth = httpx.BasicAuth(job["key"], job["secret"])
            async with httpx.AsyncClient(base_url=job["url"], auth=auth, headers=job["headers"]) as http:
                before.append(_status_kib("VmRSS"))
                return await raw_round(http, messages, CONCURRENCY)

        before = []
        sent = asyncio.run(raw())
    if sent != len(messages):
        raise RuntimeError(f"{sent} of {len(messages)} messages came back as sent")
    return before[0]


def _smscx(side: str, job: dict[str, Any]) -> int:
    content = Path(job["answer"]).read_bytes()

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(job["status"], headers={"Content-Type": "application/json"}, content=content)

    transport = httpx.MockTransport(answer)
    if side == "ours":
        import smscx_client
        from smscx_client.api import sms_api
        from smscx_client.model.send_sms_message_request import SendSmsMessageRequest

        from ._raw import SMSCX_NUMBERS

        with smscx_client.ApiClient(
            smscx_client.Configuration(host=job["host"], api_key=job["api_key"]), transport=transport
        ) as client:
            before = _status_kib("VmRSS")
            request = SendSmsMessageRequest(to=SMSCX_NUMBERS, _from="InfoText", text="Bulk benchmark")
            sent = len(sms_api.SmsApi(client).send_sms(request).data)
    else:
        headers = {"X-API-KEY": job["api_key"]}
        with httpx.Client(base_url=job["host"], transport=transport, headers=headers) as http:
            before = _status_kib("VmRSS")
            sent = raw_smscx_send(http)
    if sent != SMSCX_DESTINATIONS:
        raise RuntimeError(f"expected {SMSCX_DESTINATIONS} messages back, got {sent}")
    return before


def _child(case: str, side: str, job_path: str) -> None:
    job = json.loads(Path(job_path).read_text())
    before = (_messagemedia if case == "messagemedia" else _smscx)(side, job)
    print(json.dumps({"before_kib": before, "peak_kib": _status_kib("VmHWM")}))


def _measure(case: str, side: str, job: Path) -> dict[str, int]:
    command = [sys.executable, "-m", "bench.memory", case, side, str(job)]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=child_env(), check=False)  # noqa: S603
    if result.returncode != 0:
        raise RuntimeError(f"row 7 {case} {side} child failed:\n{result.stderr[-2000:]}")
    sample: dict[str, int] = json.loads(result.stdout.strip().splitlines()[-1])
    return sample


def _row(key: str, what: str, ours: list[dict[str, int]], raw: list[dict[str, int]]) -> Row:
    ours_mib = [s["peak_kib"] / 1024 for s in ours]
    raw_mib = [s["peak_kib"] / 1024 for s in raw]
    ours_growth = [(s["peak_kib"] - s["before_kib"]) / 1024 for s in ours]
    raw_growth = [(s["peak_kib"] - s["before_kib"]) / 1024 for s in raw]
    growth_ratio = statistics.median(pair_ratios(ours_growth, raw_growth))
    return Row.paired(
        key,
        what,
        "MiB peak RSS",
        ours_mib,
        raw_mib,
        GOAL,
        note=(
            f"{len(ours)} alternating pairs of fresh processes; growth during the send (peak minus RSS just "
            f"before it): ours {statistics.median(ours_growth):.1f} MiB, raw {statistics.median(raw_growth):.1f} MiB "
            f"(ratio {growth_ratio:.2f}x)"
        ),
        extra={"samples_kib": {"ours": ours, "raw": raw}},
    )


def _alternate(case: str, job: Path, rounds: int, before_each: Any = None) -> tuple[list[dict[str, int]], ...]:
    ours: list[dict[str, int]] = []
    raw: list[dict[str, int]] = []
    for index in range(rounds):
        order = [("ours", ours), ("raw", raw)]
        for side, out in order if index % 2 == 0 else reversed(order):
            if before_each is not None:
                before_each()
            out.append(_measure(case, side, job))
    return ours, raw


def run(rounds: int = 3) -> list[Row]:
    """Rows 7a and 7b."""
    from . import _sandbox, bulk_smscx
    from ._fixtures import HEADERS, SANDBOX_KEY, SANDBOX_SECRET, new_message

    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as folder:
        if not _sandbox.available():
            raise RuntimeError("sandbox/switchboard_sandbox is not there yet: row 7 cannot run")
        with _sandbox.running("messagemedia") as sandbox:
            job = Path(folder) / "messagemedia.json"
            messages = [new_message(i) for i in range(MESSAGES)]
            job.write_text(
                json.dumps(
                    {
                        "url": sandbox.url,
                        "key": SANDBOX_KEY,
                        "secret": SANDBOX_SECRET,
                        "headers": HEADERS,
                        "messages": messages,
                    }
                )
            )
            ours, raw = _alternate("messagemedia", job, rounds, sandbox.reset)
        rows.append(
            _row(
                "7a",
                f"peak RSS: async facade send of {MESSAGES:,} MessageMedia messages (row 3) vs raw httpx.AsyncClient",
                ours,
                raw,
            )
        )
        status, content = bulk_smscx.sandbox_answer()
        answer = Path(folder) / "smscx-answer.json"
        answer.write_bytes(content)
        job = Path(folder) / "smscx.json"
        settings = {"host": bulk_smscx.HOST, "api_key": bulk_smscx.API_KEY, "status": status, "answer": str(answer)}
        job.write_text(json.dumps(settings))
        ours, raw = _alternate("smscx", job, rounds)
        rows.append(
            _row(
                "7b",
                f"peak RSS: SMS.CX send_sms to {SMSCX_DESTINATIONS:,} destinations (row 3b) vs raw httpx json=/.json()",
                ours,
                raw,
            )
        )
    return rows


if __name__ == "__main__":
    _child(*sys.argv[1:4])

"""The raw-httpx baselines of the bulk rows (3, 3b and their memory row 7), importing only httpx: a baseline
measured for memory must not carry our packages' imports."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

BATCH = 100
"""MessageMedia messages per request (the facade's batch size)."""
SMSCX_DESTINATIONS = 25_000
SMSCX_NUMBERS = [f"+316{n:08d}" for n in range(SMSCX_DESTINATIONS)]
SMSCX_BODY = {"to": SMSCX_NUMBERS, "from": "InfoText", "text": "Bulk benchmark"}


async def raw_round(http: httpx.AsyncClient, messages: list[dict[str, Any]], concurrency: int) -> int:
    """The MessageMedia send with raw httpx: 100 per POST, ``concurrency`` at a time; how many came back as sent."""
    gate = asyncio.Semaphore(concurrency)

    async def one(chunk: list[dict[str, Any]]) -> list[Any]:
        async with gate:
            response = await http.post("/v1/messages", json={"messages": chunk})
            if response.status_code != 202:
                raise RuntimeError(f"sandbox answered {response.status_code}: {response.text[:200]}")
            sent: list[Any] = response.json()["messages"]
            return sent

    chunks = [messages[start : start + BATCH] for start in range(0, len(messages), BATCH)]
    parts = await asyncio.gather(*(one(chunk) for chunk in chunks))
    return len([message for part in parts for message in part])


def raw_smscx_send(http: httpx.Client) -> int:
    """The SMS.CX 25,000-destination send with raw httpx ``json=`` / ``.json()``; how many messages came back."""
    response = http.post("/sms", json=SMSCX_BODY)
    return len(response.json()["data"])

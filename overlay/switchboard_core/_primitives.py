"""The few primitives whose sync and async forms are different code, by the names the async source uses.

``switchboard_core._async`` calls the async form; the sync code derived from it (``switchboard_core._sync``)
calls the sync form of the same name with the ``a`` prefix dropped (``asleep`` -> ``sleep``).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from time import sleep

AsyncSleep = Callable[[float], Awaitable[None]]
SyncSleep = Callable[[float], None]


async def asleep(seconds: float) -> None:
    """``asyncio.sleep``, imported when first needed (keeps sync start-up cheap)."""
    import asyncio

    await asyncio.sleep(seconds)


__all__ = ["AsyncSleep", "SyncSleep", "asleep", "sleep"]

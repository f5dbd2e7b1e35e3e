"""Idempotent handling: remember which events were handled, so a redelivery is acknowledged and skipped."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any, Protocol, TypeVar

from ._events import WebhookEvent

E = TypeVar("E", bound=WebhookEvent[Any])


class DedupeStore(Protocol):
    """Where handled event keys live. Back it with Redis (``SET key 1 NX``) or a database unique index to share it
    between processes; both methods must be atomic."""

    def add(self, key: str) -> bool:
        """Record ``key``; True if it was not there yet (the caller now owns the event)."""
        ...

    def discard(self, key: str) -> None:
        """Forget ``key`` (its handler failed, so a redelivery must run it again)."""
        ...


class MemoryDedupeStore:
    """In-process store (the default; right for tests and single-process receivers): the most recent
    ``max_keys`` keys, thread-safe."""

    def __init__(self, max_keys: int = 100_000) -> None:
        if max_keys < 1:
            raise ValueError("max_keys must be at least 1")
        self.max_keys = max_keys
        self._keys: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()

    def add(self, key: str) -> bool:
        with self._lock:
            if key in self._keys:
                self._keys.move_to_end(key)
                return False
            self._keys[key] = None
            if len(self._keys) > self.max_keys:
                self._keys.popitem(last=False)
            return True

    def discard(self, key: str) -> None:
        with self._lock:
            self._keys.pop(key, None)

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key: object) -> bool:
        return key in self._keys


class Deduplicator:
    """Runs a handler once per event ``key``: a redelivered event is skipped; if the handler raises, the key is
    released so the provider's retry runs it again."""

    def __init__(self, store: DedupeStore | None = None) -> None:
        self.store: DedupeStore = store if store is not None else MemoryDedupeStore()

    def handle(self, event: E, handler: Callable[[E], object]) -> bool:
        """Call ``handler(event)`` unless ``event`` was handled before; True if it ran."""
        if not self.store.add(event.key):
            return False
        try:
            handler(event)
        except BaseException:
            self.store.discard(event.key)
            raise
        return True

    async def ahandle(self, event: E, handler: Callable[[E], Awaitable[object]]) -> bool:
        """:meth:`handle` for a coroutine function."""
        if not self.store.add(event.key):
            return False
        try:
            await handler(event)
        except BaseException:
            self.store.discard(event.key)
            raise
        return True

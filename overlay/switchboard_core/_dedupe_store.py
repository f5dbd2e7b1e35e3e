"""Where handled webhook event keys live (:class:`DedupeStore`), and the handlers a
:class:`~switchboard_core.webhooks.Deduplicator` runs (``switchboard_core.webhooks`` exports them)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Protocol, TypeVar


class Keyed(Protocol):
    """An event with a de-duplication ``key`` (every ``WebhookEvent``)."""

    @property
    def key(self) -> str: ...


E = TypeVar("E", bound=Keyed)
SyncHandler = Callable[[E], object]
AsyncHandler = Callable[[E], Awaitable[object]]


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

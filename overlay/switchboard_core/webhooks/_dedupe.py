"""Idempotent handling: remember which events were handled, so a redelivery is acknowledged and skipped."""

from __future__ import annotations

from .._async._dedupe import AsyncDeduplicator
from .._dedupe_store import DedupeStore, MemoryDedupeStore
from .._sync._dedupe import SyncDeduplicator


class Deduplicator(SyncDeduplicator, AsyncDeduplicator):
    """Runs a handler once per event ``key``: a redelivered event is skipped; if the handler raises, the key is
    released so the provider's retry runs it again. ``handle`` takes a function, ``ahandle`` a coroutine function."""

    def __init__(self, store: DedupeStore | None = None) -> None:
        self.store: DedupeStore = store if store is not None else MemoryDedupeStore()

"""Running a webhook handler once per event key (see :class:`switchboard_core.webhooks.Deduplicator`)."""

from __future__ import annotations

from .._dedupe_store import AsyncHandler, DedupeStore, E


class AsyncDeduplicator:
    """Runs a handler once per event key (``handle``: a function, ``ahandle``: a coroutine function): a redelivered
    event is skipped; if the handler raises, the key is released so the provider's retry runs it again."""

    store: DedupeStore

    async def ahandle(self, event: E, handler: AsyncHandler[E]) -> bool:
        """Call ``handler(event)`` (in the async form: a coroutine function, awaited) unless ``event`` was handled
        before; True if it ran."""
        if not self.store.add(event.key):
            return False
        try:
            await handler(event)
        except BaseException:
            self.store.discard(event.key)
            raise
        return True

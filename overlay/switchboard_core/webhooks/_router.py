"""Dispatch by event kind: one handler per event class, for a receiver that takes several kinds."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from ._events import WebhookEvent

F = TypeVar("F", bound=Callable[..., object])


class EventRouter:
    """A handler that passes each event to the function registered for its class (the nearest base class wins,
    so a function for ``WebhookEvent`` catches every kind left over). Kinds nobody registered are ignored, or
    raise :class:`LookupError` with ``strict=True`` (the receiver then answers 500 and the provider retries).

        router = EventRouter()

        @router.on(DeliveryReportEvent)
        def report(event: DeliveryReportEvent) -> None: ...

        endpoint = receiver(router)
    """

    def __init__(self, *, strict: bool = False) -> None:
        self.strict = strict
        self._handlers: dict[type[WebhookEvent[Any]], Callable[[Any], object]] = {}

    def on(self, *kinds: type[WebhookEvent[Any]]) -> Callable[[F], F]:
        """Register the decorated function for each of ``kinds``."""
        if not kinds:
            raise TypeError("name at least one event class")

        def register(handler: F) -> F:
            for kind in kinds:
                if kind in self._handlers:
                    raise ValueError(f"{kind.__name__} already has a handler")
                self._handlers[kind] = handler
            return handler

        return register

    def __call__(self, event: WebhookEvent[Any]) -> object:
        for klass in type(event).__mro__:
            handler = self._handlers.get(klass)
            if handler is not None:
                return handler(event)
        if self.strict:
            raise LookupError(f"no handler for {type(event).__name__} ({event.key})")
        return None

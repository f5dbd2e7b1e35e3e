"""``CancelScheduledMessageRequest`` under the module path 1.1.0 used."""

from . import CancelScheduledMessageRequest

__all__ = ["CancelScheduledMessageRequest"]

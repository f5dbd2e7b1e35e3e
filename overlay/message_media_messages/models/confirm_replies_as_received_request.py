"""``ConfirmRepliesAsReceivedRequest`` under the module path 1.1.0 used."""

from . import ConfirmRepliesAsReceivedRequest

__all__ = ["ConfirmRepliesAsReceivedRequest"]

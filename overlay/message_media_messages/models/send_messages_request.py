"""``SendMessagesRequest`` under the module path 1.1.0 used."""

from . import SendMessagesRequest

__all__ = ["SendMessagesRequest"]

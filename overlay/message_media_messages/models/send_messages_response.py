"""``SendMessagesResponse`` under the module path 1.1.0 used."""

from . import SendMessagesResponse

__all__ = ["SendMessagesResponse"]

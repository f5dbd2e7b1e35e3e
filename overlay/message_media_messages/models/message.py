"""``Message`` under the module path 1.1.0 used."""

from . import Message

__all__ = ["Message"]

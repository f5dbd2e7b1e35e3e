"""``CheckRepliesResponse`` under the module path 1.1.0 used."""

from . import CheckRepliesResponse

__all__ = ["CheckRepliesResponse"]

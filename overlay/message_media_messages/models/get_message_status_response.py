"""``GetMessageStatusResponse`` under the module path 1.1.0 used."""

from . import GetMessageStatusResponse

__all__ = ["GetMessageStatusResponse"]

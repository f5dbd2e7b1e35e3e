"""A client library for accessing Twitter API (v2, v1.1, OAuth 1.0a and media upload), as used by PyTweet 1.3.6"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)


def __getattr__(name: str) -> object:
    """``Client`` and ``AuthenticatedClient`` load on first use (PEP 562), so importing a submodule (a facade's
    ``legacy`` plumbing) does not import the client module and attrs."""
    if name in __all__:
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

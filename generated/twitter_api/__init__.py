"""A client library for accessing Twitter API (v2, v1.1, OAuth 1.0a and media upload), as used by PyTweet 1.3.6"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

"""A client library for accessing SMS.CX (SMS Connexion) API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

"""Mxit public API client: the python-mxit 0.3.8 surface (``from mxit import Mxit, CONTACT_LIST_FILTER``), sync and
async, on the generated ``mxit_api`` client."""

from switchboard_core import APIConnectionError, APITimeoutError

from ._client import DEFAULT_AUTH_URL, DEFAULT_BASE_URL, AsyncMxit, Mxit
from ._inputs import CONTACT_LIST_FILTER
from ._version import __version__
from .exceptions import (
    MxitAPIAuthException,
    MxitAPIException,
    MxitAPIParameterException,
    MxitAPIStatusException,
    MxitBadRequestException,
    MxitConflictException,
    MxitNotFoundException,
    MxitPermissionDeniedException,
    MxitRateLimitException,
    MxitResponseParseException,
    MxitServerErrorException,
)
from .services import create_redirect_link

__all__ = [
    "CONTACT_LIST_FILTER",
    "DEFAULT_AUTH_URL",
    "DEFAULT_BASE_URL",
    "APIConnectionError",
    "APITimeoutError",
    "AsyncMxit",
    "Mxit",
    "MxitAPIAuthException",
    "MxitAPIException",
    "MxitAPIParameterException",
    "MxitAPIStatusException",
    "MxitBadRequestException",
    "MxitConflictException",
    "MxitNotFoundException",
    "MxitPermissionDeniedException",
    "MxitRateLimitException",
    "MxitResponseParseException",
    "MxitServerErrorException",
    "__version__",
    "create_redirect_link",
]

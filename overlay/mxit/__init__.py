"""Mxit public API client: the python-mxit 0.3.8 surface (``from mxit import Mxit, CONTACT_LIST_FILTER``), sync and
async, on the generated ``mxit_api`` client. ``CONTACT_LIST_FILTER``, ``create_redirect_link`` and the default
URLs are loaded on first use, so ``import mxit`` does not load the generated package."""

from typing import Any

from switchboard_core import APIConnectionError, APITimeoutError

from ._client import AsyncMxit, Mxit
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


def __getattr__(name: str) -> Any:
    if name in ("DEFAULT_BASE_URL", "DEFAULT_AUTH_URL"):  # the spec's servers: the REST API's, the OAuth paths'
        from mxit_api.legacy import SERVERS

        return SERVERS["" if name == "DEFAULT_BASE_URL" else "oauth"]
    if name == "CONTACT_LIST_FILTER":  # python-mxit's filter names -> the spec's values (all -> @All)
        from mxit_api.legacy.schemas import PARAMETER_FILTER_

        return {value[1:].lower(): value for value in PARAMETER_FILTER_["enum"]}
    if name == "create_redirect_link":
        from .services import create_redirect_link

        return create_redirect_link
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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

"""Vumi Go HTTP API clients: the go-http 0.3.2 surface, typed, sync and async.

    from go_http import HttpApiSender, LoggingSender
    from go_http.account import AccountApiClient
    from go_http.contacts import ContactsApiClient
    from go_http.metrics import MetricsApiClient
    from go_http.optouts import OptOutsApiClient

Constructors take go-http's arguments (``auth_token`` or the conversation credentials, ``api_url=None``,
``session=None``; ``session`` may be a ``requests.Session``, as in go-http, or an httpx client), plus keyword-only
``timeout``, ``max_retries``, ``headers`` and ``transport``. Each ``Async*`` class has the same methods as
coroutines (listings are async iterators). Results are the API's JSON as plain dicts and lists.
"""

from switchboard_core import APIConnectionError, APITimeoutError, InvalidRequestError

from ._base import DEFAULT_API_URL, DEFAULT_SENDER_URL
from ._version import __version__
from .account import AccountApiClient, AsyncAccountApiClient
from .contacts import AsyncContactsApiClient, ContactsApiClient
from .exceptions import (
    AuthenticationException,
    BadRequestException,
    ConflictException,
    ConnectionException,
    ContactNotFoundException,
    GoHttpError,
    HTTPError,
    JsonRpcException,
    NotFoundException,
    PagedException,
    PermissionDeniedException,
    RateLimitException,
    ResponseParseException,
    ServerErrorException,
    TimeoutException,
    UserOptedOutException,
)
from .metrics import AsyncMetricsApiClient, MetricsApiClient
from .optouts import AsyncOptOutsApiClient, OptOutsApiClient
from .send import AsyncHttpApiSender, HttpApiSender, LoggingSender

__all__ = [
    "DEFAULT_API_URL",
    "DEFAULT_SENDER_URL",
    "APIConnectionError",
    "APITimeoutError",
    "AccountApiClient",
    "AsyncAccountApiClient",
    "AsyncContactsApiClient",
    "AsyncHttpApiSender",
    "AsyncMetricsApiClient",
    "AsyncOptOutsApiClient",
    "AuthenticationException",
    "BadRequestException",
    "ConflictException",
    "ConnectionException",
    "ContactNotFoundException",
    "ContactsApiClient",
    "GoHttpError",
    "HTTPError",
    "HttpApiSender",
    "InvalidRequestError",
    "JsonRpcException",
    "LoggingSender",
    "MetricsApiClient",
    "NotFoundException",
    "OptOutsApiClient",
    "PagedException",
    "PermissionDeniedException",
    "RateLimitException",
    "ResponseParseException",
    "ServerErrorException",
    "TimeoutException",
    "UserOptedOutException",
    "__version__",
]

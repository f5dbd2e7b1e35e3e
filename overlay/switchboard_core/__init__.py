"""Shared runtime of the Switchboard API clients: errors, retries, redaction and logging."""

from typing import TYPE_CHECKING

from ._base_client import AsyncAPIClient, AsyncLifecycle, SyncAPIClient, SyncLifecycle, retry_policy
from ._client import (
    DEFAULT_TIMEOUT,
    NOT_GIVEN,
    AsyncInvoker,
    Call,
    CallOptions,
    ClientSettings,
    SyncInvoker,
    Timeout,
    TimeoutLike,
    as_timeout,
    build_async_http_client,
    build_http_client,
)
from ._download import DownloadTarget, aread_body, asave_body, download_target, read_body, save_body
from ._environ import base_url_from_env, env_name
from ._errors import (
    DEFAULT_ERROR_MAP,
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ErrorMap,
    FaultAnswer,
    InternalServerError,
    InvalidRequestError,
    InvalidRequestTypeError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestInfo,
    ResponseParseError,
    SwitchboardError,
    UnprocessableEntityError,
    connection_error,
)
from ._lazy import LazyModule, lazy_exports, lazy_module
from ._logging import configure_logging_from_env, logger_for
from ._redact import REDACTED, SENSITIVE_HEADERS, SENSITIVE_PARAMS, redact_headers, redact_text, redact_url
from ._retry import RETRY_POLICY_EXTENSION, AsyncRetryTransport, RetryDecision, RetryPolicy, RetryTransport
from ._schema import check, expect, expect_or_none, json_answer, require_one_of
from ._steps import PENDING, Download, Gather, Handle, Steps, arun, run
from ._version import __version__

if TYPE_CHECKING:
    from ._jsonrpc import (
        JSONRPC_VERSION,
        JsonRpcFault,
        JsonRpcOutcome,
        jsonrpc_answer,
        jsonrpc_request,
        parse_jsonrpc_response,
    )
    from ._paginate import AsyncCursorPager, CursorPager, Page, PaginationLoopError, with_cursor

# Pagination and JSON-RPC helpers load on first use (PEP 562): not every provider needs them at import time.
_LAZY = {
    "._jsonrpc": (
        "JSONRPC_VERSION",
        "JsonRpcFault",
        "JsonRpcOutcome",
        "jsonrpc_answer",
        "jsonrpc_request",
        "parse_jsonrpc_response",
    ),
    "._paginate": ("AsyncCursorPager", "CursorPager", "Page", "PaginationLoopError", "with_cursor"),
}
__getattr__ = lazy_exports(__name__, _LAZY)


__all__ = [
    "DEFAULT_ERROR_MAP",
    "DEFAULT_TIMEOUT",
    "JSONRPC_VERSION",
    "NOT_GIVEN",
    "PENDING",
    "REDACTED",
    "RETRY_POLICY_EXTENSION",
    "SENSITIVE_HEADERS",
    "SENSITIVE_PARAMS",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncAPIClient",
    "AsyncCursorPager",
    "AsyncInvoker",
    "AsyncLifecycle",
    "AsyncRetryTransport",
    "AuthenticationError",
    "BadRequestError",
    "Call",
    "CallOptions",
    "ClientSettings",
    "ConflictError",
    "CursorPager",
    "Download",
    "DownloadTarget",
    "ErrorMap",
    "FaultAnswer",
    "Gather",
    "Handle",
    "InternalServerError",
    "InvalidRequestError",
    "InvalidRequestTypeError",
    "JsonRpcFault",
    "JsonRpcOutcome",
    "LazyModule",
    "NotFoundError",
    "Page",
    "PaginationLoopError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestInfo",
    "ResponseParseError",
    "RetryDecision",
    "RetryPolicy",
    "RetryTransport",
    "Steps",
    "SwitchboardError",
    "SyncAPIClient",
    "SyncInvoker",
    "SyncLifecycle",
    "Timeout",
    "TimeoutLike",
    "UnprocessableEntityError",
    "__version__",
    "aread_body",
    "arun",
    "as_timeout",
    "asave_body",
    "base_url_from_env",
    "build_async_http_client",
    "build_http_client",
    "check",
    "configure_logging_from_env",
    "connection_error",
    "download_target",
    "env_name",
    "expect",
    "expect_or_none",
    "json_answer",
    "jsonrpc_answer",
    "jsonrpc_request",
    "lazy_module",
    "logger_for",
    "parse_jsonrpc_response",
    "read_body",
    "redact_headers",
    "redact_text",
    "redact_url",
    "require_one_of",
    "retry_policy",
    "run",
    "save_body",
    "with_cursor",
]

"""Shared runtime of the Switchboard API clients: errors, retries, redaction and logging."""

from pkgutil import extend_path
from typing import TYPE_CHECKING

# The sync half of the runtime is derived from ``_async`` by ``make generate`` into generated/switchboard_core/_sync
# (a folder of this package in the wheel): on a source tree's path (overlay, then generated), this finds it there.
__path__ = extend_path(__path__, __name__)

from ._lazy import LazyModule, lazy_exports, lazy_module
from ._version import __version__

if TYPE_CHECKING:
    from ._aiohttp_transport import AiohttpTransport
    from ._async._base_client import AsyncAPIClient, AsyncLifecycle
    from ._async._download import aread_body
    from ._async._invoker import AsyncInvoker
    from ._async._paginate import AsyncCursorPager
    from ._async._retry import AsyncRetryTransport
    from ._async._retry_client import AsyncRetryingClient
    from ._base_client import retry_policy
    from ._client import (
        DEFAULT_LIMITS,
        DEFAULT_TIMEOUT,
        NOT_GIVEN,
        Call,
        CallOptions,
        ClientSettings,
        Timeout,
        TimeoutLike,
        as_timeout,
        build_async_http_client,
        build_http_client,
    )
    from ._deadline import DEADLINE_EXTENSION, DEFAULT_DEADLINE, DeadlineExceeded
    from ._download import DownloadTarget, asave_body, download_target, save_body
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
        ResponseError,
        ResponseParseError,
        SwitchboardError,
        UnprocessableEntityError,
        connection_error,
    )
    from ._fast_transport import FastHTTPTransport
    from ._jsonrpc import (
        JSONRPC_VERSION,
        JsonRpcFault,
        JsonRpcOutcome,
        jsonrpc_answer,
        jsonrpc_request,
        parse_jsonrpc_response,
    )
    from ._logging import configure_logging_from_env, logger_for
    from ._paginate import Page, PaginationLoopError, with_cursor
    from ._reconcile import Reconcile, reconciled_retry
    from ._redact import (
        REDACTED,
        SENSITIVE_HEADERS,
        SENSITIVE_PARAMS,
        redact_headers,
        redact_response_request,
        redact_text,
        redact_url,
        redacted_request,
    )
    from ._retry import RETRY_POLICY_EXTENSION, RetryDecision, RetryPolicy
    from ._schema import (
        AnswerMismatch,
        Answers,
        check,
        checked_answer,
        expect,
        expect_or_none,
        json_answer,
        relax_answers,
        require_one_of,
    )
    from ._steps import PENDING, Download, Gather, Handle, Steps, arun, run
    from ._sync._base_client import SyncAPIClient, SyncLifecycle
    from ._sync._download import read_body
    from ._sync._invoker import SyncInvoker
    from ._sync._paginate import CursorPager
    from ._sync._retry import RetryTransport
    from ._sync._retry_client import RetryingClient
    from ._transports import default_async_transport

# Every name loads its module on first use (PEP 562): a generated package that needs only the errors and the
# answer checks does not pay for the client, retries and auth at import time.
_LAZY = {
    "._base_client": ("retry_policy",),
    "._sync._base_client": ("SyncAPIClient", "SyncLifecycle"),
    "._async._base_client": ("AsyncAPIClient", "AsyncLifecycle"),
    "._sync._invoker": ("SyncInvoker",),
    "._async._invoker": ("AsyncInvoker",),
    "._client": (
        "DEFAULT_LIMITS",
        "DEFAULT_TIMEOUT",
        "NOT_GIVEN",
        "Call",
        "CallOptions",
        "ClientSettings",
        "Timeout",
        "TimeoutLike",
        "as_timeout",
        "build_async_http_client",
        "build_http_client",
    ),
    "._deadline": ("DEADLINE_EXTENSION", "DEFAULT_DEADLINE", "DeadlineExceeded"),
    "._download": ("DownloadTarget", "asave_body", "download_target", "save_body"),
    "._sync._download": ("read_body",),
    "._async._download": ("aread_body",),
    "._environ": ("base_url_from_env", "env_name"),
    "._fast_transport": ("FastHTTPTransport",),
    "._errors": (
        "DEFAULT_ERROR_MAP",
        "APIConnectionError",
        "APIError",
        "APIStatusError",
        "APITimeoutError",
        "AuthenticationError",
        "BadRequestError",
        "ConflictError",
        "ErrorMap",
        "FaultAnswer",
        "InternalServerError",
        "InvalidRequestError",
        "InvalidRequestTypeError",
        "NotFoundError",
        "PermissionDeniedError",
        "RateLimitError",
        "RequestInfo",
        "ResponseError",
        "ResponseParseError",
        "SwitchboardError",
        "UnprocessableEntityError",
        "connection_error",
    ),
    "._logging": ("configure_logging_from_env", "logger_for"),
    "._reconcile": ("Reconcile", "reconciled_retry"),
    "._redact": (
        "REDACTED",
        "SENSITIVE_HEADERS",
        "SENSITIVE_PARAMS",
        "redact_headers",
        "redact_response_request",
        "redact_text",
        "redact_url",
        "redacted_request",
    ),
    "._retry": ("RETRY_POLICY_EXTENSION", "RetryDecision", "RetryPolicy"),
    "._sync._retry": ("RetryTransport",),
    "._async._retry": ("AsyncRetryTransport",),
    "._sync._retry_client": ("RetryingClient",),
    "._async._retry_client": ("AsyncRetryingClient",),
    "._schema": (
        "AnswerMismatch",
        "Answers",
        "check",
        "checked_answer",
        "expect",
        "expect_or_none",
        "json_answer",
        "relax_answers",
        "require_one_of",
    ),
    "._steps": ("PENDING", "Download", "Gather", "Handle", "Steps", "arun", "run"),
    "._transports": ("default_async_transport",),
    "._aiohttp_transport": ("AiohttpTransport",),
    "._jsonrpc": (
        "JSONRPC_VERSION",
        "JsonRpcFault",
        "JsonRpcOutcome",
        "jsonrpc_answer",
        "jsonrpc_request",
        "parse_jsonrpc_response",
    ),
    "._paginate": ("Page", "PaginationLoopError", "with_cursor"),
    "._sync._paginate": ("CursorPager",),
    "._async._paginate": ("AsyncCursorPager",),
}
__getattr__ = lazy_exports(__name__, _LAZY)


__all__ = [
    "DEADLINE_EXTENSION",
    "DEFAULT_DEADLINE",
    "DEFAULT_ERROR_MAP",
    "DEFAULT_LIMITS",
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
    "AiohttpTransport",
    "AnswerMismatch",
    "Answers",
    "AsyncAPIClient",
    "AsyncCursorPager",
    "AsyncInvoker",
    "AsyncLifecycle",
    "AsyncRetryTransport",
    "AsyncRetryingClient",
    "AuthenticationError",
    "BadRequestError",
    "Call",
    "CallOptions",
    "ClientSettings",
    "ConflictError",
    "CursorPager",
    "DeadlineExceeded",
    "Download",
    "DownloadTarget",
    "ErrorMap",
    "FastHTTPTransport",
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
    "Reconcile",
    "RequestInfo",
    "ResponseError",
    "ResponseParseError",
    "RetryDecision",
    "RetryPolicy",
    "RetryTransport",
    "RetryingClient",
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
    "checked_answer",
    "configure_logging_from_env",
    "connection_error",
    "default_async_transport",
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
    "reconciled_retry",
    "redact_headers",
    "redact_response_request",
    "redact_text",
    "redact_url",
    "redacted_request",
    "relax_answers",
    "require_one_of",
    "retry_policy",
    "run",
    "save_body",
    "with_cursor",
]

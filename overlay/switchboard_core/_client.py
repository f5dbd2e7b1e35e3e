"""The HTTP stack every provider client shares, and how one generated operation is invoked on it.

A provider overlay describes each operation as a :class:`Call` (the generated module's ``_get_kwargs``
output plus a parser) and hands it to :class:`SyncInvoker` or :class:`AsyncInvoker`. They send it through
an httpx client built by :func:`build_http_client` (retries in the transport, auth, default timeouts,
redacted logging), turn transport failures and non-2xx answers into typed errors, and wrap anything the
parser raises in the provider's :class:`ResponseParseError`.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any, Generic, TypeVar

import httpx

from ._errors import DEFAULT_ERROR_MAP, ErrorMap, InvalidRequestError, connection_error
from ._redact import alog_request, alog_response, configure_logging_from_env, log_request, log_response
from ._retry import RETRY_POLICY_EXTENSION, AsyncRetryTransport, RetryPolicy, RetryTransport

T = TypeVar("T")

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
"""5 s to connect, 30 s for each read, write and pool wait."""

TimeoutLike = float | httpx.Timeout | None


class _NotGiven:
    """Marks a per-call option the caller left alone (``None`` is a real value for timeouts)."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = _NotGiven()


def as_timeout(value: TimeoutLike) -> httpx.Timeout:
    """A float is seconds for every phase; ``None`` disables timeouts; a Timeout is used as it is."""
    if isinstance(value, httpx.Timeout):
        return value
    if value is not None and (not isinstance(value, int | float) or isinstance(value, bool) or value <= 0):
        raise InvalidRequestError(f"timeout must be a positive number of seconds or an httpx.Timeout, not {value!r}")
    return httpx.Timeout(value)


@dataclass(frozen=True, kw_only=True)
class ClientSettings:
    """Everything that shapes a provider client's HTTP stack. Immutable; use :meth:`evolve` for variants."""

    base_url: str
    auth: httpx.Auth | None = None
    timeout: httpx.Timeout = field(default_factory=lambda: DEFAULT_TIMEOUT)
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    headers: Mapping[str, str] = field(default_factory=dict)
    error_map: ErrorMap = DEFAULT_ERROR_MAP
    transport: httpx.BaseTransport | None = None
    """Innermost sync transport (default: a real ``httpx.HTTPTransport``); retries wrap it."""
    async_transport: httpx.AsyncBaseTransport | None = None
    """Innermost async transport (default: a real ``httpx.AsyncHTTPTransport``); retries wrap it."""

    def __repr__(self) -> str:  # auth objects keep their own redacted reprs; headers may hold keys
        return f"ClientSettings(base_url={self.base_url!r}, auth={self.auth!r}, timeout={self.timeout!r})"

    def evolve(self, *, timeout: TimeoutLike | _NotGiven = NOT_GIVEN, max_retries: int | None = None) -> ClientSettings:
        """A copy with another default timeout and/or retry count."""
        settings = self
        if not isinstance(timeout, _NotGiven):
            settings = replace(settings, timeout=as_timeout(timeout))
        if max_retries is not None:
            settings = replace(settings, retry=_checked_retry(settings.retry, max_retries))
        return settings


def _checked_retry(policy: RetryPolicy, max_retries: int) -> RetryPolicy:
    try:
        return policy.with_max_retries(max_retries)
    except ValueError as exc:
        raise InvalidRequestError(str(exc)) from exc


def build_http_client(settings: ClientSettings) -> httpx.Client:
    """A sync httpx client with the retry transport, auth, timeouts and redacted logging."""
    configure_logging_from_env()
    return httpx.Client(
        base_url=settings.base_url,
        auth=settings.auth,
        timeout=settings.timeout,
        headers=dict(settings.headers),
        transport=RetryTransport(settings.transport or httpx.HTTPTransport(), settings.retry),
        event_hooks={"request": [log_request], "response": [log_response]},
    )


def build_async_http_client(settings: ClientSettings) -> httpx.AsyncClient:
    """The async twin of :func:`build_http_client`."""
    configure_logging_from_env()
    return httpx.AsyncClient(
        base_url=settings.base_url,
        auth=settings.auth,
        timeout=settings.timeout,
        headers=dict(settings.headers),
        transport=AsyncRetryTransport(settings.async_transport or httpx.AsyncHTTPTransport(), settings.retry),
        event_hooks={"request": [alog_request], "response": [alog_response]},
    )


@dataclass(frozen=True)
class Call(Generic[T]):
    """One request ready to send: httpx ``request`` kwargs (from a generated ``_get_kwargs``) and a parser."""

    kwargs: Mapping[str, Any]
    parse: Callable[[httpx.Response], T]


@dataclass(frozen=True)
class CallOptions:
    """Per-call overrides of the client's timeout and retry count."""

    timeout: TimeoutLike | _NotGiven = NOT_GIVEN
    max_retries: int | None = None


def _build_request(
    http: httpx.Client | httpx.AsyncClient, call: Call[Any], options: CallOptions, retry: RetryPolicy
) -> httpx.Request:
    extensions: dict[str, Any] = {}
    if options.max_retries is not None:
        extensions[RETRY_POLICY_EXTENSION] = _checked_retry(retry, options.max_retries)
    timeout = http.timeout if isinstance(options.timeout, _NotGiven) else as_timeout(options.timeout)
    return http.build_request(**call.kwargs, timeout=timeout, extensions=extensions)


def _finish(response: httpx.Response, call: Call[T], errors: ErrorMap) -> T:
    if not 200 <= response.status_code < 300:
        raise errors.for_response(response)
    try:
        return call.parse(response)
    except Exception as exc:  # the generated parsers raise KeyError, ValueError, TypeError, JSONDecodeError
        raise errors.parse_error.from_exception(response, exc) from exc


DownloadTarget = str | os.PathLike[str] | IO[bytes] | None
"""Where :meth:`SyncInvoker.download` puts a body: a file path (written atomically), an open binary file, or
``None`` for the bytes themselves."""


def _check_download(response: httpx.Response, errors: ErrorMap) -> None:
    if not 200 <= response.status_code < 300:
        raise errors.for_response(response)


def _temp_beside(path: Path) -> tuple[IO[bytes], Path]:
    """An open temporary file in ``path``'s folder (so the final rename stays on one file system)."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    return os.fdopen(fd, "wb"), Path(name)


class SyncInvoker:
    """Sends :class:`Call` objects on one sync httpx client."""

    def __init__(self, http: httpx.Client, settings: ClientSettings) -> None:
        self.http = http
        self.settings = settings

    def run(self, call: Call[T], options: CallOptions = CallOptions()) -> T:
        request = _build_request(self.http, call, options, self.settings.retry)
        try:
            response = self.http.send(request)
        except httpx.TransportError as exc:
            raise connection_error(exc, request) from exc
        return _finish(response, call, self.settings.error_map)

    def download(self, call: Call[Any], to: DownloadTarget = None, options: CallOptions = CallOptions()) -> Any:
        """Send ``call`` and stream its 2xx body: to the file at path ``to`` (returns its :class:`Path`; written to a
        temporary file first, so a failure never leaves a partial file), into the open binary file ``to``
        (returns ``to``), or into memory (``to=None``; returns the bytes). Errors raise as in :meth:`run`."""
        request = _build_request(self.http, call, options, self.settings.retry)
        try:
            response = self.http.send(request, stream=True)
        except httpx.TransportError as exc:
            raise connection_error(exc, request) from exc
        try:
            if not 200 <= response.status_code < 300:
                response.read()
                _check_download(response, self.settings.error_map)
            if to is None:
                return response.read()
            if not isinstance(to, str | os.PathLike):
                for chunk in response.iter_bytes():
                    to.write(chunk)
                return to
            target = Path(to)
            handle, temp = _temp_beside(target)
            try:
                with handle:
                    for chunk in response.iter_bytes():
                        handle.write(chunk)
                temp.replace(target)
            except BaseException:
                temp.unlink(missing_ok=True)
                raise
            return target
        except httpx.TransportError as exc:
            raise connection_error(exc, request) from exc
        finally:
            response.close()


class AsyncInvoker:
    """Sends :class:`Call` objects on one async httpx client."""

    def __init__(self, http: httpx.AsyncClient, settings: ClientSettings) -> None:
        self.http = http
        self.settings = settings

    async def run(self, call: Call[T], options: CallOptions = CallOptions()) -> T:
        request = _build_request(self.http, call, options, self.settings.retry)
        try:
            response = await self.http.send(request)
        except httpx.TransportError as exc:
            raise connection_error(exc, request) from exc
        return _finish(response, call, self.settings.error_map)

    async def download(self, call: Call[Any], to: DownloadTarget = None, options: CallOptions = CallOptions()) -> Any:
        """Async :meth:`SyncInvoker.download` (file writes are blocking; chunks are small)."""
        request = _build_request(self.http, call, options, self.settings.retry)
        try:
            response = await self.http.send(request, stream=True)
        except httpx.TransportError as exc:
            raise connection_error(exc, request) from exc
        try:
            if not 200 <= response.status_code < 300:
                await response.aread()
                _check_download(response, self.settings.error_map)
            if to is None:
                return await response.aread()
            if not isinstance(to, str | os.PathLike):
                async for chunk in response.aiter_bytes():
                    to.write(chunk)
                return to
            target = Path(to)
            handle, temp = _temp_beside(target)
            try:
                with handle:
                    async for chunk in response.aiter_bytes():
                        handle.write(chunk)
                temp.replace(target)
            except BaseException:
                temp.unlink(missing_ok=True)
                raise
            return target
        except httpx.TransportError as exc:
            raise connection_error(exc, request) from exc
        finally:
            await response.aclose()

"""The HTTP stack every provider client shares, and how one generated operation is invoked on it.

A provider overlay describes each operation as a :class:`Call` (the generated module's ``build_request``
output plus a parser) and hands it to :class:`SyncInvoker` or :class:`AsyncInvoker` (``switchboard_core._sync`` /
``._async._client``, written once in the async form; what both share is here). They send it through
an httpx client built by :func:`build_http_client` (retries above auth, so each attempt is signed afresh, a
total deadline per call, default timeouts, a pool that keeps alive what it allows, redacted logging), turn
transport failures and non-2xx answers into typed errors, and wrap anything the parser raises in the provider's
:class:`ResponseParseError`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Generic, TypeVar

import httpx

from ._async._http import AsyncRetryingClient, AsyncTypedClient
from ._deadline import DEADLINE_EXTENSION, DEFAULT_DEADLINE, checked_deadline
from ._errors import DEFAULT_ERROR_MAP, ErrorMap, FaultAnswer, InvalidRequestError, ResponseParseError, connection_error
from ._gcpause import LARGE_BODY, gc_paused
from ._logging import configure_logging_from_env, logger_for
from ._reconcile import Reconcile, reconciled
from ._retry import RETRY_POLICY_EXTENSION, RetryPolicy
from ._sync._http import RetryingClient, TypedClient
from ._transports import default_async_transport
from ._typed_http import build
from ._urls import joined_url

T = TypeVar("T")

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
"""5 s to connect, 30 s for each read, write and pool wait."""

TimeoutLike = float | httpx.Timeout | None

DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=5.0)
"""The connection pool: up to 100 connections at once, and every one of them kept alive between calls (httpx's
default keeps only 20, so more than 20 concurrent callers would open a new connection for most calls)."""


class _NotGiven:
    """Marks a per-call option the caller left alone (``None`` is a real value for timeouts)."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = _NotGiven()

Timeout = TimeoutLike | _NotGiven
"""A per-call timeout: seconds, an ``httpx.Timeout``, ``None`` (no timeout) or ``NOT_GIVEN`` (the client's)."""


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
    provider: str = ""
    """Names the logger requests and retries go to: ``switchboard.<provider>`` (``switchboard`` if empty)."""
    auth: httpx.Auth | None = None
    timeout: httpx.Timeout = field(default_factory=lambda: DEFAULT_TIMEOUT)
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    headers: Mapping[str, str] = field(default_factory=dict)
    error_map: ErrorMap = DEFAULT_ERROR_MAP
    transport: httpx.BaseTransport | None = None
    """Sync transport (default: a real ``httpx.HTTPTransport`` with :attr:`limits`); retries run above it."""
    async_transport: httpx.AsyncBaseTransport | None = None
    """Async transport (default: :func:`default_async_transport` with :attr:`limits`: aiohttp's when it is
    installed, else ``httpx.AsyncHTTPTransport``; pass ``httpx.AsyncHTTPTransport(...)`` to keep httpx's)."""
    deadline: float | None = DEFAULT_DEADLINE
    """Seconds one call may take in all (attempts, waits between them, reading the body); None: no limit."""
    limits: httpx.Limits = field(default_factory=lambda: DEFAULT_LIMITS)
    """The pool of the default transports (a caller's ``transport`` brings its own)."""
    follow_redirects: bool = False
    """Follow 3xx answers (httpx drops ``Authorization`` on a redirect to another host), for a legacy SDK whose
    ``requests`` did; off by default: a 3xx is an error."""
    json_dumps: Callable[[Any], bytes] | None = None
    """Serialises JSON request bodies instead of httpx (compact UTF-8), for a legacy SDK whose bytes on the wire
    differed, e.g. Python 2's ``json.dumps`` defaults; None (the default): httpx's."""

    def __repr__(self) -> str:  # auth objects keep their own redacted reprs; headers may hold keys
        return f"ClientSettings(base_url={self.base_url!r}, auth={self.auth!r}, timeout={self.timeout!r})"

    def evolve(
        self,
        *,
        timeout: TimeoutLike | _NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        deadline: float | _NotGiven | None = NOT_GIVEN,
    ) -> ClientSettings:
        """A copy with another default timeout, retry count and/or deadline."""
        settings = self
        if not isinstance(deadline, _NotGiven):
            try:
                settings = replace(settings, deadline=checked_deadline(deadline))
            except ValueError as exc:
                raise InvalidRequestError(str(exc)) from exc
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


class _HTTPClient(TypedClient, RetryingClient):
    """Typed errors outermost; below them the retry loop, which re-runs auth for each attempt."""


class _AsyncHTTPClient(AsyncTypedClient, AsyncRetryingClient):
    """The async client of :class:`_HTTPClient`."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        cookies = _AnswerCookies()
        cookies.jar = self.cookies.jar
        self._cookies = cookies


class _AnswerCookies(httpx.Cookies):
    """httpx's cookies, except that an answer without ``Set-Cookie`` is not handed to ``http.cookiejar`` (which
    would build a ``urllib`` request and an ``email`` message to find no cookie in it: a tenth of an async call's
    CPU on aiohttp)."""

    def extract_cookies(self, response: httpx.Response) -> None:
        headers = response.headers
        if "set-cookie" in headers or "set-cookie2" in headers:
            super().extract_cookies(response)


def build_http_client(settings: ClientSettings) -> httpx.Client:
    """A sync httpx client raising only the settings' error classes (:class:`TypedClient`), that retries above
    auth (logging each attempt) within the deadline, with timeouts."""
    configure_logging_from_env()
    return _HTTPClient(
        error_map=settings.error_map,
        retry=settings.retry,
        deadline=settings.deadline,
        log=logger_for(settings.provider),
        base_url=settings.base_url,
        follow_redirects=settings.follow_redirects,
        auth=settings.auth,
        timeout=settings.timeout,
        headers=dict(settings.headers),
        transport=settings.transport or httpx.HTTPTransport(limits=settings.limits),
    )


def build_async_http_client(settings: ClientSettings) -> httpx.AsyncClient:
    """The async client of :func:`build_http_client`."""
    configure_logging_from_env()
    return _AsyncHTTPClient(
        error_map=settings.error_map,
        retry=settings.retry,
        deadline=settings.deadline,
        log=logger_for(settings.provider),
        base_url=settings.base_url,
        follow_redirects=settings.follow_redirects,
        auth=settings.auth,
        timeout=settings.timeout,
        headers=dict(settings.headers),
        transport=settings.async_transport or default_async_transport(limits=settings.limits),
    )


@dataclass(frozen=True)
class Call(Generic[T]):
    """One request ready to send: httpx ``request`` kwargs (from a generated ``build_request``) and a parser."""

    kwargs: Mapping[str, Any]
    parse: Callable[[httpx.Response], T]
    extensions: Mapping[str, Any] = field(default_factory=dict)
    """httpx request extensions for this call (e.g. the OAuth 2 scope it needs)."""
    absent: frozenset[int] = frozenset()
    """Statuses that mean "no such thing" for this call: it returns None instead of raising (legacy lookups)."""
    reconcile: Reconcile | None = None
    """Answers to a retried call proving that an earlier attempt took effect: it returns None (``_reconcile``)."""


@dataclass(frozen=True)
class CallOptions:
    """Per-call overrides of the client's timeout and retry count."""

    timeout: TimeoutLike | _NotGiven = NOT_GIVEN
    max_retries: int | None = None


def _defaults(built: ClientSettings, settings: ClientSettings) -> CallOptions | None:
    """What a derived invoker adds to each call so that ``settings`` apply on an HTTP client built with ``built``."""
    if settings is built:
        return None
    timeout = NOT_GIVEN if settings.timeout == built.timeout else settings.timeout
    retries = None if settings.retry == built.retry else settings.retry.max_retries
    if isinstance(timeout, _NotGiven) and retries is None and settings.deadline == built.deadline:
        return None
    return CallOptions(timeout, retries)


def _with_defaults(options: CallOptions, defaults: CallOptions | None) -> CallOptions:
    if defaults is None:
        return options
    return CallOptions(
        defaults.timeout if isinstance(options.timeout, _NotGiven) else options.timeout,
        defaults.max_retries if options.max_retries is None else options.max_retries,
    )


def _build_request(
    http: httpx.Client | httpx.AsyncClient,
    call: Call[Any],
    options: CallOptions,
    retry: RetryPolicy,
    defaults: CallOptions | None = None,
    session: ClientSettings | None = None,
    errors: ErrorMap = DEFAULT_ERROR_MAP,
    deadline: float | _NotGiven | None = NOT_GIVEN,
) -> httpx.Request:
    options = _with_defaults(options, defaults)
    overrides: dict[str, Any] = {}  # only what the call overrides; httpx fills in the client's defaults
    extensions: dict[str, Any] = dict(call.extensions) if call.extensions else {}
    if not isinstance(deadline, _NotGiven):
        extensions[DEADLINE_EXTENSION] = deadline
    if options.max_retries is not None:
        extensions[RETRY_POLICY_EXTENSION] = _checked_retry(retry, options.max_retries)
    if extensions:
        overrides["extensions"] = extensions
    if not isinstance(options.timeout, _NotGiven):
        overrides["timeout"] = as_timeout(options.timeout)
    if session is not None:  # a caller's client has none of our defaults: an absolute URL and our headers
        kwargs = dict(call.kwargs)
        url = str(kwargs.pop("url"))
        if "://" not in url:
            url = session.base_url.rstrip("/") + "/" + url.lstrip("/")
        headers = {**session.headers, **kwargs.pop("headers", {})}
        return build(http.build_request, errors, **kwargs, url=url, headers=headers, **overrides)
    url = call.kwargs["url"]
    if (joined := joined_url(http, url, call.kwargs.get("params"))) is not None:
        return build(http.build_request, errors, **{**call.kwargs, "url": joined, "params": None}, **overrides)
    if isinstance(url, str) and "://" not in url and (base := _merge_base(http)):
        return build(http.build_request, errors, **{**call.kwargs, "url": base + url.lstrip("/")}, **overrides)
    return build(http.build_request, errors, **call.kwargs, **overrides)


def python2_json(body: object) -> bytes:
    """Python 2's ``json.dumps`` bytes, which Python 3's defaults reproduce (``", "`` / ``": "`` separators,
    non-ASCII as ``\\uXXXX``): ``ClientSettings(json_dumps=python2_json)`` for facades of Python 2 SDKs."""
    return json.dumps(body).encode("ascii")


def _json_encoded(call: Call[T], dumps: Callable[[Any], bytes]) -> Call[T]:
    """``call`` with its ``json=`` body serialised by ``dumps`` (``Content-Type: application/json`` unless set)."""
    kwargs = dict(call.kwargs)
    kwargs["content"] = dumps(kwargs.pop("json"))
    headers = dict(kwargs.get("headers", {}))
    if not any(name.lower() == "content-type" for name in headers):
        headers["Content-Type"] = "application/json"
    kwargs["headers"] = headers
    return replace(call, kwargs=kwargs)


def _merge_base(http: httpx.Client | httpx.AsyncClient) -> str:
    """The text httpx's base-URL merge puts before a relative URL (its raw path ends in ``/``), or ``""`` when that
    merge is not a plain join (no base URL, or one with a query). Joining as text lets httpx parse the URL once."""
    base = str(http.base_url)
    if "://" not in base or "?" in base or "#" in base:
        return ""
    return base if base.endswith("/") else base + "/"


def _finish(response: httpx.Response, call: Call[T], errors: ErrorMap) -> T:
    if response.status_code in call.absent or (call.reconcile is not None and reconciled(call.reconcile, response)):
        return None  # type: ignore[return-value]  # the call's type says T | None, or a reconciled retry
    if not 200 <= response.status_code < 300:
        raise errors.for_response(response)
    try:
        if len(response.content) >= LARGE_BODY:
            with gc_paused():
                return call.parse(response)
        return call.parse(response)
    except FaultAnswer as fault:
        raise errors.for_fault(fault.fault, response) from None
    except Exception as exc:  # the generated parsers raise KeyError, ValueError, TypeError, JSONDecodeError
        if isinstance(exc, ResponseParseError) and exc.__cause__ is not None:  # the typed client's: its reason
            exc = exc.__cause__  # type: ignore[assignment]
        raise errors.parse_error.from_exception(response, exc) from exc


def _consume_error(response: httpx.Response, errors: ErrorMap, exc: Exception) -> Exception:
    """What a failing ``consume`` becomes: a file-system error stays itself, a broken connection the connection
    error, anything else (an undecodable body included) a parse error."""
    if isinstance(exc, OSError) and not isinstance(exc, httpx.HTTPError):
        return exc
    if isinstance(exc, httpx.TransportError):
        return connection_error(exc, response.request, errors)
    return errors.parse_error.from_exception(response, exc)


class _Invoker:
    http: httpx.Client | httpx.AsyncClient
    settings: ClientSettings
    defaults: CallOptions | None
    session: bool

    built: ClientSettings

    def _request(self, call: Call[Any], options: CallOptions) -> httpx.Request:
        session = self.settings if self.session else None
        if self.settings.json_dumps is not None and "json" in call.kwargs:
            call = _json_encoded(call, self.settings.json_dumps)
        deadline = NOT_GIVEN if self.settings.deadline == self.built.deadline else self.settings.deadline
        return _build_request(
            self.http, call, options, self.settings.retry, self.defaults, session, self.settings.error_map, deadline
        )

    @property
    def _auth(self) -> Any:
        """The settings' auth on a caller's client; else the client's own (``USE_CLIENT_DEFAULT``)."""
        return self.settings.auth if self.session else httpx.USE_CLIENT_DEFAULT

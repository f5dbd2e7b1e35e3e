"""What a provider behaviour is made of: the request it sees, the errors it raises, its handlers and state helpers."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, ClassVar, TypeVar

from werkzeug.datastructures import Headers

Result = tuple[int, Any] | tuple[int, Any, Mapping[str, str]]
"""What a handler returns: ``(status, JSON-able body)`` or ``(status, body, extra headers)``; the body may also be
a :class:`Raw` for an answer that is not JSON (bytes of any content type, or nothing at all)."""


@dataclass(frozen=True)
class Raw:
    """A non-JSON answer body: ``content`` as it is, with ``content_type`` (no Content-Type header when None)."""

    content: bytes = b""
    content_type: str | None = None


@dataclass(frozen=True)
class Live:
    """A streamed answer: ``chunks()`` is iterated while the response is sent (a long-lived or very large body,
    e.g. a stream endpoint), so it is neither held in memory nor validated against the spec as a whole."""

    chunks: Callable[[], Iterable[bytes]]
    content_type: str | None = None


Clock = Callable[[], datetime]
F = TypeVar("F", bound=Callable[..., Result])

_OPERATION_ATTR = "__sandbox_operation__"
_CONTROL_ATTR = "__sandbox_control__"


def utc_now() -> datetime:
    """The current time, timezone-aware UTC (the default clock)."""
    return datetime.now(UTC)


def _cannot_advance(seconds: float) -> None:
    raise ApiError(501, "This sandbox's clock cannot be moved (it was given a plain time source)")


def timestamp(moment: datetime) -> str:
    """ISO 8601 UTC with milliseconds and ``Z``, as the APIs print them: ``2016-11-03T11:49:02.807Z``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


@dataclass(frozen=True)
class SandboxRequest:
    """The parts of an incoming request a handler may use (already validated against the spec for API calls)."""

    method: str
    path: str
    """The percent-decoded path."""
    raw_path: str
    """The path as sent on the request line (percent-encoded, no query string)."""
    headers: Headers
    query: Mapping[str, str] = field(default_factory=dict)
    path_params: Mapping[str, str] = field(default_factory=dict)
    body: Any = None
    """The parsed JSON body, or ``None`` when there is none (or it is not JSON)."""
    raw_body: bytes = b""
    operation_id: str | None = None
    principal: Any = None
    """What :meth:`Provider.authenticate` returned."""


class ApiError(Exception):
    """Raised by handlers and hooks to answer ``{"message": ..., "details": [...]}`` with a 4xx/5xx status."""

    def __init__(
        self, status: int, message: str, *, details: list[str] | None = None, headers: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.details = details
        self.headers = dict(headers or {})

    def body(self) -> dict[str, Any]:
        """The JSON error body."""
        body: dict[str, Any] = {"message": self.message}
        if self.details is not None:
            body["details"] = self.details
        return body


def operation(operation_id: str) -> Callable[[F], F]:
    """Mark a provider method as the handler of the spec operation ``operation_id``."""

    def mark(handler: F) -> F:
        setattr(handler, _OPERATION_ATTR, operation_id)
        return handler

    return mark


def control(method: str, name: str) -> Callable[[F], F]:
    """Mark a provider method as the control endpoint ``<method> /_sandbox/<provider>/<name>`` (not validated)."""

    def mark(handler: F) -> F:
        setattr(handler, _CONTROL_ATTR, (method.upper(), name.strip("/")))
        return handler

    return mark


class Ids:
    """Deterministic UUIDs: the n-th id of a kind is the same after every reset (stable cassettes)."""

    def __init__(self, namespace: str) -> None:
        self._namespace = uuid.uuid5(uuid.NAMESPACE_URL, f"https://switchboard.invalid/sandbox/{namespace}")
        self._counters: dict[str, int] = {}

    def reset(self) -> None:
        self._counters.clear()

    def next(self, kind: str) -> str:
        """The next id of ``kind``: ``uuid5(namespace, "<kind>-<n>")``, a 36-character string."""
        n = self._counters.get(kind, 0) + 1
        self._counters[kind] = n
        return str(uuid.uuid5(self._namespace, f"{kind}-{n}"))


class Provider:
    """Base of a provider behaviour: its handlers by ``operationId``, its control endpoints and its state.

    Subclasses set ``name``, decorate handler methods with :func:`operation` / :func:`control`, keep their state
    in attributes (re)initialised by :meth:`reset`, and may override :meth:`authenticate`. The engine calls
    every hook and handler under one lock, so handlers need no locking of their own.
    """

    name: ClassVar[str] = ""
    title: ClassVar[str] = ""
    """The API's name for people (``SMS.CX``)."""
    operations: ClassVar[dict[str, str]] = {}
    """``operationId`` → method name, collected from the :func:`operation` marks."""
    controls: ClassVar[dict[tuple[str, str], str]] = {}
    """``(METHOD, name)`` → method name, collected from the :func:`control` marks."""
    own_path_patterns: ClassVar[bool] = False
    """The handlers answer a path parameter that breaks its spec ``pattern`` themselves (with the API's own
    error code), so the engine lets such a request through instead of answering its generic 400."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        operations: dict[str, str] = {}
        controls: dict[tuple[str, str], str] = {}
        for klass in reversed(cls.__mro__):
            for attr, value in vars(klass).items():
                if (op := getattr(value, _OPERATION_ATTR, None)) is not None:
                    operations[op] = attr
                if (route := getattr(value, _CONTROL_ATTR, None)) is not None:
                    controls[route] = attr
        cls.operations = operations
        cls.controls = controls

    def __init__(self, *, clock: Clock = utc_now) -> None:
        self.clock = clock
        self.advance_clock_by: Callable[[float], None] = _cannot_advance
        """Moves :attr:`clock` forward (set by the engine to its :class:`~switchboard_sandbox.clock.SandboxClock`)."""
        self.caller_clock: Clock = clock
        """The caller's time: :attr:`clock` without the moves made through the control endpoints (set by the
        engine; see :meth:`~switchboard_sandbox.clock.SandboxClock.unmoved`)."""
        self.ids = Ids(self.name or type(self).__name__)
        self.reset()

    def reset(self) -> None:
        """Forget all state (``POST /_sandbox/reset``); overrides must call ``super().reset()``."""
        self.ids.reset()

    def environment(self, url: str) -> dict[str, str]:
        """The environment variables that point this provider's Switchboard client at a sandbox on ``url``, with
        credentials the sandbox accepts (printed when it starts). Default: none."""
        return {}

    def authenticate(self, request: SandboxRequest) -> Any:
        """Return the principal behind ``request`` or raise :class:`ApiError` (401/403). Default: anonymous."""
        return None

    def error_body(self, error: ApiError, path: str) -> Any:
        """The JSON body answering ``error`` on the request path ``path`` (decoded). Default: ``error.body()``,
        i.e. ``{"message": ..., "details": [...]}``; override for an API whose error bodies look different
        (they may differ by path). Used for the engine's own errors (401, 404, 405, 400) and for handlers'."""
        return error.body()

    def handler(self, operation_id: str) -> Callable[[SandboxRequest], Result] | None:
        """The bound handler of ``operation_id``, if any."""
        attr = self.operations.get(operation_id)
        return None if attr is None else getattr(self, attr)

    def control_handler(self, method: str, name: str) -> Callable[[SandboxRequest], Result] | None:
        """The bound control handler for ``method`` on ``/_sandbox/<provider>/<name>``, if any."""
        attr = self.controls.get((method, name))
        return None if attr is None else getattr(self, attr)

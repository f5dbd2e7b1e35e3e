"""The generic sandbox: a WSGI app that validates each request against an OpenAPI document, then dispatches it
to the provider behaviour's handler for its ``operationId``.

Order for an API request: body size (413) → injected failure → path (404) / method (405) → JSON nesting (400)
→ credentials present per the spec (401) → :meth:`Provider.authenticate` (401/403) → parameters and body (400)
→ handler (501 if none, 500 if it raises). Every API request is kept in a journal (``GET /_sandbox/requests``).
Paths under ``/_sandbox/`` are control endpoints (see :data:`CONTROL_ENDPOINTS`), outside the spec and never
validated.
"""

from __future__ import annotations

import json
import logging
import threading
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Request, Response

from .chaos import HANDLED, ChaosPlan
from .clock import SandboxClock
from .faults import Fault, Faults
from .provider import ApiError, Live, Provider, Raw, Result, SandboxRequest
from .validation import Match, SpecValidator, query_items, raw_path

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIEnvironment

log = logging.getLogger("switchboard_sandbox")

CONTROL_PREFIX = "/_sandbox/"
MAX_BODY_BYTES = 8 * 1024 * 1024
"""Requests with a larger body are answered 413 (in the provider's error shape) without being read."""
MAX_JSON_DEPTH = 64
"""JSON bodies nested deeper than this are answered 400 before validation (no API nests nearly as deep)."""
SECRET_HEADERS = frozenset({"authorization", "x-api-key", "cookie", "proxy-authorization"})
"""Headers whose values the request journal does not repeat."""
JOURNAL_SIZE = 1000
"""How many API requests ``GET /_sandbox/requests`` remembers (the oldest are forgotten first)."""

CONTROL_ENDPOINTS: dict[str, str] = {
    "GET /_sandbox/status": "provider, operations, operations without a handler, armed failures, clock",
    "POST /_sandbox/reset": "forget all state, armed failures and sent requests; the clock goes back to its start",
    "GET /_sandbox/clock": '{"now": ..., "frozen": ...}',
    "POST /_sandbox/clock": '{"set": "2026-01-01T00:00:00Z", "freeze": true|false, "advance": <seconds>}',
    "GET /_sandbox/requests": "the API requests received since the last reset: method, path, query, headers, body",
    "POST /_sandbox/<provider>/fail": '{"status": 503, "times": 1, "retry_after": <seconds>, "html": false}',
    "POST /_sandbox/chaos": '{"calls": {"<call id>": {"operation": "<operationId>", "faults": [{"kind": ...}]}}}',
    "GET /_sandbox/chaos": "the ledger of requests tagged X-Sandbox-Call: call, operation, attempt, fault, handled",
}
"""The engine's control endpoints (every provider adds its own under ``/_sandbox/<provider>/``)."""


def json_response(status: int, body: Any, headers: Mapping[str, str] | None = None) -> Response:
    """A JSON answer (no body for 204); a :class:`Raw` body is sent as it is, with its own content type; a
    :class:`Live` body is streamed as its chunks are made."""
    if isinstance(body, Live):
        response = Response(body.chunks(), status=status, headers=dict(headers or {}), direct_passthrough=True)
        if body.content_type is not None:
            response.headers["Content-Type"] = body.content_type
        return response
    if isinstance(body, Raw):
        response = Response(body.content, status=status, headers=dict(headers or {}))
        if body.content_type is None:
            del response.headers["Content-Type"]
        else:
            response.headers["Content-Type"] = body.content_type
        return response
    data = "" if status == 204 else json.dumps(body)
    return Response(data, status=status, headers=dict(headers or {}), content_type="application/json")


def first_values(items: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Each name's first value."""
    result: dict[str, str] = {}
    for name, value in items:
        result.setdefault(name, value)
    return result


def _parse_json(raw: bytes) -> Any:
    if not raw:
        return None
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):
        return None


def json_depth_exceeds(raw: bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether the JSON text ``raw`` nests arrays/objects deeper than ``limit`` (counted outside strings, without
    parsing, so a hostile body cannot exhaust the recursion of the parser or the validator)."""
    depth = 0
    in_string = escaped = False
    for byte in raw:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:  # quote
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):  # [ {
            depth += 1
            if depth > limit:
                return True
        elif byte in (0x5D, 0x7D):
            depth -= 1
    return False


class SandboxApp:
    """A WSGI application: one OpenAPI document, one provider behaviour, and its in-memory state.

    ``check_responses`` validates every handler answer against the spec too; one that does not conform becomes a
    500 naming the problems (a sandbox bug must not end up in a cassette).
    """

    def __init__(
        self,
        spec_path: Path,
        provider: Provider,
        *,
        check_responses: bool = True,
        clock: SandboxClock | None = None,
    ) -> None:
        self.spec = SpecValidator(spec_path)
        self.provider = provider
        if clock is None:
            clock = SandboxClock(provider.clock)
            provider.clock = clock.now
        self.clock = clock
        """The clock the provider reads (``provider.clock`` is :meth:`SandboxClock.now` when built by
        :func:`~switchboard_sandbox.app`); :meth:`reset` sets it back to its start."""
        provider.advance_clock_by = self.clock.advance
        provider.caller_clock = self.clock.unmoved
        self.faults = Faults()
        self.chaos = ChaosPlan()
        """Fault campaigns: faults armed per call, and the ledger of tagged requests (see :mod:`.chaos`)."""
        self.journal: deque[dict[str, Any]] = deque(maxlen=JOURNAL_SIZE)
        self.check_responses = check_responses
        self.lock = threading.RLock()
        unknown = sorted(set(provider.operations) - self.spec.operation_ids)
        if unknown:
            raise ValueError(f"{type(provider).__name__} handles operations not in {spec_path.name}: {unknown}")
        self.controls = self._control_routes()

    @property
    def unhandled(self) -> list[str]:
        """Operations of the spec without a handler (they answer 501)."""
        return sorted(self.spec.operation_ids - set(self.provider.operations))

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        request = Request(environ)
        request.max_content_length = MAX_BODY_BYTES
        try:
            if (request.content_length or 0) > MAX_BODY_BYTES:
                response = self._too_large(request)
                return response(environ, start_response)
            request.get_data(cache=True)  # read the body once, up front: a short body fails here, as a 400
            control = request.path.startswith(CONTROL_PREFIX)
            response = self._control(request) if control else self._api_with_chaos(request)
        except HTTPException as exc:
            response = json_response(exc.code or 400, {"message": exc.description or exc.name})
        except Exception:
            log.exception("sandbox failure on %s %s", request.method, request.path)
            response = json_response(500, {"message": "Internal sandbox error (see the sandbox log)"})
        return response(environ, start_response)

    def reset(self) -> None:
        """Forget all state, armed failures and sent requests; ids start again from the first, the clock from its
        start."""
        with self.lock:
            self.faults.clear()
            self.chaos.clear()
            self.journal.clear()
            self.clock.reset()
            self.provider.reset()

    def _too_large(self, request: Request) -> Response:
        message = f"The request body is larger than the sandbox accepts ({MAX_BODY_BYTES} bytes)"
        if request.path.startswith(CONTROL_PREFIX):
            return json_response(413, {"message": message})
        return self._error_response(ApiError(413, message), request.path)

    def _remember(self, request: Request) -> None:
        raw = request.get_data(cache=True)
        body: Any = _parse_json(raw) if raw else None
        if body is None and raw:
            body = raw.decode("utf-8", "replace")
        entry = {
            "method": request.method,
            "path": request.path,
            "query": [[name, value] for name, value in request.args.items(multi=True)],
            "headers": {
                name.lower(): "REDACTED" if name.lower() in SECRET_HEADERS else value
                for name, value in request.headers.items()
            },
            "body": body,
        }
        with self.lock:
            self.journal.append(entry)

    def _error_response(self, error: ApiError, path: str) -> Response:
        """The provider's error body for ``error`` (:meth:`Provider.error_body`), with its status and headers."""
        with self.lock:
            body = self.provider.error_body(error, path)
        return json_response(error.status, body, error.headers)

    # -- API requests -------------------------------------------------------------------------------------------

    def _api_with_chaos(self, request: Request) -> Response:
        """:meth:`_api`, with the campaign fault armed for this request's call and attempt (see :mod:`.chaos`)."""
        with self.lock:
            step = self.chaos.step(request, self.spec)
        if step is None:
            return self._api(request)
        fault = step.fault
        if fault is not None and fault.before:
            self._remember(request)
            response = None
        else:
            response = self._api(request)
            step.record["handled"] = request.environ.get(HANDLED)
        if fault is None:
            assert response is not None
            return response
        log.info("%s %s -> %s (campaign fault)", request.method, request.path, fault.kind)

        def answer(error: ApiError) -> Response:
            return self._error_response(error, request.path)

        try:
            if response is None:
                return fault.answer_before(request, self.clock.unmoved().timestamp(), answer)
            return fault.answer_after(request, response, answer)
        except ApiError as error:
            return answer(error)

    def _api(self, request: Request) -> Response:
        self._remember(request)
        with self.lock:
            fault = self.faults.take_fault()
        if fault is not None and not fault.after:
            log.info("%s %s -> %s (injected)", request.method, request.path, fault.status)
            return fault.response()
        try:
            match = self.spec.match(request)
            if json_depth_exceeds(request.get_data(cache=True)):
                raise ApiError(400, f"The JSON body is nested deeper than {MAX_JSON_DEPTH} levels")
            missing_credentials, invalid = self.spec.request_errors(request, match)
            if missing_credentials is not None:
                raise missing_credentials
            sandbox_request = self._sandbox_request(request, match)
            with self.lock:
                principal = self.provider.authenticate(sandbox_request)
            if invalid is not None and not (self.provider.own_path_patterns and _only_path_patterns(invalid)):
                raise invalid
        except ApiError as error:
            log.info("%s %s -> %s %s", request.method, request.path, error.status, error.message)
            return self._error_response(error, request.path)
        handler = self.provider.handler(match.operation_id)
        if handler is None:
            message = f"The sandbox has no handler for operation {match.operation_id!r} yet"
            return json_response(501, {"message": message})
        response = self._run(handler, replace(sandbox_request, principal=principal), match.operation_id)
        request.environ[HANDLED] = response.status_code
        if self.check_responses and response.status_code < 500 and not response.is_streamed:
            problems = self.spec.response_errors(request, match, response)
            if problems:
                log.error("%s answered against the spec: %s", match.operation_id, problems)
                body = {"message": f"Sandbox bug: the {match.operation_id} answer does not conform to the spec"}
                return json_response(500, {**body, "details": problems})
        if fault is not None:  # processed: the effect stands, its answer is lost
            log.info("%s %s -> %s (injected after processing)", request.method, request.path, fault.status)
            return fault.response()
        return response

    def _sandbox_request(self, request: Request, match: Match | None) -> SandboxRequest:
        raw_body = request.get_data(cache=True)
        return SandboxRequest(
            method=request.method,
            path=request.path,
            raw_path=raw_path(request),
            headers=request.headers,
            query=first_values(query_items(request)),
            path_params=match.path_params if match else {},
            body=_parse_json(raw_body),
            raw_body=raw_body,
            operation_id=match.operation_id if match else None,
        )

    def _run(
        self, handler: Callable[[SandboxRequest], Result], request: SandboxRequest, name: str, *, api: bool = True
    ) -> Response:
        """Run a handler; API errors are answered in the provider's shape, control endpoint errors generically."""
        try:
            with self.lock:
                result = handler(request)
        except ApiError as error:
            if not api:  # control endpoints answer in the sandbox's own shape
                return json_response(error.status, error.body(), error.headers)
            return self._error_response(error, request.path)
        except Exception as exc:
            log.exception("handler %s failed", name)
            return json_response(500, {"message": f"Sandbox handler {name} failed: {type(exc).__name__}: {exc}"})
        status, body, *rest = result
        return json_response(status, body, rest[0] if rest else None)

    # -- control endpoints --------------------------------------------------------------------------------------

    def _control_routes(self) -> dict[str, dict[str, Callable[[SandboxRequest], Result]]]:
        """Path under ``/_sandbox/`` → method → handler: the engine's own, then the provider's."""
        routes: dict[str, dict[str, Callable[[SandboxRequest], Result]]] = {
            "reset": {"POST": self._reset},
            "status": {"GET": self._status},
            "clock": {"GET": self._clock_state, "POST": self._clock_control},
            "requests": {"GET": self._requests},
            f"{self.provider.name}/fail": {"POST": self._fail},
            "chaos": {"GET": self._chaos_ledger, "POST": self._chaos_arm},
        }
        for method, name in self.provider.controls:
            handler = self.provider.control_handler(method, name)
            if handler is not None:
                routes.setdefault(f"{self.provider.name}/{name}", {})[method] = handler
        return routes

    def _control(self, request: Request) -> Response:
        routes = self.controls.get(request.path[len(CONTROL_PREFIX) :].strip("/"))
        if routes is None:
            return json_response(404, {"message": f"No sandbox control endpoint {request.path}"})
        handler = routes.get(request.method)
        if handler is None:
            allowed = ", ".join(sorted(routes))
            return json_response(405, {"message": f"{request.path} accepts {allowed}"}, {"Allow": allowed})
        sandbox_request = self._sandbox_request(request, None)
        if sandbox_request.raw_body and sandbox_request.body is None:
            return json_response(400, {"message": "The control endpoint body must be JSON"})
        return self._run(handler, sandbox_request, f"control {request.method} {request.path}", api=False)

    def _reset(self, request: SandboxRequest) -> Result:
        self.reset()
        return 200, {"reset": True}

    def _status(self, request: SandboxRequest) -> Result:
        return 200, {
            "provider": self.provider.name,
            "operations": sorted(self.spec.operation_ids),
            "unhandled": self.unhandled,
            "pending_failures": self.faults.pending(),
            "clock": self.clock.as_json(),
        }

    def _clock_state(self, request: SandboxRequest) -> Result:
        return 200, self.clock.as_json()

    def _clock_control(self, request: SandboxRequest) -> Result:
        return 200, self.clock.apply({} if request.body is None else request.body)

    def _requests(self, request: SandboxRequest) -> Result:
        return 200, {"requests": list(self.journal)}

    def _fail(self, request: SandboxRequest) -> Result:
        fault = Fault.parse({} if request.body is None else request.body)
        self.faults.arm(fault)
        return 200, {"armed": fault.as_json(), "pending_failures": self.faults.pending()}

    def _chaos_arm(self, request: SandboxRequest) -> Result:
        armed = self.chaos.arm(request.body)
        return 200, {"armed_faults": armed}

    def _chaos_ledger(self, request: SandboxRequest) -> Result:
        return 200, self.chaos.as_json()


def _only_path_patterns(error: ApiError) -> bool:
    """Every problem of ``error`` is a path parameter that does not match its spec ``pattern``."""
    details = [str(d) for d in (error.details or [])]
    return bool(details) and all(d.startswith("path parameter") and "does not match" in d for d in details)

"""The generic sandbox: a WSGI app that validates each request against an OpenAPI document, then dispatches it
to the provider behaviour's handler for its ``operationId``.

Order for an API request: injected failure → path (404) / method (405) → credentials present per the spec (401)
→ :meth:`Provider.authenticate` (401/403) → parameters and body (400) → handler (501 if none, 500 if it raises).
Paths under ``/_sandbox/`` are control endpoints, outside the spec and never validated.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Request, Response

from .faults import Fault, Faults
from .provider import ApiError, Provider, Raw, Result, SandboxRequest
from .validation import Match, SpecValidator, raw_path

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIEnvironment

log = logging.getLogger("switchboard_sandbox")

CONTROL_PREFIX = "/_sandbox/"


def json_response(status: int, body: Any, headers: Mapping[str, str] | None = None) -> Response:
    """A JSON answer (no body for 204); a :class:`Raw` body is sent as it is, with its own content type."""
    if isinstance(body, Raw):
        response = Response(body.content, status=status, headers=dict(headers or {}))
        if body.content_type is None:
            del response.headers["Content-Type"]
        else:
            response.headers["Content-Type"] = body.content_type
        return response
    data = "" if status == 204 else json.dumps(body)
    return Response(data, status=status, headers=dict(headers or {}), content_type="application/json")


def _parse_json(raw: bytes) -> Any:
    if not raw:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return None


class SandboxApp:
    """A WSGI application: one OpenAPI document, one provider behaviour, and its in-memory state.

    ``check_responses`` validates every handler answer against the spec too; one that does not conform becomes a
    500 naming the problems (a sandbox bug must not end up in a cassette).
    """

    def __init__(self, spec_path: Path, provider: Provider, *, check_responses: bool = True) -> None:
        self.spec = SpecValidator(spec_path)
        self.provider = provider
        self.faults = Faults()
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
        try:
            request.get_data(cache=True)  # read the body once, up front: a short body fails here, as a 400
            control = request.path.startswith(CONTROL_PREFIX)
            response = self._control(request) if control else self._api(request)
        except HTTPException as exc:
            response = json_response(exc.code or 400, {"message": exc.description or exc.name})
        except Exception:
            log.exception("sandbox failure on %s %s", request.method, request.path)
            response = json_response(500, {"message": "Internal sandbox error (see the sandbox log)"})
        return response(environ, start_response)

    def reset(self) -> None:
        """Forget all state and armed failures; ids start again from the first."""
        with self.lock:
            self.faults.clear()
            self.provider.reset()

    def _error_response(self, error: ApiError, path: str) -> Response:
        """The provider's error body for ``error`` (:meth:`Provider.error_body`), with its status and headers."""
        with self.lock:
            body = self.provider.error_body(error, path)
        return json_response(error.status, body, error.headers)

    # -- API requests -------------------------------------------------------------------------------------------

    def _api(self, request: Request) -> Response:
        with self.lock:
            injected = self.faults.take()
        if injected is not None:
            log.info("%s %s -> %s (injected)", request.method, request.path, injected.status_code)
            return injected
        try:
            match = self.spec.match(request)
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
        if self.check_responses and response.status_code < 500:
            problems = self.spec.response_errors(request, match, response)
            if problems:
                log.error("%s answered against the spec: %s", match.operation_id, problems)
                body = {"message": f"Sandbox bug: the {match.operation_id} answer does not conform to the spec"}
                return json_response(500, {**body, "details": problems})
        return response

    def _sandbox_request(self, request: Request, match: Match | None) -> SandboxRequest:
        raw_body = request.get_data(cache=True)
        return SandboxRequest(
            method=request.method,
            path=request.path,
            raw_path=raw_path(request),
            headers=request.headers,
            query=request.args.to_dict(),
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
            f"{self.provider.name}/fail": {"POST": self._fail},
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
        }

    def _fail(self, request: SandboxRequest) -> Result:
        fault = Fault.parse({} if request.body is None else request.body)
        self.faults.arm(fault)
        return 200, {"armed": fault.as_json(), "pending_failures": self.faults.pending()}


def _only_path_patterns(error: ApiError) -> bool:
    """Every problem of ``error`` is a path parameter that does not match its spec ``pattern``."""
    details = [str(d) for d in (error.details or [])]
    return bool(details) and all(d.startswith("path parameter") and "does not match" in d for d in details)

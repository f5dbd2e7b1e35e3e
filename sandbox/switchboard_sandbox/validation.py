"""openapi-core glue: load a spec, find the operation of a request, and turn validation failures into 4xx answers.

How openapi-core 0.23 reports each failure class, and the answer the sandbox gives:

========================================================  ======  =====================================
openapi-core                                              status  when
========================================================  ======  =====================================
``PathNotFound`` / ``ServerNotFound`` (``PathError``)     404     no path template matches
``OperationNotFound`` (``PathError``)                     405     the path exists, the method does not
``SecurityValidationError`` (cause ``SecurityNotFound``)  401     no credentials any scheme accepts
``ParameterValidationError`` (``Missing…``/``Invalid…``)  400     a parameter is missing or invalid
``RequestBodyValidationError`` (``InvalidRequestBody``,   400     the body is missing, not JSON, of the
``MissingRequiredRequestBody``, media type/JSON errors)           wrong media type or against the schema
========================================================  ======  =====================================
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from openapi_core import OpenAPI
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest, WerkzeugOpenAPIResponse
from openapi_core.deserializing.media_types.exceptions import MediaTypeDeserializeError
from openapi_core.templating.media_types.exceptions import MediaTypeNotFound
from openapi_core.templating.paths.exceptions import OperationNotFound, PathError, ServerNotFound
from openapi_core.templating.paths.finders import APICallPathFinder
from openapi_core.templating.paths.iterators import TemplatePathsIterator
from openapi_core.validation.request.exceptions import (
    MissingRequiredRequestBody,
    ParameterValidationError,
    RequestBodyValidationError,
    SecurityValidationError,
)
from werkzeug.datastructures import ImmutableMultiDict
from werkzeug.wrappers import Request, Response

from .provider import ApiError

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
MAX_MESSAGE = 200
_PATH_SAFE = "/:@!$&'()*+,;=-._~"


@functools.cache
def load_spec(path: Path) -> OpenAPI:
    """The OpenAPI document at ``path``, parsed and checked once per process."""
    return OpenAPI.from_file_path(str(path))


def server_origins(api: OpenAPI) -> list[str]:
    """``scheme://host`` of every server in the spec (top level first, then per path and operation; variables at
    their defaults): the hosts requests are matched against.

    Clients talk to the sandbox's own host and port; matching happens as if they had talked to one of these, so a
    server URL with a base path (``https://api.example.com/v2``) expects the client to send ``/v2/...``.
    """
    spec = api.spec.read_value()
    servers = list(spec.get("servers") or [])
    for item in (spec.get("paths") or {}).values():
        servers += item.get("servers") or []
        servers += [server for method in HTTP_METHODS if method in item for server in item[method].get("servers") or []]
    origins: list[str] = []
    for server in servers:
        url: str = server["url"]
        for name, variable in (server.get("variables") or {}).items():
            url = url.replace("{" + name + "}", str(variable.get("default", "")))
        parts = urlsplit(url)
        origin = f"{parts.scheme or 'http'}://{parts.netloc or 'localhost'}"
        if origin not in origins:
            origins.append(origin)
    return origins or ["http://localhost"]


def raw_path(request: Request) -> str:
    """The percent-encoded path as sent (from ``RAW_URI``/``REQUEST_URI`` when the server provides them)."""
    raw = request.environ.get("RAW_URI") or request.environ.get("REQUEST_URI")
    if isinstance(raw, str) and raw:
        if "://" in raw:
            raw = urlsplit(raw).path or "/"
        return raw.split("?", 1)[0]
    return quote(request.path, safe=_PATH_SAFE)


def query_items(request: Request) -> list[tuple[str, str]]:
    """The query parameters of ``request`` without the empty ones: ``?cursor=`` is taken as no cursor at all (an
    OpenAPI query parameter without ``allowEmptyValue`` may not be empty, and the APIs treat it as absent)."""
    return [(name, value) for name, value in request.args.items(multi=True) if value != ""]


def _base_paths(spec: dict[str, Any], item: dict[str, Any]) -> list[str]:
    """The path part of every server a path item is served under (its own, else the document's)."""
    servers = item.get("servers") or spec.get("servers") or [{"url": "/"}]
    return [urlsplit(str(server["url"])).path.rstrip("/") for server in servers]


@dataclass(frozen=True)
class Match:
    """The spec operation a request maps to."""

    operation_id: str
    origin: str
    """The spec server origin the request matched under."""
    path_template: str
    path_params: dict[str, str]
    security: tuple[str, ...]
    """The accepted security requirements (any one suffices), e.g. ``("basicAuth", "hmacAuth")``."""
    statuses: frozenset[str] = frozenset()
    """The status codes the operation documents (``"200"``, ``"404"``, ``"default"``...)."""


class SpecRequest(WerkzeugOpenAPIRequest):
    """openapi-core's werkzeug request, matched against the spec's server and with the raw (encoded) path."""

    def __init__(self, request: Request, origin: str, path_params: dict[str, str] | None = None) -> None:
        super().__init__(request)
        self._origin = origin
        self._raw_path = raw_path(request)
        self.parameters.query = ImmutableMultiDict(query_items(request))
        if path_params is not None:
            self.parameters.path = path_params

    @property
    def host_url(self) -> str:
        return self._origin

    @property
    def path(self) -> str:
        return self._raw_path


class SpecValidator:
    """Request and response validation of one OpenAPI document."""

    def __init__(self, spec_path: Path) -> None:
        self.api = load_spec(spec_path)
        self.origins = server_origins(self.api)
        self._finder = APICallPathFinder(self.api.spec)
        spec = self.api.spec.read_value()
        self.literal_paths: dict[str, list[str]] = {
            base + template: [method.upper() for method in HTTP_METHODS if method in item]
            for template, item in (spec.get("paths") or {}).items()
            if "{" not in template
            for base in _base_paths(spec, item)
        }
        """Every path without parameters (server base path included) → the methods it has."""
        self.operation_ids = {
            str(item[method]["operationId"])
            for item in (self.api.spec / "paths").read_value().values()
            for method in HTTP_METHODS
            if method in item and "operationId" in item[method]
        }

    def match(self, request: Request) -> Match:
        """The operation of ``request``, or :class:`ApiError` 404 (unknown path) / 405 (method not allowed)."""
        path = raw_path(request)
        literal = self.literal_paths.get(unquote(path))
        if literal is not None and request.method.upper() not in literal:
            # a fixed path (``/optouts/csv``) is not a value of a template's parameter (``/optouts/{optoutId}``)
            raise ApiError(
                405,
                f"Method {request.method} is not allowed on {path}; allowed: {', '.join(literal)}",
                headers={"Allow": ", ".join(literal)},
            )
        for origin in self.origins:
            url = origin + path
            try:
                found = self._finder.find(request.method.lower(), url)
            except ServerNotFound:  # the template matched the end of the path, not this server its start
                continue
            except OperationNotFound as exc:
                allowed = self._allowed_methods(url)
                if not allowed:
                    continue
                raise ApiError(
                    405,
                    f"Method {request.method} is not allowed on {path}; allowed: {', '.join(allowed)}",
                    headers={"Allow": ", ".join(allowed)},
                ) from exc
            except PathError:  # no template matches at all
                break
            operation = found.operation.read_value()
            variables = found.path_result.variables or {}
            requirements = operation.get("security", self.api.spec.read_value().get("security", []))
            return Match(
                operation_id=str(operation.get("operationId", "")),
                origin=origin,
                path_template=str(found.path_result.pattern),
                path_params={name: unquote(value) for name, value in variables.items()},
                security=tuple(" + ".join(requirement) for requirement in requirements),
                statuses=frozenset(str(status) for status in operation.get("responses") or {}),
            )
        raise ApiError(404, f"No operation of this API has the path {path}")

    def _allowed_methods(self, url: str) -> list[str]:
        """The methods of the path template ``url`` matches, if it matches together with a server."""
        for path_item, _ in TemplatePathsIterator("paths")(url, self.api.spec):
            methods = [m for m in HTTP_METHODS if m in path_item]
            try:
                self._finder.find(methods[0], url)
            except PathError:
                continue
            return [m.upper() for m in methods]
        return []

    def request_errors(self, request: Request, match: Match) -> tuple[ApiError | None, ApiError | None]:
        """``(security error → 401, parameter/body errors → 400)`` of a request already matched to an operation."""
        errors = list(self.api.iter_request_errors(SpecRequest(request, match.origin, match.path_params)))
        security = [e for e in errors if isinstance(e, SecurityValidationError)]
        if security:
            schemes = ", ".join(match.security)
            return ApiError(401, f"Missing credentials: this operation needs one of: {schemes}"), None
        problems = [e for e in errors if not isinstance(e, SecurityValidationError)]
        if not problems:
            return None, None
        details = [line for error in problems for line in describe(error)]
        in_path = all(isinstance(e, ParameterValidationError) and e.location == "path" for e in problems)
        if in_path and "400" not in match.statuses and "404" in match.statuses:
            # an id that cannot exist (``/groups/abc`` for an integer id): not found, as the operation documents
            return None, ApiError(404, f"Nothing found at {raw_path(request)}: {details[0]}", details=details)
        kinds = " and ".join(sorted({_kind(error) for error in problems}))
        more = f" (and {len(details) - 1} more)" if len(details) > 1 else ""
        return None, ApiError(400, f"Invalid request {kinds}: {details[0]}{more}", details=details)

    def response_errors(self, request: Request, match: Match, response: Response) -> list[str]:
        """What is wrong with ``response`` as an answer to ``request``, per the spec (empty when it conforms)."""
        errors = self.api.iter_response_errors(
            SpecRequest(request, match.origin, match.path_params), WerkzeugOpenAPIResponse(response)
        )
        return [line for error in errors for line in describe(error)]


def _kind(error: Exception) -> str:
    if isinstance(error, ParameterValidationError):
        return "parameters"
    if isinstance(error, RequestBodyValidationError):
        return "body"
    return "request"


def _short(text: str) -> str:
    return text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 3] + "..."


def _schema_message(error: Any) -> str:
    """A jsonschema error message that does not repeat a large instance."""
    validator = getattr(error, "validator", None)
    limit = getattr(error, "validator_value", None)
    instance = getattr(error, "instance", None)
    if validator in ("maxItems", "minItems") and isinstance(instance, list):
        bound = "at most" if validator == "maxItems" else "at least"
        return f"has {len(instance)} items; {bound} {limit} are allowed"
    if validator in ("maxProperties", "minProperties") and isinstance(instance, dict):
        bound = "at most" if validator == "maxProperties" else "at least"
        return f"has {len(instance)} properties; {bound} {limit} are allowed"
    if validator in ("maxLength", "minLength") and isinstance(instance, str):
        bound = "at most" if validator == "maxLength" else "at least"
        return f"is {len(instance)} characters long; {bound} {limit} are allowed"
    return _short(str(getattr(error, "message", error)))


def _schema_errors(error: Exception) -> Iterable[Any]:
    cause = error.__cause__
    return list(getattr(cause, "schema_errors", None) or [])


def describe(error: Exception) -> list[str]:
    """One line per problem, each led by where it is: ``$.messages[0].content: ...``, ``header Account: ...``."""
    if isinstance(error, ParameterValidationError):
        where = f"{error.location} parameter {error.name}"
        lines = [
            f"{where}{'' if e.json_path == '$' else ' at ' + e.json_path}: {_schema_message(e)}"
            for e in _schema_errors(error)
        ]
        return lines or [f"{where}: {_short(str(error))}"]
    if isinstance(error, RequestBodyValidationError):
        schema_errors = _schema_errors(error)
        if schema_errors:
            return [f"{e.json_path}: {_schema_message(e)}" for e in schema_errors]
        cause = error.__cause__
        if isinstance(error, MissingRequiredRequestBody):
            return ["$: a request body is required"]
        if isinstance(cause, MediaTypeNotFound):
            accepted = ", ".join(cause.availableMimetypes)
            return [f"$: content type {cause.mimetype!r} is not accepted; use one of {accepted}"]
        if isinstance(cause, MediaTypeDeserializeError):
            return [f"$: the body is not valid {cause.mimetype}"]
        return [f"$: {_short(str(cause or error))}"]
    if hasattr(error, "details"):  # response validation errors
        schema_errors = _schema_errors(error)
        if schema_errors:
            return [f"{e.json_path}: {_schema_message(e)}" for e in schema_errors]
    return [_short(str(error))]


__all__ = ["Match", "SpecRequest", "SpecValidator", "describe", "load_spec", "raw_path", "server_origins"]

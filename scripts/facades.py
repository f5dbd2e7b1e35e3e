"""The facade plumbing of one provider, generated from its spec's ``x-legacy-*`` extensions and its table.

``scripts/generate.py`` calls :func:`generate` after openapi-python-client, so the output lands in
``generated/<typed package>/legacy/`` and is formatted by ruff and covered by the drift check. Inputs:

- ``generator/facades/<provider>.yaml`` (only what the spec cannot say): ``facade`` (the legacy package) and
  ``groups``: spec tag -> legacy class name (``MessagesController``; the async class is ``Async`` + name).
- per operation in ``specs/<provider>.yaml``: ``x-legacy-method`` (a facade method; ``null``: a builder only),
  ``x-legacy-aliases`` (other names), ``x-legacy-returns`` (the return annotation when the answer is not a JSON
  model: default ``None`` for no body, else ``object``), ``x-legacy-params`` (the legacy positional order;
  ``body=None`` gives the body a ``None`` default; default: required first, then path, body, query, header; a ``*``
  entry makes the rest keyword-only), ``x-legacy-result`` (with ``results: json``: the member of the answer
  returned), ``x-legacy-absent`` (statuses answered with ``None``), ``x-legacy-results: json`` (this method
  returns the answer's JSON as it came, after the documented check every answer gets: enums stay open),
  ``x-jsonrpc-methods`` (JSON-RPC methods with
  ``x-legacy-returns`` / ``x-legacy-params`` / ``x-legacy-method``); per parameter ``x-legacy-name`` (its legacy
  keyword, default its Python name), or per operation ``x-legacy-names`` (Python name -> legacy keyword, also
  ``body``); per parameter ``x-legacy-omit`` (a value the facade leaves off the wire, as the legacy client did) and
  ``x-legacy-hook: true`` (the method passes the value through an overridable ``_<operation>_<legacy name>`` hook,
  as it does bodies); per request body ``x-legacy-name`` / ``x-legacy-type`` (its keyword and annotation). A JSON
  body is checked against its schema when that is a ``$ref`` or an inline scalar (a bare string); an inline array or
  object goes as the facade's body hook gives it. Also ``x-legacy-download`` (the method streams the answer to
  ``to=``), ``x-legacy-pages`` (the name of a lazy iterator over every page's items), ``x-legacy-requires`` (groups
  of legacy parameter names, at least one group given in full), ``x-legacy-body-fields`` (the method takes these
  fields of the body as parameters, in the body's place), ``x-legacy-security`` (the name of the security scheme the
  facade sends the call with, when the operation allows several or the legacy client chose one: the call carries it
  in the request extension ``switchboard_core.auth.SECURITY_SCHEME_EXTENSION`` for ``SecuritySchemeAuth``).
- optional table fields (default off): ``results: json`` (methods return the answer's JSON checked against its
  schema), ``call_options: false`` (methods without ``timeout`` / ``max_retries``), ``aliases`` (module-level type
  aliases), ``send_steps: true`` (methods send through the overridable steps hook ``_send(build, *args)``),
  ``oauth2_scope`` (a trailing scope parameter and the token each call needs, see docs/architecture.md), ``answers``
  (the facade's own parser and return annotation per kind of success answer), ``download: {hook, returns}`` (a
  download without ``to=`` sends ``self.<hook>(call, media_type)`` instead), ``call_kwargs: {name, hook, shape}``
  (methods take ``**<name>`` and send through ``self.<hook>(call, options, <name>)``, which sends
  ``self.<shape>(call, <name>)`` when ``shape`` is given and options were), ``attribute_aliases`` (wire key ->
  legacy attribute: ``ATTRIBUTE_ALIASES`` in ``legacy/__init__.py`` lists the models to alias) and ``required_none:
  omit`` (a required query or header parameter given ``None`` is left off the wire, as the legacy client's
  ``requests`` did, instead of refused by its check); ``options`` (the call-option keywords, default ``timeout``
  and ``max_retries``), ``keyword_only`` (optional parameters keyword-only), ``query_booleans: python`` (boolean
  query parameters sent as ``True`` / ``False``, as Python's ``urlencode`` spelled them), ``body`` (``name:
  schema``: the body's legacy name is its schema's snake-case name; ``annotation``: its annotation, ``{schema}``
  replaced; ``types``: the package whose ``<snake schema>`` modules define those names; ``hook``: one method taking the
  schema name and the body instead of a hook per operation), ``input_error`` (a method mapping the runtime's
  ``InvalidRequestError`` to the facade's class), ``pages`` (``items``, ``next``: attribute paths in a page;
  ``cursor``: the cursor parameter; ``drop``: parameters an iterator leaves out), ``request_models``
  (``module.Base``: ``legacy/request_models.py`` gets one ``<Schema>(Base)`` class per ``model_schemas`` schema,
  for the facade's legacy model modules to re-export), ``model_schemas`` (every
  schema a request body refers to, at any depth, form bodies too, goes to ``legacy.schemas``), ``behaviours``
  (spec tag -> legacy method -> ``"(<parameters>) -> <annotation>"``: a method whose behaviour is written once in
  the overlay as the steps hook ``_<method>_steps(...)``; the sync class drives it with ``run``, the async one with
  ``await arun``; an annotation starting ``{Async}`` marks a lazy pager instead: both classes return
  ``[Async]CursorPager(**self._<method>_pager(...))``, the hook giving the pager's keyword arguments; an entry may be
  a mapping: ``signature``, ``async_only`` (keyword-only parameters of the async method only), ``doc``, ``aliases``;
  a signature with the call options hands them to ``run`` / ``arun``; with ``input_error``, the hook's input errors
  are mapped too, so a hook checks its input when called, before returning its steps) and ``behaviour_types``
  (spec tag -> module -> names those signatures use, for type checking); ``final_classes`` (``sync`` / ``async``:
  the bases, ``module.Name``; ``doc`` / ``async_doc``: the docstrings, one text or one per tag: the facade's final
  classes ``<Class>`` / ``Async<Class>`` are generated for every tag without behaviours, for the facade's legacy
  module to re-export); ``{scope:<operation>}`` in a
  signature is that operation's default scope; ``annotation_imports`` (import lines for names the behaviours'
  annotations use, under ``TYPE_CHECKING``),
  ``surfaces`` (``imports``: module -> the names the annotations use; ``runtime_imports``: those a default
  uses; ``classes``: facade class -> method -> ``{signature: "(<parameters>) -> <annotation>", doc, property,
  lazy}``: ``legacy/surface.py`` gets ``<Class>Methods`` / ``Async<Class>Methods`` from one template, each
  method returning (sync) or awaiting (async, unless ``lazy``) the facade's hook ``_<method>_impl(...)``;
  ``{Async}`` in an annotation is ``Async`` in the async class; an async ``property`` returns an ``Awaitable``);
  ``modules`` (the legacy client's module layout, generated beside the typed package in
  ``generated/<facade>/``, which ``overlay/<facade>/<folder>`` links to: ``model``: the folder with one
  ``<module>.py`` per generated model, webhook payloads left out, re-exporting it (a request model from
  ``legacy.request_models``); ``api``: the folder with one ``<tag>_api.py`` per tag re-exporting its two classes and
  the request models of its JSON bodies; ``hand_written``: class name -> the overlay module that defines it, for the
  classes whose behaviour is written by hand).

Output per tag: ``<operation>_call(...)`` builders (check the input against the spec, build the request with
the operation's public ``build_request``, parse with ``parse_response``) and one ``<Class>Operations`` /
``Async<Class>Operations`` pair rendered from one template (``generator/facade_templates/group.py.jinja``).
Request schemas go to ``legacy/schemas.py`` as plain dicts for ``switchboard_core.check`` (with the table's
``schemas``: component schemas the overlay reads, such as webhook envelopes); ``legacy.API_VERSION`` holds the
spec's ``info.version``, ``legacy.SERVERS`` its server URLs (the document's under ``""``, a tag's own path-level
ones under the tag) and ``legacy.PATHS`` each operation's path, so the overlay restates none of them.
"""

from __future__ import annotations

import ast
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
import yaml
from openapi_python_client.strings import ClassName, PythonIdentifier

from scripts.answers import retry_reconcile

ROOT = Path(__file__).resolve().parent.parent
TABLES = ROOT / "generator" / "facades"
TEMPLATES = ROOT / "generator" / "facade_templates"
SCHEMAS = "#/components/schemas/"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
SCALARS = ("string", "integer", "number", "boolean")


def snake(name: str) -> str:
    """openapi-python-client's Python name for an identifier (``messageId`` -> ``message_id``, ``from`` ->
    ``from_``): its own ``PythonIdentifier``, so the facade's keywords match the generated functions'."""
    return str(PythonIdentifier(name, prefix="field"))


def constant(name: str) -> str:
    return snake(name).upper()


@dataclass
class Param:
    legacy: str  # the facade's keyword
    kwarg: str  # the keyword of the generated build_request
    annotation: str  # legacy annotation text
    default: str | None
    schema: dict[str, Any]
    location: str  # path, query, header, body
    required: bool
    constant: str = ""  # its schema's name in legacy.schemas
    omit: str | None = None  # a value not sent (x-legacy-omit), as Python source
    enum_class: str | None = None  # the generated enum class build_request takes (a ``$ref`` or inline query enum)
    hook: bool = False  # x-legacy-hook: the method passes it through the overridable ``_<op>_<legacy>`` hook
    keyword_only: bool = False
    fields: list[tuple[str, str, str]] = field(default_factory=list)  # a body given as its fields: wire, legacy, type
    label: str = ""  # the name input errors give (default: the legacy name)


@dataclass
class RpcMethod:
    """One method of a JSON-RPC endpoint (``x-jsonrpc-methods``) that has a legacy method."""

    name: str  # the JSON-RPC method
    legacy: str
    params: list[tuple[str, str]]  # (legacy name, annotation), in positional order
    returns: str
    summary: str
    params_schema: str  # constants in legacy.schemas
    result_schema: str | None


@dataclass
class Operation:
    operation_id: str
    module: str  # e.g. messagemedia_api.api.messages.get_message_status
    method: str | None  # None: a builder only (x-legacy-method: null, or an operation of a mapped tag without one)
    aliases: list[str]
    summary: str
    params: list[Param]
    returns: str  # the facade method's return annotation
    model: str | None  # the success model class, when the answer is one (else the generated parse is used as is)
    body_schema: str | None = None  # constant in legacy.schemas (JSON bodies with a $ref schema)
    call_params: list[Param] = field(default_factory=list)  # the builder's parameters (default: ``params``)
    parse: str | None = None  # the facade's parser (table ``answers``), else the generated parse_response
    scope: str | None = None  # the default OAuth 2 scope (table ``oauth2_scope``)
    grant: str | None = None
    grants: list[str] = field(default_factory=list)  # several: the builder takes ``grant=`` (default the first)
    absent: list[int] = field(default_factory=list)  # x-legacy-absent: statuses answered with None
    reconcile: str | None = None  # x-retry-reconcile: the runtime Reconcile(...) expression for the call
    result: str | None = None  # x-legacy-result: the member of the answer the method returns
    answer_schema: str | None = None  # results: json: the constant of the success schema in legacy.schemas
    rpc: list[RpcMethod] = field(default_factory=list)  # JSON-RPC methods with x-legacy-params / -returns
    body_model: str | None = None  # the body's schema name
    no_content: bool = False  # a 204 answer is documented too (the call returns None for it)
    download: bool = False
    accept: str | None = None  # the success media type a download asks for
    pages: str | None = None  # the lazy iterator's name
    page_item: str | None = None  # the model of one item of a page
    requires: list[list[str]] = field(default_factory=list)
    security: str | None = None  # x-legacy-security: the security scheme the call is sent with
    open_answer: bool = False  # x-legacy-results: json: the JSON as it came, after the documented check only


@dataclass
class Behaviour:
    """A table ``behaviours`` entry: a method written once in the overlay as a steps (or pager) hook."""

    name: str
    parameters: str  # the sync method's parameters after ``self``, as Python source
    arguments: str  # how the sync method passes them on to its hook
    returns: str  # the sync annotation (``{Async}`` removed)
    pager: bool  # a lazy ``CursorPager`` rather than steps driven by ``run`` / ``arun``
    async_parameters: str = ""  # the async method's (``async_only`` parameters included)
    async_arguments: str = ""
    doc: str = ""  # the method's docstring (default: a pointer to the hook)
    options: bool = False  # the call options (``timeout`` / ``max_retries``) are given to ``run``, not to the hook
    aliases: list[str] = field(default_factory=list)


def _passed(args: ast.arguments, options: tuple[str, ...]) -> str:
    passed = [a.arg for a in args.posonlyargs + args.args]
    passed += [f"*{args.vararg.arg}"] if args.vararg else []
    passed += [f"{a.arg}={a.arg}" for a in args.kwonlyargs if a.arg not in options]
    passed += [f"**{args.kwarg.arg}"] if args.kwarg else []
    return ", ".join(passed)


def behaviour(name: str, entry: str | dict[str, Any], options: tuple[str, ...] = ()) -> Behaviour:
    """Parse a table ``behaviours`` entry: ``"(<parameters>) -> <annotation>"``, or a mapping with that as
    ``signature`` plus ``async_only`` (keyword-only parameters only the async method takes), ``doc`` and
    ``aliases``. Parameters named as the call ``options`` go to ``run`` / ``arun`` as ``CallOptions``."""
    spec = {"signature": entry} if isinstance(entry, str) else entry
    signature = str(spec["signature"])
    pager = "-> {Async}" in signature
    node = ast.parse(f"def {name}{signature.replace('{Async}', '')}:\n    pass").body[0]
    if not isinstance(node, ast.FunctionDef) or node.returns is None:
        raise ValueError(f"behaviours: {name}: want '(<parameters>) -> <annotation>', not {signature!r}")
    args = node.args
    sync_args = ast.arguments(
        posonlyargs=args.posonlyargs, args=args.args, vararg=args.vararg, kwarg=args.kwarg, defaults=args.defaults,
        kwonlyargs=[a for a in args.kwonlyargs if a.arg not in spec.get("async_only", [])],
        kw_defaults=[d for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True)
                     if a.arg not in spec.get("async_only", [])],
    )  # fmt: skip
    with_options = bool(options) and all(o in {a.arg for a in args.kwonlyargs} for o in options)
    skip = options if with_options else ()
    return Behaviour(
        name, ast.unparse(sync_args), _passed(sync_args, skip), ast.unparse(node.returns), pager,
        ast.unparse(args), _passed(args, skip), str(spec.get("doc", "")).strip(), with_options,
        list(spec.get("aliases", [])),
    )  # fmt: skip


def _scoped_defaults(spec: Spec, table: dict[str, Any], text: str) -> str:
    """A behaviour signature with each ``{scope:<operation>}`` replaced by that operation's default scope (the
    table's ``oauth2_scope`` extension), so the table does not restate the spec."""
    extension = (table.get("oauth2_scope") or {}).get("extension", "")
    return re.sub(r"\{scope:(\w+)\}", lambda m: repr(lookup_operation(spec, m[1])[extension]), text)


def _scoped(spec: Spec, table: dict[str, Any], entry: str | dict[str, Any]) -> str | dict[str, Any]:
    """A ``behaviours`` entry with its signature's ``{scope:<operation>}`` placeholders filled in."""
    if isinstance(entry, str):
        return _scoped_defaults(spec, table, entry)
    return {**entry, "signature": _scoped_defaults(spec, table, str(entry["signature"]))}


@dataclass
class SurfaceMethod:
    """A table ``surfaces`` entry: a facade method written once as the hook ``_<name>_impl``."""

    name: str
    parameters: str
    arguments: str
    returns: str  # the sync annotation
    async_returns: str
    doc: str
    is_property: bool
    lazy: bool  # the async method returns the hook's value without awaiting it (a pager, a cached object)


def surface_method(name: str, entry: dict[str, Any]) -> SurfaceMethod:
    """Parse one ``surfaces`` method entry."""
    signature = str(entry["signature"])
    found = behaviour(name, signature.replace("{Async}", ""))
    asynchronous = behaviour(name, signature.replace("{Async}", "Async"))
    doc = " ".join(str(entry.get("doc") or f"``{name}``.").split())
    return SurfaceMethod(
        name,
        found.parameters,
        found.arguments,
        found.returns,
        asynchronous.returns,
        doc,
        bool(entry.get("property")),
        bool(entry.get("lazy")),
    )


def surfaces(table: dict[str, Any]) -> list[dict[str, Any]]:
    """The table's ``surfaces`` classes, each with its parsed methods."""
    classes = (table.get("surfaces") or {}).get("classes") or {}
    return [
        {"name": name, "methods": [surface_method(m, entry) for m, entry in methods.items()]}
        for name, methods in classes.items()
    ]


class Spec:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def resolve(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            node = self.lookup(node["$ref"])
        return node

    def lookup(self, ref: str) -> Any:
        node: Any = self.document
        for part in ref.removeprefix("#/").split("/"):
            node = node[part]
        return node

    def inline(self, node: Any) -> Any:
        """A schema with every ``$ref`` replaced by its target and ``allOf`` of one merged (for the checker)."""
        node = self.resolve(node)
        if isinstance(node, dict):
            if "allOf" in node and len(node["allOf"]) == 1:
                return self.inline(node["allOf"][0])
            keep = {k: v for k, v in node.items() if k not in ("description", "example", "default", "readOnly")}
            return {k: self.inline(v) for k, v in keep.items()}
        if isinstance(node, list):
            return [self.inline(v) for v in node]
        return node

    def model_name(self, node: Any) -> str:
        """The generated class of a response schema (a ref, or an ``allOf`` of one ref)."""
        while isinstance(node, dict):
            if "$ref" in node:
                target = self.lookup(node["$ref"])
                if "allOf" in target and len(target["allOf"]) == 1:
                    node = target["allOf"][0]
                    continue
                return str(node["$ref"].rsplit("/", 1)[1])
            if "allOf" in node and len(node["allOf"]) == 1:
                node = node["allOf"][0]
                continue
            break
        raise SystemExit(f"facade generator: the success answer must be a $ref to a model, not {node!r}")


def _sentence(text: str) -> str:
    return text if not text or text.endswith((".", "!", "?")) else text + "."


def _pascal(name: str) -> str:
    return "".join(word[:1].upper() + word[1:] for word in snake(name).split("_"))


def _annotation(schema: dict[str, Any], required: bool) -> str:
    base = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}.get(
        schema.get("type", ""), "object"
    )
    return base if required else f"{base} | None"


def operations(spec: Spec, package: str, table: dict[str, Any] | None = None) -> dict[str, list[Operation]]:
    """Every operation with ``x-legacy-method`` (``null``, or none in a tag the table maps: a builder without a
    method), grouped by its first tag, in spec order. Table ``results: json``: the methods return the answer's JSON,
    checked against its schema."""
    table = table or {}
    json_results = table.get("results", "models") == "json"
    mapped = set(table.get("groups", {}))
    answers: dict[str, dict[str, str]] = table.get("answers", {})
    scoped: dict[str, Any] | None = table.get("oauth2_scope")
    body_style = table.get("body", {})
    groups: dict[str, list[Operation]] = {}
    for path_item in spec.document["paths"].values():
        shared = path_item.get("parameters", [])
        for verb in METHODS:
            op = path_item.get(verb)
            if op is None or ("x-legacy-method" not in op and op["tags"][0] not in mapped):
                continue
            tag = op["tags"][0]
            op_id = snake(op["operationId"])
            names = op.get("x-legacy-names", {})
            by_legacy: dict[str, Param] = {}
            for raw in [*shared, *op.get("parameters", [])]:
                param = spec.resolve(raw)
                kwarg = snake(param["name"])
                required = bool(param.get("required"))
                legacy = names.get(kwarg, param.get("x-legacy-name", kwarg))
                schema = spec.inline(param.get("schema", {}))
                omit = repr(param["x-legacy-omit"]) if "x-legacy-omit" in param else None
                ref = param.get("schema", {}).get("$ref", "")
                enum_class = None  # openapi-python-client's class: a $ref enum's, or an inline query enum's own
                if ref and "enum" in schema:
                    enum_class = ref.rsplit("/", 1)[1]
                elif param["in"] == "query" and "enum" in schema:
                    enum_class = _pascal(f"{op['operationId']}_{kwarg}")
                by_legacy[legacy] = Param(
                    legacy, kwarg, _annotation(schema, required), None if required else "None", schema, param["in"],
                    required, omit=omit, enum_class=enum_class, hook=bool(param.get("x-legacy-hook")),
                )  # fmt: skip
            body_schema = body_model = None
            if "requestBody" in op:
                request_body = spec.resolve(op["requestBody"])
                raw_schema = request_body["content"].get("application/json", {}).get("schema", {})
                schema_ref = raw_schema.get("$ref")
                body_model = schema_ref.rsplit("/", 1)[1] if schema_ref else None
                body_schema = constant(body_model) if body_model else None  # else: passed as given
                inline = spec.inline(raw_schema) if raw_schema and not schema_ref else {}
                if inline.get("type") not in SCALARS:  # a container: the facade's hook gives its generated form
                    inline = {}
                name = request_body.get("x-legacy-name", names.get("body", "body"))
                annotation = request_body.get("x-legacy-type", _annotation(inline, True) if inline else "object")
                body = by_legacy[name] = Param(name, "body", annotation, None, inline, "body", True, label=name)
                if body_model and body_style.get("name") == "schema":
                    body.legacy = snake(body_model)
                if body_model and "annotation" in body_style:
                    body.annotation = body_style["annotation"].format(schema=body_model)
                if body_model and "x-legacy-body-fields" in op:
                    properties = spec.inline({"$ref": schema_ref})["properties"]
                    body.fields = [
                        (wire, snake(wire), _annotation(properties[wire], True)) for wire in op["x-legacy-body-fields"]
                    ]
            params = []
            order = {"path": 0, "body": 1, "query": 2, "header": 3, "cookie": 4}  # default: the generated order
            default_order = sorted(
                by_legacy, key=lambda name: (not by_legacy[name].required, order[by_legacy[name].location])
            )
            if table.get("keyword_only") and "x-legacy-params" not in op:
                optional = [name for name in default_order if not by_legacy[name].required]
                if optional:
                    default_order.insert(default_order.index(optional[0]), "*")
            keyword_only = False
            for entry in op.get("x-legacy-params", default_order):
                if entry == "*":
                    keyword_only = True
                    continue
                name, _, default = str(entry).partition("=")
                param = by_legacy[name]
                if default:
                    param.default = default
                    if default != "None":  # a legacy default value: the parameter takes no None
                        param.annotation = param.annotation.removesuffix(" | None")
                param.keyword_only = keyword_only
                params.append(param)
            hidden = [p for p in by_legacy.values() if p.location == "body" and p not in params]
            for param in hidden:  # a body the legacy method does not take: its hook gives it (from None)
                param.default = "None"
            call_params = params + hidden
            op_json = json_results or op.get("x-legacy-results") == "json"
            model = None if op_json else success_model(spec, op)
            returns = op.get(
                "x-legacy-returns", model or ("None" if model is None and _no_content(spec, op) else "object")
            )
            answer_json = _success(spec, op).get("content", {}).get("application/json", {}).get("schema")
            answer = answers.get(_answer_kind(spec, op))
            if answer is not None:
                model, returns = None, answer["returns"]
            no_content = model is not None and "204" in {str(code) for code in op["responses"]}
            if no_content and "x-legacy-returns" not in op:
                returns = f"{model} | None"
            pages = op.get("x-legacy-pages")
            download = bool(op.get("x-legacy-download"))
            if download and "x-legacy-returns" not in op:
                returns = table.get("download", {}).get("returns", "bytes | Path | IO[bytes]")
            scope = grant = None
            grants: list[str] = []
            if scoped is not None:
                scope = op[scoped["extension"]]
                grants = [scoped["grants"][scheme] for requirement in op["security"] for scheme in requirement]
                grant = grants[0]
            groups.setdefault(tag, []).append(
                Operation(
                    operation_id=op_id,
                    module=f"{package}.api.{snake(tag)}.{op_id}",
                    method=op.get("x-legacy-method"),
                    aliases=list(op.get("x-legacy-aliases", [])),
                    summary=_sentence(str(op.get("summary", "")).strip()),
                    params=params,
                    returns=returns,
                    model=model,
                    body_schema=body_schema,
                    call_params=call_params,
                    parse=answer["parse"].rsplit(".", 1)[1] if answer is not None else None,
                    scope=scope,
                    grant=grant,
                    grants=grants,
                    absent=[int(status) for status in op.get("x-legacy-absent", [])],
                    reconcile=_reconcile(op.get("x-retry-reconcile")),
                    result=op.get("x-legacy-result"),
                    answer_schema=(
                        _answer_constant(answer_json, op_id) if op_json and answer_json and not answer else None
                    ),
                    rpc=rpc_methods(spec, op),
                    body_model=body_model,
                    no_content=no_content,
                    download=download,
                    accept=next(iter(_success(spec, op).get("content", {})), None) if download else None,
                    pages=pages,
                    page_item=page_item(spec, op, page_shape(table)["items"]) if pages else None,
                    requires=[list(group) for group in op.get("x-legacy-requires", [])],
                    security=op.get("x-legacy-security"),
                    open_answer=op.get("x-legacy-results") == "json",
                )
            )
    return groups


def _reconcile(entry: Any) -> str | None:
    """``x-retry-reconcile: {status: [404], contains: "text"}`` as the ``Reconcile(...)`` the generated call gets:
    the answers to a retried call that prove an earlier attempt's effect (see switchboard_core._reconcile)."""
    declared = retry_reconcile(entry)
    if declared is None:
        return None
    statuses, contains = declared
    codes = ", ".join(str(status) for status in statuses)
    return f"Reconcile(frozenset({{{codes}}}){'' if contains is None else f', {contains!r}'})"


def rpc_methods(spec: Spec, op: dict[str, Any]) -> list[RpcMethod]:
    """The legacy methods of a JSON-RPC endpoint: each ``x-jsonrpc-methods`` entry with ``x-legacy-returns``
    (``x-legacy-params``: ``"name: annotation"`` in positional order; ``x-legacy-method``: default the method)."""
    found = []
    for name, entry in op.get("x-jsonrpc-methods", {}).items():
        if "x-legacy-returns" not in entry:
            continue
        params = [tuple(part.strip() for part in str(p).split(":", 1)) for p in entry.get("x-legacy-params", [])]
        found.append(
            RpcMethod(
                name=name,
                legacy=entry.get("x-legacy-method", name),
                params=[(p[0], p[1] if len(p) > 1 else "object") for p in params],
                returns=entry["x-legacy-returns"],
                summary=str(spec.lookup(SCHEMAS + entry["params"]).get("description", name)).strip(),
                params_schema=constant(entry["params"]),
                result_schema=None if entry["result"] == "null" else constant(entry["result"]),
            )
        )
    return found


def _answer_constant(schema: dict[str, Any], op_id: str) -> str:
    """The ``legacy.schemas`` constant of a success answer's schema: its component's, else ``<OPERATION>_ANSWER``."""
    return constant(schema["$ref"].rsplit("/", 1)[1]) if "$ref" in schema else f"{op_id.upper()}_ANSWER"


def _answer_kind(spec: Spec, op: dict[str, Any]) -> str:
    """``empty`` (no body), ``string`` / ``object`` / ``array`` (JSON), or ``binary`` (any other content)."""
    content = _success(spec, op).get("content")
    if not content:
        return "empty"
    if "application/json" not in content:
        return "binary"
    schema = spec.inline(content["application/json"].get("schema", {}))
    return {"string": "string", "array": "array"}.get(schema.get("type", "object"), "object")


def attribute_aliases(spec: Spec, package: str, aliases: dict[str, str]) -> list[tuple[str, str, str, str]]:
    """``(module, class, field, legacy attribute)`` for every component schema with a property the table's
    ``attribute_aliases`` (wire key -> the legacy client's attribute name) names."""
    found = []
    for name, schema in sorted(spec.document.get("components", {}).get("schemas", {}).items()):
        for wire, legacy in aliases.items():
            if wire in schema.get("properties", {}):
                klass = ClassName(name, "")
                found.append((f"{package}.models.{snake(klass)}", str(klass), snake(wire), legacy))
    return found


def final_classes(table: dict[str, Any], tag: str) -> dict[str, str] | None:
    """The table's ``final_classes`` for ``tag``: the bases (``module.Name``) of the facade's own sync and async
    classes and their docstrings (``doc``, ``async_doc``: a text, or tag -> text; ``{tag}`` and ``{klass}``
    replaced), or None when the table has none."""
    final = table.get("final_classes")
    if not final:
        return None
    (module, sync), (other, async_) = final["sync"].rsplit(".", 1), final["async"].rsplit(".", 1)
    if module != other:
        raise ValueError("final_classes: the sync and async bases must come from one module")
    docs = {}
    for key in ("doc", "async_doc"):
        text = final[key] if isinstance(final[key], str) else final[key][tag]
        docs[key] = text.format(tag=tag, klass=table["groups"][tag])
    return {"module": module, "sync": sync, "async": async_, **docs}


def page_shape(table: dict[str, Any]) -> dict[str, Any]:
    """Where a page holds its items and the next cursor, and the cursor parameter (the table's ``pages``)."""
    return {"items": "data", "next": "paging.next", "cursor": "next", "drop": [], **table.get("pages", {})}


def page_item(spec: Spec, op: dict[str, Any], items: str) -> str:
    """The model of one item of a page: the ``$ref`` of the success model's ``items`` array."""
    schema = spec.resolve(_success(spec, op)["content"]["application/json"]["schema"])
    return str(schema["properties"][items]["items"]["$ref"].rsplit("/", 1)[1])


def _success(spec: Spec, op: dict[str, Any]) -> dict[str, Any]:
    found = [spec.resolve(r) for code, r in op["responses"].items() if str(code).startswith("2")]
    return found[0] if found else {}


def _no_content(spec: Spec, op: dict[str, Any]) -> bool:
    return not _success(spec, op).get("content")


def success_model(spec: Spec, op: dict[str, Any]) -> str | None:
    """The generated model class of the operation's JSON success answer, or None (no body, a list, text, a file:
    the facade returns what the generated ``parse_response`` gives, annotated by ``x-legacy-returns``)."""
    schema = _success(spec, op).get("content", {}).get("application/json", {}).get("schema")
    if schema is None:
        return None
    try:
        return spec.model_name(schema)
    except SystemExit:
        return None


def request_schemas(spec: Spec, every_model: bool = False) -> dict[str, Any]:
    """Every component schema a request body or a facade check uses, inlined (``every_model``: also form bodies
    and every schema a request body refers to at any depth, for facades whose legacy request models check input)."""
    names = request_schema_names(spec, every_model)
    return {constant(name): spec.inline({"$ref": f"#/components/schemas/{name}"}) for name in names}


def request_schema_names(spec: Spec, every_model: bool = False) -> list[str]:
    """The names of the component schemas :func:`request_schemas` inlines, sorted."""
    names: set[str] = set()
    for path_item in spec.document["paths"].values():
        for verb in METHODS:
            op = path_item.get(verb)
            ref = None
            if op and "requestBody" in op:
                content = spec.resolve(op["requestBody"])["content"]
                media = content.get("application/json") or (next(iter(content.values())) if every_model else {})
                ref = media.get("schema", {}).get("$ref")
            if ref and every_model:
                names |= _referenced(spec, ref)
            elif ref:
                names.add(ref.rsplit("/", 1)[1])
                for prop in spec.lookup(ref).get("properties", {}).values():  # item schemas, checked one by one
                    items = prop.get("items", {})
                    if "$ref" in items:
                        names.add(items["$ref"].rsplit("/", 1)[1])
    return sorted(names)


def lookup_operation(spec: Spec, op_id: str) -> dict[str, Any]:
    """The spec operation whose Python name is ``op_id``."""
    for path_item in spec.document["paths"].values():
        for verb in METHODS:
            if verb in path_item and snake(path_item[verb]["operationId"]) == op_id:
                return dict(path_item[verb])
    raise KeyError(op_id)


def _referenced(spec: Spec, ref: str) -> set[str]:
    """``ref``'s schema name and every schema name it refers to, at any depth."""
    found: set[str] = set()
    pending = [ref]
    while pending:
        name = pending.pop().rsplit("/", 1)[1]
        if name not in found:
            found.add(name)
            pending += _refs(spec.lookup(f"#/components/schemas/{name}"))
    return found


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [node["$ref"]] if "$ref" in node else [r for value in node.values() for r in _refs(value)]
    if isinstance(node, list):
        return [r for value in node for r in _refs(value)]
    return []


def _parameter_constant(schemas: dict[str, Any], param: Param) -> str:
    """The ``legacy.schemas`` constant for a parameter's schema (``PARAMETER_<NAME>``; one per distinct schema)."""
    name = f"PARAMETER_{param.kwarg.upper()}"
    suffix = 1
    while name in schemas and schemas[name] != param.schema:
        suffix += 1
        name = f"PARAMETER_{param.kwarg.upper()}_{suffix}"
    schemas[name] = param.schema
    return name


def generate(provider: str, package_dir: Path) -> list[Path]:
    """Write ``<package_dir>/legacy/`` for ``provider`` (nothing if it has no facade table); returns the folders
    written beside ``package_dir`` (the legacy module layout, see :func:`render_modules`)."""
    table_path = TABLES / f"{provider}.yaml"
    if table_path.exists():
        return render(ROOT / "specs" / f"{provider}.yaml", table_path, package_dir)
    return []


def render(spec_path: Path, table_path: Path, package_dir: Path) -> list[Path]:
    """Write ``<package_dir>/legacy/`` from a spec and a facade table; returns the folders written beside it."""
    provider = spec_path.stem
    table = yaml.safe_load(table_path.read_text())
    spec = Spec(yaml.safe_load(spec_path.read_text()))
    package = package_dir.name
    env = jinja2.Environment(  # noqa: S701  # it writes Python source, not HTML
        loader=jinja2.FileSystemLoader(TEMPLATES), keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True
    )
    env.globals["snake"] = snake
    out = package_dir / "legacy"
    out.mkdir(exist_ok=True)
    folders: list[Path] = []
    facade = table["facade"]
    groups = operations(spec, package, table)
    parsers = sorted({answer["parse"] for answer in table.get("answers", {}).values()})
    context = {
        "provider": provider,
        "facade": facade,
        "package": package,
        "call_options": table.get("call_options", True),
        "aliases": table.get("aliases", {}),
        "send_steps": table.get("send_steps", False),
        "scope_parameter": (table.get("oauth2_scope") or {}).get("parameter", "scope"),
        "required_none": table.get("required_none", "check"),
        "table": table,
        "options": {"timeout": "timeout", "max_retries": "max_retries", **table.get("options", {})},
        "pages": page_shape(table),
    }
    context["attribute_aliases"] = attribute_aliases(spec, package, table.get("attribute_aliases", {}))
    servers = [("", spec.document["servers"][0]["url"])]
    for path_item in spec.document["paths"].values():
        for op in (path_item.get(verb) for verb in METHODS if "servers" in path_item):
            if op is not None and (op["tags"][0], path_item["servers"][0]["url"]) not in servers:
                servers.append((op["tags"][0], path_item["servers"][0]["url"]))
    paths = [
        (snake(item[verb]["operationId"]), path)
        for path, item in spec.document["paths"].items()
        for verb in METHODS
        if verb in item
    ]
    version = spec.document["info"]["version"]
    init = env.get_template("init.py.jinja").render(
        groups=sorted(groups), servers=servers, paths=paths, api_version=version, **context
    )
    (out / "__init__.py").write_text(init)
    schemas = request_schemas(spec, bool(table.get("model_schemas")))
    for name in table.get("schemas", []):  # component schemas the overlay reads (e.g. webhook envelopes)
        schemas[constant(name)] = spec.inline({"$ref": SCHEMAS + name})
    for op in (op for ops in groups.values() for op in ops):
        source = lookup_operation(spec, op.operation_id)
        if op.answer_schema and not op.open_answer:
            schemas[op.answer_schema] = spec.inline(_success(spec, source)["content"]["application/json"]["schema"])
        for rpc, entry in ((rpc, source["x-jsonrpc-methods"][rpc.name]) for rpc in op.rpc):
            schemas[rpc.params_schema] = spec.inline({"$ref": SCHEMAS + entry["params"]})
            if rpc.result_schema:
                schemas[rpc.result_schema] = spec.inline({"$ref": SCHEMAS + entry["result"]})
        for param in op.call_params:
            if param.location != "body":
                param.constant = _parameter_constant(schemas, param)
            elif param.schema:  # an inline JSON body schema (e.g. a bare string)
                op.body_schema = f"{constant(op.operation_id)}_BODY"
                schemas[op.body_schema] = param.schema
    if "oauth2_scope" in table:  # the scope parameter: a non-empty string
        schemas[f"PARAMETER_{context['scope_parameter'].upper()}"] = {"type": "string", "minLength": 1}
    (out / "schemas.py").write_text(env.get_template("schemas.py.jinja").render(schemas=schemas, **context))
    for tag, ops in groups.items():
        klass = table["groups"][tag]
        used = {op.parse for op in ops}
        extra = {
            "parsers": [tuple(p.rsplit(".", 1)) for p in parsers if p.rsplit(".", 1)[1] in used],
            "uses_any": any("Any" in op.returns for op in ops if op.method or op.parse)
            or bool(table.get("download") and any(op.download for op in ops))
            or bool(table.get("call_kwargs")),
            "scoped": "oauth2_scope" in table,
        }
        signatures = table.get("behaviours", {}).get(tag, {})
        options = context["options"]
        option_names = (options["timeout"], options["max_retries"]) if context["call_options"] else ()
        extra["behaviours"] = [
            behaviour(name, _scoped(spec, table, entry), option_names) for name, entry in signatures.items()
        ]
        extra["uses_any"] = extra["uses_any"] or bool(signatures)
        extra["final"] = final_classes(table, tag) if not signatures else None
        text = env.get_template("group.py.jinja").render(tag=tag, klass=klass, operations=ops, **context, **extra)
        (out / f"{snake(tag)}.py").write_text(text)
    if "request_models" in table:  # one class per schema of legacy.schemas' models, on the facade's base
        module, base = table["request_models"].rsplit(".", 1)
        names = request_schema_names(spec, every_model=True)
        text = env.get_template("request_models.py.jinja").render(module=module, base=base, names=names, **context)
        (out / "request_models.py").write_text(text)
    if "modules" in table:
        folders.append(render_modules(spec, table, package_dir, env, provider))
    if "surfaces" in table:
        found = table["surfaces"]
        imports, runtime_imports = found.get("imports") or {}, found.get("runtime_imports") or {}
        text = env.get_template("surface.py.jinja").render(
            classes=surfaces(table), imports=imports, runtime_imports=runtime_imports, **context
        )
        (out / "surface.py").write_text(text)
    return folders


def webhook_only_models(spec: Spec) -> set[str]:
    """The generated model modules of the schemas only callbacks and ``x-webhooks`` use, and of their inline
    properties: webhook payloads, which no legacy client had."""
    operations = [item[verb] for item in spec.document["paths"].values() for verb in METHODS if verb in item]
    requests = [{k: v for k, v in op.items() if k != "callbacks"} for op in operations]
    inbound = [op.get("callbacks", {}) for op in operations] + [spec.document.get("x-webhooks", {})]
    only = _schemas_of(spec, _refs(inbound)) - _schemas_of(spec, _refs(requests))
    found = {snake(name) for name in only}
    for name in only:
        found |= {f"{snake(name)}_{snake(prop)}" for prop in spec.lookup(SCHEMAS + name).get("properties", {})}
    return found


def _schemas_of(spec: Spec, refs: list[str]) -> set[str]:
    """The component schemas ``refs`` lead to, through parameters, bodies and responses, at any depth."""
    found: set[str] = set()
    pending, seen = list(refs), set()
    while pending:
        ref = pending.pop()
        if ref not in seen:
            seen.add(ref)
            if ref.startswith(SCHEMAS):
                found |= _referenced(spec, ref)
            else:
                pending += _refs(spec.lookup(ref))
    return found


def render_modules(
    spec: Spec, table: dict[str, Any], package_dir: Path, env: jinja2.Environment, provider: str
) -> Path:
    """Write the legacy client's module layout (``table["modules"]``) into ``<package_dir>/../<facade>/``: one
    module per model and one per API class pair, re-exporting the generated classes (or the hand-written ones the
    table names); ``overlay/<facade>/<folder>`` links to each folder. Returns the facade folder."""
    modules, facade, package = table["modules"], str(table["facade"]), package_dir.name
    out = package_dir.parent / facade
    own: dict[str, str] = modules.get("hand_written", {})
    requests = set(request_schema_names(spec, every_model=True)) if "request_models" in table else set()
    init = (package_dir / "models" / "__init__.py").read_text()
    models = dict(re.findall(r"^\s*from \.(\w+) import (\w+)$", init, re.MULTILINE))
    skipped = webhook_only_models(spec)

    def source(name: str) -> str:
        if name in own:
            return own[name]
        return f"{package}.legacy.request_models" if name in requests else f"{package}.models"

    def write(path: Path, doc: str, imports: dict[str, list[str]], exports: list[str]) -> None:
        found = sorted((module, sorted(names)) for module, names in imports.items())
        text = env.get_template("module.py.jinja").render(doc=doc, imports=found, exports=sorted(exports),
                                                          provider=provider)  # fmt: skip
        path.write_text(text)

    shutil.rmtree(out, ignore_errors=True)
    folder = out / modules["model"]
    folder.mkdir(parents=True)
    write(folder / "__init__.py", f"One module per model: ``from {facade}.{modules['model']}.<model> import <Model>``.",
          {}, [])  # fmt: skip
    for module, name in sorted(models.items()):
        if module not in skipped:
            kind = "a request model, validated on construction" if name in requests else "a response model"
            write(folder / f"{module}.py", f"``{name}``: {kind}.", {source(name): [name]}, [name])
    folder = out / modules["api"]
    folder.mkdir()
    write(folder / "__init__.py", f"The API classes: ``from {facade}.{modules['api']} import <tag>_api``.", {}, [])
    groups: dict[str, set[str]] = {}
    for path_item in spec.document["paths"].values():
        for op in (path_item[verb] for verb in METHODS if verb in path_item):
            content = spec.resolve(op["requestBody"])["content"] if "requestBody" in op else {}
            ref = content.get("application/json", {}).get("schema", {}).get("$ref")
            groups.setdefault(op["tags"][0], set()).update([ref.rsplit("/", 1)[1]] if ref else [])
    for tag, bodies in sorted(groups.items()):
        klass = table["groups"][tag]
        classes = [klass, f"Async{klass}"]
        imports: dict[str, list[str]] = {}
        for name in classes:
            imports.setdefault(own.get(name, f"{package}.legacy.{snake(tag)}"), []).append(name)
        for name in bodies:
            imports.setdefault(f"{facade}.{modules['model']}.{snake(name)}", []).append(name)
        doc = f"``{klass}`` and ``Async{klass}``: the {tag} operations."
        write(folder / f"{snake(tag)}_api.py", doc, imports, [*classes, *bodies])
    return out

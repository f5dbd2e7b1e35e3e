"""The facade plumbing of one provider, generated from its spec's ``x-legacy-*`` extensions and its table.

``scripts/generate.py`` calls :func:`generate` after openapi-python-client, so the output lands in
``generated/<typed package>/legacy/`` and is formatted by ruff and covered by the drift check. Inputs:

- ``generator/facades/<provider>.yaml`` (only what the spec cannot say): ``facade`` (the legacy package) and
  ``groups``: spec tag -> legacy class name (``MessagesController``; the async class is ``Async`` + name).
- per operation in ``specs/<provider>.yaml``: ``x-legacy-method`` (required to get a facade method),
  ``x-legacy-aliases`` (other names), ``x-legacy-returns`` (the return annotation when the answer is not a
  JSON model: default ``None`` for no body, else ``object``), ``x-legacy-params`` (the legacy positional
  order; ``body=None`` gives the body a ``None`` default; default: required first, then path, body, query,
  header); per parameter ``x-legacy-name`` (its legacy keyword, default its Python name).

Output per tag: ``<operation>_call(...)`` builders (check the input against the spec, build the request with
the operation's public ``build_request``, parse with ``parse_response``) and one ``<Class>Operations`` /
``Async<Class>Operations`` pair rendered from one template (``generator/facade_templates/group.py.jinja``).
Request schemas go to ``legacy/schemas.py`` as plain dicts for ``switchboard_core.check``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
import yaml
from openapi_python_client.strings import PythonIdentifier

ROOT = Path(__file__).resolve().parent.parent
TABLES = ROOT / "generator" / "facades"
TEMPLATES = ROOT / "generator" / "facade_templates"
SCHEMAS = "#/components/schemas/"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


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
    method: str
    aliases: list[str]
    summary: str
    params: list[Param]
    returns: str  # the facade method's return annotation
    model: str | None  # the success model class, when the answer is one (else the generated parse is used as is)
    body_schema: str | None = None  # constant in legacy.schemas (JSON bodies with a $ref schema)
    call_params: list[Param] = field(default_factory=list)
    absent: list[int] = field(default_factory=list)  # x-legacy-absent: statuses answered with None
    result: str | None = None  # x-legacy-result: the member of the answer the method returns
    answer_schema: str | None = None  # results: json: the constant of the success schema in legacy.schemas
    rpc: list[RpcMethod] = field(default_factory=list)  # JSON-RPC methods with x-legacy-params / -returns


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


def _annotation(schema: dict[str, Any], required: bool) -> str:
    base = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}.get(
        schema.get("type", ""), "object"
    )
    return base if required else f"{base} | None"


def operations(spec: Spec, package: str, json_results: bool = False) -> dict[str, list[Operation]]:
    """Every operation with ``x-legacy-method`` (``null``: a builder only), grouped by its first tag, in spec order.
    ``json_results``: the methods return the answer's JSON, checked against its schema (table ``results: json``)."""
    groups: dict[str, list[Operation]] = {}
    for path_item in spec.document["paths"].values():
        shared = path_item.get("parameters", [])
        for verb in METHODS:
            if verb not in path_item or "x-legacy-method" not in path_item[verb]:
                continue
            op = path_item[verb]
            tag = op["tags"][0]
            op_id = snake(op["operationId"])
            by_legacy: dict[str, Param] = {}
            for raw in [*shared, *op.get("parameters", [])]:
                param = spec.resolve(raw)
                kwarg = snake(param["name"])
                required = bool(param.get("required"))
                legacy = param.get("x-legacy-name", kwarg)
                schema = spec.inline(param.get("schema", {}))
                by_legacy[legacy] = Param(
                    legacy, kwarg, _annotation(schema, required), None if required else "None",
                    schema, param["in"], required,
                )  # fmt: skip
            body_schema = None
            if "requestBody" in op:
                request_body = spec.resolve(op["requestBody"])
                content = request_body["content"]
                schema_ref = content.get("application/json", {}).get("schema", {}).get("$ref")
                body_schema = constant(schema_ref.rsplit("/", 1)[1]) if schema_ref else None  # else: passed as given
                name, note = request_body.get("x-legacy-name", "body"), request_body.get("x-legacy-type", "object")
                by_legacy[name] = Param(name, "body", note, None, {}, "body", True)
            params = []
            order = {"path": 0, "body": 1, "query": 2, "header": 3, "cookie": 4}  # default: the generated order
            default_order = sorted(
                by_legacy, key=lambda name: (not by_legacy[name].required, order[by_legacy[name].location])
            )
            for entry in op.get("x-legacy-params", default_order):
                name, _, default = str(entry).partition("=")
                param = by_legacy[name]
                if default:
                    param.default = default
                params.append(param)
            model = None if json_results else success_model(spec, op)
            returns = op.get(
                "x-legacy-returns", model or ("None" if model is None and _no_content(spec, op) else "object")
            )
            answer = _success(spec, op).get("content", {}).get("application/json", {}).get("schema")
            groups.setdefault(tag, []).append(
                Operation(
                    operation_id=op_id,
                    module=f"{package}.api.{snake(tag)}.{op_id}",
                    method=op["x-legacy-method"],
                    aliases=list(op.get("x-legacy-aliases", [])),
                    summary=str(op.get("summary", "")).strip(),
                    params=params,
                    returns=returns,
                    model=model,
                    body_schema=body_schema,
                    absent=[int(status) for status in op.get("x-legacy-absent", [])],
                    result=op.get("x-legacy-result"),
                    answer_schema=_answer_constant(answer, op_id) if json_results and answer else None,
                    rpc=rpc_methods(spec, op),
                )
            )
    return groups


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


def request_schemas(spec: Spec) -> dict[str, Any]:
    """Every component schema a request body or a facade check uses, inlined."""
    names: set[str] = set()
    for path_item in spec.document["paths"].values():
        for verb in METHODS:
            op = path_item.get(verb)
            ref = None
            if op and "requestBody" in op:
                ref = (
                    spec.resolve(op["requestBody"])["content"].get("application/json", {}).get("schema", {}).get("$ref")
                )
            if ref:
                names.add(ref.rsplit("/", 1)[1])
                for prop in spec.lookup(ref).get("properties", {}).values():  # item schemas, checked one by one
                    items = prop.get("items", {})
                    if "$ref" in items:
                        names.add(items["$ref"].rsplit("/", 1)[1])
    return {constant(name): spec.inline({"$ref": f"#/components/schemas/{name}"}) for name in sorted(names)}


def lookup_operation(spec: Spec, op_id: str) -> dict[str, Any]:
    """The spec operation whose Python name is ``op_id``."""
    for path_item in spec.document["paths"].values():
        for verb in METHODS:
            if verb in path_item and snake(path_item[verb]["operationId"]) == op_id:
                return dict(path_item[verb])
    raise KeyError(op_id)


def _parameter_constant(schemas: dict[str, Any], param: Param) -> str:
    """The ``legacy.schemas`` constant for a parameter's schema (``PARAMETER_<NAME>``; one per distinct schema)."""
    name = f"PARAMETER_{param.kwarg.upper()}"
    suffix = 1
    while name in schemas and schemas[name] != param.schema:
        suffix += 1
        name = f"PARAMETER_{param.kwarg.upper()}_{suffix}"
    schemas[name] = param.schema
    return name


def generate(provider: str, package_dir: Path) -> None:
    """Write ``<package_dir>/legacy/`` for ``provider`` (nothing if it has no facade table)."""
    table_path = TABLES / f"{provider}.yaml"
    if table_path.exists():
        render(ROOT / "specs" / f"{provider}.yaml", table_path, package_dir)


def render(spec_path: Path, table_path: Path, package_dir: Path) -> None:
    """Write ``<package_dir>/legacy/`` from a spec and a facade table."""
    provider = spec_path.stem
    table = yaml.safe_load(table_path.read_text())
    spec = Spec(yaml.safe_load(spec_path.read_text()))
    package = package_dir.name
    json_results = table.get("results", "models") == "json"
    env = jinja2.Environment(  # noqa: S701  # it writes Python source, not HTML
        loader=jinja2.FileSystemLoader(TEMPLATES), keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True
    )
    out = package_dir / "legacy"
    out.mkdir(exist_ok=True)
    facade = table["facade"]
    groups = operations(spec, package, json_results)
    context = {
        "provider": provider,
        "facade": facade,
        "package": package,
        "call_options": table.get("call_options", True),
        "aliases": table.get("aliases", {}),
    }
    (out / "__init__.py").write_text(env.get_template("init.py.jinja").render(groups=sorted(groups), **context))
    schemas = request_schemas(spec)
    for op in (op for ops in groups.values() for op in ops):
        source = lookup_operation(spec, op.operation_id)
        if op.answer_schema:
            schemas[op.answer_schema] = spec.inline(_success(spec, source)["content"]["application/json"]["schema"])
        for rpc, entry in ((rpc, source["x-jsonrpc-methods"][rpc.name]) for rpc in op.rpc):
            schemas[rpc.params_schema] = spec.inline({"$ref": SCHEMAS + entry["params"]})
            if rpc.result_schema:
                schemas[rpc.result_schema] = spec.inline({"$ref": SCHEMAS + entry["result"]})
        for param in op.params:
            if param.location != "body":
                param.constant = _parameter_constant(schemas, param)
    (out / "schemas.py").write_text(env.get_template("schemas.py.jinja").render(schemas=schemas, **context))
    for tag, ops in groups.items():
        klass = table["groups"][tag]
        text = env.get_template("group.py.jinja").render(tag=tag, klass=klass, operations=ops, **context)
        (out / f"{snake(tag)}.py").write_text(text)

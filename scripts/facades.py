"""The facade plumbing of one provider, generated from its spec's ``x-legacy-*`` extensions and its table.

``scripts/generate.py`` calls :func:`generate` after openapi-python-client, so the output lands in
``generated/<typed package>/legacy/`` and is formatted by ruff and covered by the drift check. Inputs:

- ``generator/facades/<provider>.yaml`` (only what the spec cannot say): ``facade`` (the legacy package) and
  ``groups``: spec tag -> legacy class name (``MessagesController``; the async class is ``Async`` + name).
- per operation in ``specs/<provider>.yaml``: ``x-legacy-method`` (required to get a facade method),
  ``x-legacy-aliases`` (other names), ``x-legacy-returns`` (the return annotation when the answer is not a
  JSON model: default ``None`` for no body, else ``object``), ``x-legacy-params`` (the legacy positional
  order; ``body=None`` gives the body a ``None`` default; default: required first, then path, body, query,
  header; a ``*`` entry makes the rest keyword-only); per parameter ``x-legacy-name`` (its legacy keyword,
  default its Python name); ``x-legacy-download`` (the method streams the answer to ``to=``),
  ``x-legacy-pages`` (the name of a lazy iterator over every page's items), ``x-legacy-requires`` (groups of
  legacy parameter names, at least one group given in full), ``x-legacy-body-fields`` (the method takes these
  fields of the body as parameters, in the body's place, instead of the body).
- optional table fields (all default off): ``options`` (the call-option keywords, default ``timeout`` and
  ``max_retries``), ``keyword_only`` (optional parameters keyword-only), ``body`` (``name: schema``: the body's
  legacy name is its schema's snake-case name; ``annotation``: its annotation, ``{schema}`` replaced; ``types``:
  the package whose ``<snake schema>`` modules define those names; ``hook``: one method taking the schema name
  and the body instead of a hook per operation), ``input_error`` (a method mapping the runtime's
  ``InvalidRequestError`` to the facade's class), ``pages`` (``items``, ``next``: attribute paths in a page;
  ``cursor``: the cursor parameter; ``drop``: parameters an iterator leaves out), ``model_schemas`` (every
  schema a request body refers to, at any depth, form bodies too, goes to ``legacy.schemas``).

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
    keyword_only: bool = False
    fields: list[tuple[str, str, str]] = field(default_factory=list)  # a body given as its fields: wire, legacy, type
    enum_class: str | None = None  # the generated enum a query parameter is passed as


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
    body_model: str | None = None  # the body's schema name
    no_content: bool = False  # a 204 answer is documented too (the call returns None for it)
    download: bool = False
    accept: str | None = None  # the success media type a download asks for
    pages: str | None = None  # the lazy iterator's name
    page_item: str | None = None  # the model of one item of a page
    requires: list[list[str]] = field(default_factory=list)


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
    """Every operation with ``x-legacy-method``, grouped by its first tag, in spec order."""
    table = table or {}
    body_style = table.get("body", {})
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
                if param["in"] == "query" and "enum" in schema:  # openapi-python-client's class for an inline enum
                    raw = param.get("schema", {})
                    by_legacy[legacy].enum_class = (
                        raw["$ref"].rsplit("/", 1)[1] if "$ref" in raw else _pascal(f"{op['operationId']}_{kwarg}")
                    )
            body_schema = body_model = None
            if "requestBody" in op:
                content = spec.resolve(op["requestBody"])["content"]
                schema_ref = content.get("application/json", {}).get("schema", {}).get("$ref")
                body_model = schema_ref.rsplit("/", 1)[1] if schema_ref else None
                body_schema = constant(body_model) if body_model else None  # else: passed as given
                by_legacy["body"] = Param("body", "body", "object", None, {}, "body", True)
                if body_model and body_style.get("name") == "schema":
                    by_legacy["body"].legacy = snake(body_model)
                if body_model and "annotation" in body_style:
                    by_legacy["body"].annotation = body_style["annotation"].format(schema=body_model)
                if body_model and "x-legacy-body-fields" in op:
                    properties = spec.inline({"$ref": schema_ref})["properties"]
                    by_legacy["body"].fields = [
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
                param.keyword_only = keyword_only
                params.append(param)
            model = success_model(spec, op)
            no_content = model is not None and "204" in {str(code) for code in op["responses"]}
            returns = op.get(
                "x-legacy-returns", model or ("None" if model is None and _no_content(spec, op) else "object")
            )
            if no_content and "x-legacy-returns" not in op:
                returns = f"{model} | None"
            pages = op.get("x-legacy-pages")
            download = bool(op.get("x-legacy-download"))
            if download and "x-legacy-returns" not in op:
                returns = "bytes | Path | IO[bytes]"
            groups.setdefault(tag, []).append(
                Operation(
                    operation_id=op_id,
                    module=f"{package}.api.{snake(tag)}.{op_id}",
                    method=op["x-legacy-method"],
                    aliases=list(op.get("x-legacy-aliases", [])),
                    summary=_sentence(str(op.get("summary", "")).strip()),
                    params=params,
                    returns=returns,
                    model=model,
                    body_schema=body_schema,
                    body_model=body_model,
                    no_content=no_content,
                    download=download,
                    accept=next(iter(_success(spec, op).get("content", {})), None) if download else None,
                    pages=pages,
                    page_item=page_item(spec, op, page_shape(table)["items"]) if pages else None,
                    requires=[list(group) for group in op.get("x-legacy-requires", [])],
                )
            )
    return groups


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
    return {constant(name): spec.inline({"$ref": f"#/components/schemas/{name}"}) for name in sorted(names)}


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
    env = jinja2.Environment(  # noqa: S701  # it writes Python source, not HTML
        loader=jinja2.FileSystemLoader(TEMPLATES), keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True
    )
    env.globals["snake"] = snake
    out = package_dir / "legacy"
    out.mkdir(exist_ok=True)
    facade = table["facade"]
    groups = operations(spec, package, table)
    options = {"timeout": "timeout", "max_retries": "max_retries", **table.get("options", {})}
    context = {"provider": provider, "facade": facade, "package": package, "table": table, "options": options}
    context["pages"] = page_shape(table)
    (out / "__init__.py").write_text(env.get_template("init.py.jinja").render(groups=sorted(groups), **context))
    schemas = request_schemas(spec, bool(table.get("model_schemas")))
    for op in (op for ops in groups.values() for op in ops):
        for param in op.params:
            if param.location != "body":
                param.constant = _parameter_constant(schemas, param)
    (out / "schemas.py").write_text(env.get_template("schemas.py.jinja").render(schemas=schemas, **context))
    for tag, ops in groups.items():
        klass = table["groups"][tag]
        text = env.get_template("group.py.jinja").render(tag=tag, klass=klass, operations=ops, **context)
        (out / f"{snake(tag)}.py").write_text(text)

"""Write ``<package>/_answers.py``: what every operation of a spec documents as its answers, per status (its
media types and, for JSON, its schema reduced to the keywords the runtime checks), plus the component schemas
those refer to. ``x-answer-required: [key, ...]`` on a schema adds keys every answer must hold that the model's
constructor keeps optional (a drop-in surface cannot make a parameter required). ``switchboard_core.Answers``
loads it on the first answer and checks each one against it. ``RECONCILE`` holds each operation's
``x-retry-reconcile`` (the answers to a retried call that prove an earlier attempt's effect), which the typed
client's ``_build_response`` reads through ``switchboard_core.reconciled_retry``."""

from __future__ import annotations

import pprint
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.strings import PythonIdentifier

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
KEPT: tuple[str, ...] = ("$ref", "type", "nullable", "properties", "required", "items")
KEPT += ("additionalProperties", "allOf", "anyOf", "oneOf")


def is_json(media: str) -> bool:
    base = media.partition(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


def _reduced(schema: Any, refs: set[str]) -> Any:
    """``schema`` with only the keywords the answer check reads; every ``$ref`` name it uses goes to ``refs``."""
    if not isinstance(schema, Mapping):
        return schema
    out: dict[str, Any] = {}
    for key in KEPT:
        if key not in schema:
            continue
        value = schema[key]
        if key == "$ref":
            refs.add(value.rsplit("/", 1)[-1])
        elif key == "properties":
            value = {name: _reduced(sub, refs) for name, sub in value.items()}
        elif key in ("items", "additionalProperties"):
            value = _reduced(value, refs)
        elif key in ("allOf", "anyOf", "oneOf"):
            value = [_reduced(sub, refs) for sub in value]
        out[key] = value
    if "x-answer-required" in schema:  # required in answers, though the model's constructor keeps a default
        out["required"] = [*out.get("required", []), *schema["x-answer-required"]]
    return out


def retry_reconcile(entry: Any) -> tuple[tuple[int, ...], str | None] | None:
    """``x-retry-reconcile: {status: [404], contains: "text"}`` as ``(statuses, contains)`` (None when absent):
    the answers to a retried call that prove an earlier attempt's effect (see ``switchboard_core._reconcile``)."""
    if entry is None:
        return None
    if not isinstance(entry, Mapping) or "status" not in entry or set(entry) - {"status", "contains"}:
        raise ValueError(f"x-retry-reconcile must be {{status: [...], contains: text}}, not {entry!r}")
    statuses = entry["status"] if isinstance(entry["status"], list) else [entry["status"]]
    contains = entry.get("contains")
    return tuple(sorted(int(status) for status in statuses)), None if contains is None else str(contains)


def reconciled(document: Mapping[str, Any]) -> dict[str, tuple[tuple[int, ...], str | None]]:
    """Per generated operation module that declares it, its ``x-retry-reconcile`` (:func:`retry_reconcile`)."""
    found = {}
    for item in document["paths"].values():
        for verb in METHODS:
            declared = retry_reconcile(item.get(verb, {}).get("x-retry-reconcile"))
            if declared is not None:
                found[str(PythonIdentifier(item[verb]["operationId"], "field_"))] = declared
    return dict(sorted(found.items()))


def answers(document: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """``(ANSWERS, COMPONENTS)``: per generated operation module, per status, ``(media types, schema | None)``."""
    components = document.get("components", {})
    refs: set[str] = set()
    operations: dict[str, Any] = {}
    for item in document["paths"].values():
        for verb in METHODS:
            if verb not in item:
                continue
            op = item[verb]
            documented: dict[str, Any] = {}
            for status, response in op.get("responses", {}).items():
                if "$ref" in response:
                    response = components["responses"][response["$ref"].rsplit("/", 1)[-1]]
                content = response.get("content") or {}
                if not content:
                    continue
                media = sorted(m.partition(";")[0].strip().lower() for m in content)
                schemas = [c.get("schema") for m, c in content.items() if is_json(m)]
                schema = _reduced(schemas[0], refs) if schemas and schemas[0] is not None else None
                documented[str(status).upper() if str(status) != "default" else "default"] = (media, schema)
            operations[str(PythonIdentifier(op["operationId"], "field_"))] = documented
    schemas = components.get("schemas", {})
    kept: dict[str, Any] = {}
    pending = sorted(refs)
    while pending:
        name = pending.pop()
        if name in kept:
            continue
        found: set[str] = set()
        kept[name] = _reduced(schemas[name], found)
        pending.extend(sorted(found - kept.keys()))
    return operations, dict(sorted(kept.items()))


def generate(spec: Path, package: Path) -> None:
    """Write ``package/_answers.py`` from ``spec``."""
    document = yaml.safe_load(spec.read_text())
    operations, components = answers(document)
    (package / "_answers.py").write_text(
        '"""What each operation documents as its answers (generated from the spec: do not edit)."""'
        "\n\n"
        "from typing import Any\n\n"
        f"COMPONENTS: dict[str, Any] = {pprint.pformat(components, width=100, sort_dicts=False)}\n\n"
        f"ANSWERS: dict[str, Any] = {pprint.pformat(operations, width=100, sort_dicts=False)}\n\n"
        "RECONCILE: dict[str, tuple[tuple[int, ...], str | None]] = "
        f"{pprint.pformat(reconciled(document), width=100)}\n"
    )

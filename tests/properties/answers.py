"""Hypothesis strategies for the answers every operation documents: values drawn from a response schema of the
spec (the subset the specs use: ``$ref``, ``type``, ``nullable``, ``enum``, ``properties``, ``required``,
``items``, ``additionalProperties``, ``allOf`` / ``anyOf`` / ``oneOf``, ``format: date-time``, ``minItems`` /
``minLength``), and the operations themselves, enumerated from the specs."""

from __future__ import annotations

import importlib
import os
import pkgutil
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml
from hypothesis import strategies as st
from openapi_python_client.strings import PythonIdentifier

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = {
    "messagemedia": "messagemedia_api",
    "mxit": "mxit_api",
    "smscx": "smscx_api",
    "twitter": "twitter_api",
    "vumigo": "vumigo_api",
}
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
EXAMPLES = int(os.environ.get("SWITCHBOARD_PROPERTY_EXAMPLES", "3"))
"""Examples per operation (``make chaos`` raises it); ``make test`` runs a bounded, derandomized set."""
SEED = os.environ.get("SWITCHBOARD_PROPERTY_SEED")

Schema = Mapping[str, Any]


@dataclass(frozen=True)
class Answer:
    """One documented answer of one operation: its status, media types and (JSON only) schema."""

    provider: str
    module: ModuleType
    status: int
    media: tuple[str, ...]
    schema: Schema | None
    components: Mapping[str, Schema]

    def __str__(self) -> str:
        return f"{self.module.__name__}:{self.status}"


def _is_json(media: str) -> bool:
    return media == "application/json" or media.endswith("+json")


def _modules(package: str) -> dict[str, ModuleType]:
    api = importlib.import_module(f"{package}.api")
    names = [m.name for m in pkgutil.walk_packages(api.__path__, f"{package}.api.") if not m.ispkg]
    return {name.rpartition(".")[2]: importlib.import_module(name) for name in names}


def _status(key: str) -> int:
    if key == "default":
        return 299  # a 2xx no other key claims
    return int(key.replace("XX", "00")) if "XX" in key else int(key)


def answers() -> list[Answer]:
    """Every documented answer with content, of every operation of every provider (from the specs)."""
    found: list[Answer] = []
    for provider, package in sorted(PACKAGES.items()):
        document = yaml.safe_load((ROOT / "specs" / f"{provider}.yaml").read_text())
        components = document.get("components", {})
        modules = _modules(package)
        for item in document["paths"].values():
            for verb in METHODS:
                if verb not in item:
                    continue
                op = item[verb]
                module = modules[str(PythonIdentifier(op["operationId"], "field_"))]
                for key, response in op.get("responses", {}).items():
                    if "$ref" in response:
                        response = components["responses"][response["$ref"].rsplit("/", 1)[-1]]
                    content = response.get("content") or {}
                    if not content:
                        continue
                    media = tuple(sorted(content))
                    json_schemas = [c.get("schema") for m, c in content.items() if _is_json(m)]
                    schema = json_schemas[0] if json_schemas else None
                    found.append(Answer(provider, module, _status(str(key)), media, schema, components["schemas"]))
    return found


def required_keys(schema: Schema) -> list[str]:
    """The keys every answer holds: ``required``, and ``x-answer-required`` (kept optional in the model)."""
    return [*schema.get("required", []), *schema.get("x-answer-required", [])]


class Drawer:
    """Strategies for the values a schema (of one spec's components) allows."""

    def __init__(self, components: Mapping[str, Schema]) -> None:
        self.components = components

    def resolve(self, schema: Schema) -> Schema:
        while "$ref" in schema:
            schema = self.components[schema["$ref"].rsplit("/", 1)[-1]]
        if schema.get("allOf"):  # the specs' allOf: objects (or one $ref), merged
            merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
            for part in schema["allOf"]:
                part = self.resolve(part)
                for key, value in part.items():
                    if key == "properties":
                        merged["properties"] = {**merged.get("properties", {}), **value}
                    elif key == "required":
                        merged["required"] = [*merged.get("required", []), *value]
                    else:
                        merged.setdefault(key, value)
            return merged
        return schema

    def values(self, schema: Schema, depth: int = 0) -> st.SearchStrategy[Any]:
        schema = self.resolve(schema)
        strategy = self._values(schema, depth)
        return st.one_of(st.none(), strategy) if schema.get("nullable") else strategy

    def _values(self, schema: Schema, depth: int) -> st.SearchStrategy[Any]:
        if "enum" in schema:
            return st.sampled_from([v for v in schema["enum"] if v is not None] or [None])
        alternatives = schema.get("anyOf") or schema.get("oneOf")
        if alternatives:
            return st.one_of([self.values(alternative, depth) for alternative in alternatives])
        kind = schema.get("type") or ("object" if "properties" in schema else "array" if "items" in schema else None)
        if kind == "string":
            if schema.get("format") == "date-time":
                return st.datetimes(timezones=st.just(UTC)).map(lambda d: d.isoformat().replace("+00:00", "Z"))
            least = schema.get("minLength", 0)
            return st.text(min_size=least, max_size=max(least, 12))
        if kind == "integer":
            return st.integers(min_value=schema.get("minimum", -(2**31)), max_value=schema.get("maximum", 2**31))
        if kind == "number":
            return st.floats(allow_nan=False, allow_infinity=False, min_value=schema.get("minimum"))
        if kind == "boolean":
            return st.booleans()
        if kind == "array":
            least = schema.get("minItems", 0)
            most = least if depth > 2 else min(schema.get("maxItems", least + 2), least + 2)
            return st.lists(self.values(schema.get("items", {}), depth + 1), min_size=least, max_size=most)
        if kind == "object":
            return self._object(schema, depth)
        return st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=5))  # any JSON value

    def _object(self, schema: Schema, depth: int) -> st.SearchStrategy[dict[str, Any]]:
        properties: Mapping[str, Schema] = schema.get("properties", {})
        required = [name for name in required_keys(schema) if name in properties]
        optional = [name for name in properties if name not in required]
        if depth > 2:
            optional = []  # keep deep answers small
        fixed = st.fixed_dictionaries(
            {name: self.values(properties[name], depth + 1) for name in required},
            optional={name: self.values(properties[name], depth + 1) for name in optional},
        )
        extra = schema.get("additionalProperties")
        if isinstance(extra, Mapping) and not properties:
            keys = st.text(min_size=1, max_size=6)
            least = schema.get("minProperties", 0)
            return st.dictionaries(keys, self.values(extra, depth + 1), min_size=least, max_size=max(least, 2))
        return fixed

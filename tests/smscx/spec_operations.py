"""The 96 operations of specs/smscx.yaml as the tests walk them (sorted by tag, then name): method, path,
parameters, body schema and success media type, read from the spec itself."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

SPEC: dict[str, Any] = yaml.safe_load((Path(__file__).resolve().parents[2] / "specs" / "smscx.yaml").read_text())
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]


@dataclass(frozen=True)
class Op:
    name: str
    tag: str
    method: str
    path_template: str
    path: tuple[dict[str, Any], ...]  # the spec's parameter objects
    query: tuple[dict[str, Any], ...]
    body: str | None  # the request body's schema name
    media: str  # the success answer's media type


def _operations() -> dict[str, Op]:
    found = []
    for path, item in SPEC["paths"].items():
        for method, op in item.items():
            params = op.get("parameters", [])
            content = op.get("requestBody", {}).get("content", {})
            body = str(next(iter(content.values()))["schema"]["$ref"]).rsplit("/", 1)[-1] if content else None
            success = next(r for code, r in op["responses"].items() if code.startswith("2"))
            found.append(
                Op(
                    op["operationId"], op["tags"][0], method.upper(), path,
                    tuple(p for p in params if p["in"] == "path"), tuple(p for p in params if p["in"] == "query"),
                    body, next(iter(success["content"])),
                )
            )  # fmt: skip
    return {op.name: op for op in sorted(found, key=lambda o: (o.tag, o.name))}


OPERATIONS = _operations()

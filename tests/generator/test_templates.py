"""The custom generator templates on a small spec with the shapes that break naive templates:
models that refer to each other and to themselves (imports after the class), an open enum, dict access,
credential fields kept out of repr()."""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = """
openapi: 3.0.3
info: {title: cycles, version: "1"}
paths:
  /tree:
    get:
      operationId: getTree
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Node"}
components:
  schemas:
    Colour:
      type: string
      enum: [red, green]
    Node:
      type: object
      required: [name]
      properties:
        name: {type: string}
        colour: {$ref: "#/components/schemas/Colour"}
        children:
          type: array
          items: {$ref: "#/components/schemas/Node"}
        owner: {$ref: "#/components/schemas/Owner"}
    Owner:
      type: object
      properties:
        favourite: {$ref: "#/components/schemas/Node"}
        grant: {$ref: "#/components/schemas/Grant"}
    Grant:
      type: object
      required: [access_token]
      properties:
        access_token: {type: string}
        refresh_token: {type: string}
        scope: {type: string}
"""


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    root = tmp_path_factory.mktemp("gen")
    (root / "spec.yaml").write_text(SPEC)
    (root / "config.yaml").write_text("package_name_override: cycles_api\npost_hooks: []\n")
    subprocess.run(
        [
            sys.executable, "-m", "openapi_python_client", "generate",
            "--path", str(root / "spec.yaml"), "--config", str(root / "config.yaml"),
            "--custom-template-path", str(ROOT / "generator" / "templates"),
            "--meta", "none", "--output-path", str(root / "cycles_api"), "--fail-on-warning",
        ],
        check=True, capture_output=True,
    )  # fmt: skip
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module("cycles_api.models")
    finally:
        sys.path.remove(str(root))
        for name in [m for m in sys.modules if m.startswith("cycles_api")]:
            del sys.modules[name]


def test_models_that_refer_to_each_other_and_themselves_round_trip(package: Any) -> None:
    wire = {"name": "root", "colour": "red", "children": [{"name": "leaf"}], "owner": {"favourite": {"name": "x"}}}
    node = package.Node.from_dict(wire)
    assert node.children[0].name == "leaf"
    assert node.owner.favourite.name == "x"
    assert node.to_dict() == wire


def test_unknown_enum_values_are_kept_open(package: Any) -> None:
    node = package.Node.from_dict({"name": "n", "colour": "ultraviolet"})
    assert node.colour.name == "UNKNOWN"
    assert node.colour == "ultraviolet"
    assert node.to_dict()["colour"] == "ultraviolet"
    assert node["name"] == "n"
    assert "children" not in node


def test_credential_fields_stay_out_of_repr(package: Any) -> None:
    grant = package.Grant.from_dict({"access_token": "tok-123", "refresh_token": "ref-456", "scope": "read"})
    text = repr(grant)
    assert "tok-123" not in text
    assert "ref-456" not in text
    assert "read" in text
    assert grant.access_token == "tok-123"
    assert grant.to_dict() == {"access_token": "tok-123", "refresh_token": "ref-456", "scope": "read"}


def test_a_write_to_a_declared_key_sets_its_field(package: Any) -> None:
    node = package.Node.from_dict({"name": "n", "extra": 1})
    node["name"] = "renamed"  # issue 14: used to land in additional_properties, unseen by .name and to_dict()
    node["colour"] = package.Colour("green")
    node["other"] = 2
    assert node.name == "renamed"
    assert node["name"] == "renamed"
    assert node.colour == "green"
    assert "name" not in node.additional_properties
    assert node.additional_properties == {"extra": 1, "other": 2}
    assert node.to_dict() == {"name": "renamed", "colour": "green", "extra": 1, "other": 2}

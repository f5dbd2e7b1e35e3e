"""A model's ``from_dict`` keeps exactly the undeclared keys as ``additional_properties``, however it tests for them.

The model template tests "no undeclared key" (the common case) by counting keys when a model has at most three
optional properties (every required key was read already, so the dict holds no other key exactly when its length
is the required count plus the optional keys present) and by a subset test otherwise. Every component model that
keeps undeclared keys (not a closed schema's) is held to the same answer: values drawn from its schema, with and
without undeclared keys.
"""

from __future__ import annotations

import functools
import re
from typing import Any

import attrs
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.generator.test_model_methods import MODELS
from tests.properties.answers import PACKAGES, ROOT, Drawer

_BY_NAME = {(cls.__module__.partition(".")[0], cls.__name__.lower()): cls for cls in MODELS}


@functools.cache
def _components(provider: str) -> dict[str, Any]:
    """The spec's component schemas (formats included: a ``date-time`` is drawn as one)."""
    document = yaml.safe_load((ROOT / "specs" / f"{provider}.yaml").read_text())
    schemas: dict[str, Any] = document["components"]["schemas"]
    return schemas


@functools.cache
def _component_models(provider: str) -> list[tuple[str, type[Any]]]:
    package = PACKAGES[provider]
    components = _components(provider)
    found = []
    for name, schema in sorted(components.items()):
        cls = _BY_NAME.get((package, re.sub(r"[^0-9a-z]", "", name.lower())))
        if cls is not None and schema.get("properties") and "additional_properties" in attrs.fields_dict(cls):
            found.append((name, cls))
    return found


def test_the_components_are_found_as_models() -> None:
    assert sum(len(_component_models(provider)) for provider in PACKAGES) > 200


@pytest.mark.parametrize("provider", sorted(PACKAGES))
@settings(max_examples=100, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data(), undeclared=st.dictionaries(st.sampled_from(["zz", "x-extra", "_k"]), st.integers()))
def test_from_dict_keeps_exactly_the_undeclared_keys(
    provider: str, data: st.DataObject, undeclared: dict[str, int]
) -> None:
    name, cls = data.draw(st.sampled_from(_component_models(provider)))
    components = _components(provider)
    value = data.draw(Drawer(components).values({"$ref": f"#/components/schemas/{name}"}))
    if not isinstance(value, dict):
        return  # a nullable component drew null: no model to build
    declared = set(components[name]["properties"])
    extra = {key: number for key, number in undeclared.items() if key not in declared}
    assert cls.from_dict(value).additional_properties == {}
    assert cls.from_dict({**value, **extra}).additional_properties == extra

"""The facade's hand-kept tables agree with specs/smscx.yaml: operations (method, path, parameters, body, answer),
request model fields (names, required keys, constraints), and one sync and one async method per operation."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest
import yaml

from smscx_client._fields import FIELDS
from smscx_client._models import UUID, module_name
from smscx_client._operations import OPERATIONS

SPEC = yaml.safe_load((Path(__file__).resolve().parents[2] / "specs" / "smscx.yaml").read_text())
SPEC_OPERATIONS = {
    op["operationId"]: (method.upper(), path, op) for path, item in SPEC["paths"].items() for method, op in item.items()
}
CLASSES = {
    "account": "AccountApi", "applications": "ApplicationsApi", "attachments": "AttachmentsApi",
    "conversations": "ConversationsApi", "groups": "GroupsApi", "multichannel": "MultichannelApi",
    "numbers": "NumbersApi", "oauth": "OauthApi", "optouts": "OptoutsApi", "originators": "OriginatorsApi",
    "otp": "OtpApi", "reports": "ReportsApi", "shortlinks": "ShortlinksApi", "sms": "SmsApi",
    "templates": "TemplatesApi", "viber": "ViberApi", "whatsapp": "WhatsappApi",
}  # fmt: skip


def _ref(schema: dict[str, Any]) -> str:
    return str(schema["$ref"]).rsplit("/", 1)[-1]


def test_the_table_has_exactly_the_specs_operations() -> None:
    assert len(SPEC_OPERATIONS) == 96
    assert set(OPERATIONS) == set(SPEC_OPERATIONS)


@pytest.mark.parametrize("name", sorted(SPEC_OPERATIONS))
def test_operation_matches_the_spec(name: str) -> None:
    method, path, spec = SPEC_OPERATIONS[name]
    op = OPERATIONS[name]
    assert (op.method, op.path_template, op.module.split(".")[0]) == (method, path, spec["tags"][0])
    params = spec.get("parameters", [])
    assert [p.wire for p in op.path] == [p["name"] for p in params if p["in"] == "path"]
    assert [p.wire for p in op.query] == [p["name"] for p in params if p["in"] == "query"]
    for param in op.path + op.query:
        schema = next(p["schema"] for p in params if p["name"] == param.wire)
        assert tuple(schema.get("enum", ())) == param.enum
    body = spec.get("requestBody", {}).get("content", {})
    assert op.body == (_ref(next(iter(body.values()))["schema"]) if body else None)
    status, success = next(iter(spec["responses"].items()))
    media = next(iter(success["content"]))
    if media == "application/json":
        schema = success["content"][media]["schema"]
        assert op.response == (_ref(schema) if "$ref" in schema else None)
    else:
        assert op.accept == media
    assert status in ("200", "201")
    assert op.no_content == ("204" in spec["responses"])
    module = importlib.import_module(f"smscx_client.api.{module_name(CLASSES[op.module.split('.')[0]])}")
    sync_class = getattr(module, CLASSES[op.module.split(".")[0]])
    async_class = getattr(module, "Async" + CLASSES[op.module.split(".")[0]])
    assert callable(getattr(sync_class, name))
    assert callable(getattr(async_class, name))


@pytest.mark.parametrize("model", sorted(FIELDS))
def test_request_model_fields_match_the_spec(model: str) -> None:
    schema = SPEC["components"]["schemas"][model]
    fields = {f.wire: f for f in FIELDS[model]}
    assert set(fields) == set(schema["properties"])
    assert {w for w, f in fields.items() if f.required} == set(schema.get("required", []))
    for wire, prop in schema["properties"].items():
        field = fields[wire]
        assert (field.min_len, field.max_len) == (prop.get("minLength"), prop.get("maxLength"))
        assert (field.minimum, field.maximum) == (prop.get("minimum"), prop.get("maximum"))
        assert field.enum == tuple(prop.get("enum", ()))
        assert (field.pattern == UUID) == (prop.get("pattern") == UUID)

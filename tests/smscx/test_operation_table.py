"""Every operation of specs/smscx.yaml is a method of its API class, sync and async (the methods are generated
from the spec's ``x-legacy-*`` extensions), and every request model has exactly its schema's fields."""

from __future__ import annotations

import importlib

import pytest

from smscx_client._models import RequestModel, model_class, snake

from .spec_operations import OPERATIONS, SCHEMAS

CLASSES = {
    "account": "AccountApi", "applications": "ApplicationsApi", "attachments": "AttachmentsApi",
    "conversations": "ConversationsApi", "groups": "GroupsApi", "multichannel": "MultichannelApi",
    "numbers": "NumbersApi", "oauth": "OauthApi", "optouts": "OptoutsApi", "originators": "OriginatorsApi",
    "otp": "OtpApi", "reports": "ReportsApi", "shortlinks": "ShortlinksApi", "sms": "SmsApi",
    "templates": "TemplatesApi", "viber": "ViberApi", "whatsapp": "WhatsappApi",
}  # fmt: skip
REQUEST_MODELS = sorted(
    {op.body for op in OPERATIONS.values() if op.body} | {"CustomFields", "CustomFieldsObj", "RichMedia", "Strategy"}
    | {"Transliteration"}
)  # fmt: skip


def test_the_spec_has_96_operations() -> None:
    assert len(OPERATIONS) == 96


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_operation_is_a_sync_and_an_async_method(name: str) -> None:
    klass = CLASSES[OPERATIONS[name].tag]
    module = importlib.import_module(f"smscx_client.api.{snake(klass)}")
    assert callable(getattr(getattr(module, klass), name))
    assert callable(getattr(getattr(module, "Async" + klass), name))


@pytest.mark.parametrize("model", REQUEST_MODELS)
def test_request_model_fields_match_the_spec(model: str) -> None:
    cls = model_class(model)
    assert issubclass(cls, RequestModel)
    assert set(cls._by_name.values()) == set(SCHEMAS[model]["properties"])
    assert list(cls._schema.get("required", [])) == list(SCHEMAS[model].get("required", []))

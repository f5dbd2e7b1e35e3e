"""``TemplatesApi`` and ``AsyncTemplatesApi``: the SMS.CX templates operations (generated:
``smscx_api.legacy.templates``)."""

from smscx_api.legacy.templates import AsyncTemplatesApi, TemplatesApi

from ..model.templates_new_request import TemplatesNewRequest
from ..model.templates_update_request import TemplatesUpdateRequest

__all__ = ["AsyncTemplatesApi", "TemplatesApi", "TemplatesNewRequest", "TemplatesUpdateRequest"]

"""``TemplateDetailsResponse``: the generated response model."""

from smscx_api.models import TemplateDetailsResponse

__all__ = ["TemplateDetailsResponse"]

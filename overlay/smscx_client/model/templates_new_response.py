"""``TemplatesNewResponse``: the generated response model."""

from smscx_api.models import TemplatesNewResponse

__all__ = ["TemplatesNewResponse"]

"""``TemplatesDeleteResponse``: the generated response model."""

from smscx_api.models import TemplatesDeleteResponse

__all__ = ["TemplatesDeleteResponse"]

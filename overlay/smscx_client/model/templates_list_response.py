"""``TemplatesListResponse``: the generated response model."""

from smscx_api.models import TemplatesListResponse

__all__ = ["TemplatesListResponse"]

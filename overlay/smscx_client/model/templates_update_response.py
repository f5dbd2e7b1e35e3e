"""``TemplatesUpdateResponse``: the generated response model."""

from smscx_api.models import TemplatesUpdateResponse

__all__ = ["TemplatesUpdateResponse"]

"""``TemplatesUpdateRequestChannel``: the generated response model."""

from smscx_api.models import TemplatesUpdateRequestChannel

__all__ = ["TemplatesUpdateRequestChannel"]

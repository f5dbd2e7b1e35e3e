"""``DataTemplatesList``: the generated response model."""

from smscx_api.models import DataTemplatesList

__all__ = ["DataTemplatesList"]

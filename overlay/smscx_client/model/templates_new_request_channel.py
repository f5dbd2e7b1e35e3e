"""``TemplatesNewRequestChannel``: the generated response model."""

from smscx_api.models import TemplatesNewRequestChannel

__all__ = ["TemplatesNewRequestChannel"]

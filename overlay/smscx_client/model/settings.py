"""``Settings``: the generated response model."""

from smscx_api.models import Settings

__all__ = ["Settings"]

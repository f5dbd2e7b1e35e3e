"""``Shortlinks``: the generated response model."""

from smscx_api.models import Shortlinks

__all__ = ["Shortlinks"]

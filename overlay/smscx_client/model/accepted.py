"""``Accepted``: the generated response model."""

from smscx_api.models import Accepted

__all__ = ["Accepted"]

"""``AccountBalance``: the generated response model."""

from smscx_api.models import AccountBalance

__all__ = ["AccountBalance"]

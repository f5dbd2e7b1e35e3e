"""``ErrorDetail``: the generated response model."""

from smscx_api.models import ErrorDetail

__all__ = ["ErrorDetail"]

"""``Status``: the generated response model."""

from smscx_api.models import Status

__all__ = ["Status"]

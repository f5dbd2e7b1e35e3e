"""``Scheduled``: the generated response model."""

from smscx_api.models import Scheduled

__all__ = ["Scheduled"]

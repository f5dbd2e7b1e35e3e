"""``RoamingNetwork``: the generated response model."""

from smscx_api.models import RoamingNetwork

__all__ = ["RoamingNetwork"]

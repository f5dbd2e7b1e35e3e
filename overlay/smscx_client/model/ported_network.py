"""``PortedNetwork``: the generated response model."""

from smscx_api.models import PortedNetwork

__all__ = ["PortedNetwork"]

"""``InfoCancelRent``: the generated response model."""

from smscx_api.models import InfoCancelRent

__all__ = ["InfoCancelRent"]

"""``InfoOptoutsNew``: the generated response model."""

from smscx_api.models import InfoOptoutsNew

__all__ = ["InfoOptoutsNew"]

"""``OriginatorNewResponse``: the generated response model."""

from smscx_api.models import OriginatorNewResponse

__all__ = ["OriginatorNewResponse"]

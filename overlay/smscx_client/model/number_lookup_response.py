"""``NumberLookupResponse``: the generated response model."""

from smscx_api.models import NumberLookupResponse

__all__ = ["NumberLookupResponse"]

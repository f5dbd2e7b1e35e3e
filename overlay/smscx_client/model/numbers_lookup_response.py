"""``NumbersLookupResponse``: the generated response model."""

from smscx_api.models import NumbersLookupResponse

__all__ = ["NumbersLookupResponse"]

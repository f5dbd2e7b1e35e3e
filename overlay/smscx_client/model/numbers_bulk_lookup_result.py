"""``NumbersBulkLookupResult``: the generated response model."""

from smscx_api.models import NumbersBulkLookupResult

__all__ = ["NumbersBulkLookupResult"]

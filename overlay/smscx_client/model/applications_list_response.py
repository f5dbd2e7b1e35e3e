"""``ApplicationsListResponse``: the generated response model."""

from smscx_api.models import ApplicationsListResponse

__all__ = ["ApplicationsListResponse"]

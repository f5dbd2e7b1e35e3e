"""``ShortlinksListResponse``: the generated response model."""

from smscx_api.models import ShortlinksListResponse

__all__ = ["ShortlinksListResponse"]

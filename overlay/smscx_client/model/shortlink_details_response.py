"""``ShortlinkDetailsResponse``: the generated response model."""

from smscx_api.models import ShortlinkDetailsResponse

__all__ = ["ShortlinkDetailsResponse"]

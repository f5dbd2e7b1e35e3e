"""``ShortlinkDeleteResponse``: the generated response model."""

from smscx_api.models import ShortlinkDeleteResponse

__all__ = ["ShortlinkDeleteResponse"]

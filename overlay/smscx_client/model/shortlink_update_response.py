"""``ShortlinkUpdateResponse``: the generated response model."""

from smscx_api.models import ShortlinkUpdateResponse

__all__ = ["ShortlinkUpdateResponse"]

"""``ShortlinkNewResponse``: the generated response model."""

from smscx_api.models import ShortlinkNewResponse

__all__ = ["ShortlinkNewResponse"]

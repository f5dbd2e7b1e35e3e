"""``ShortlinkUpdateRequest``: a request model, validated on construction."""

from smscx_api.legacy.request_models import ShortlinkUpdateRequest

__all__ = ["ShortlinkUpdateRequest"]

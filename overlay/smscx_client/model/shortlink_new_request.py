"""``ShortlinkNewRequest``: a request model, validated on construction."""

from smscx_api.legacy.request_models import ShortlinkNewRequest

__all__ = ["ShortlinkNewRequest"]

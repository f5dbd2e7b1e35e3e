"""``NewGroupRequest``: a request model, validated on construction."""

from smscx_api.legacy.request_models import NewGroupRequest

__all__ = ["NewGroupRequest"]

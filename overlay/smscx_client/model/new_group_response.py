"""``NewGroupResponse``: the generated response model."""

from smscx_api.models import NewGroupResponse

__all__ = ["NewGroupResponse"]

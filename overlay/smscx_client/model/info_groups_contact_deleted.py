"""``InfoGroupsContactDeleted``: the generated response model."""

from smscx_api.models import InfoGroupsContactDeleted

__all__ = ["InfoGroupsContactDeleted"]

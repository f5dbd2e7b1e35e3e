"""``InfoGroupsAddContactsResponse``: the generated response model."""

from smscx_api.models import InfoGroupsAddContactsResponse

__all__ = ["InfoGroupsAddContactsResponse"]

"""``AddContactsToGroupResponse``: the generated response model."""

from smscx_api.models import AddContactsToGroupResponse

__all__ = ["AddContactsToGroupResponse"]

"""``AddContactsToGroupRequest``: a request model, validated on construction."""

from smscx_api.legacy.request_models import AddContactsToGroupRequest

__all__ = ["AddContactsToGroupRequest"]

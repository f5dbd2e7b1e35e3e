"""``AddContactsToGroupRequest``: a request model, validated on construction."""

from .._models import RequestModel


class AddContactsToGroupRequest(RequestModel):
    """The ``AddContactsToGroupRequest`` body of specs/smscx.yaml."""

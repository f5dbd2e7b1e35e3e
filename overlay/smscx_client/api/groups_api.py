"""``GroupsApi`` and ``AsyncGroupsApi``: the SMS.CX groups operations (generated:
``smscx_api.legacy.groups``)."""

from smscx_api.legacy.groups import AsyncGroupsApi, GroupsApi

from ..model.add_contacts_to_group_request import AddContactsToGroupRequest
from ..model.new_group_request import NewGroupRequest
from ..model.update_number_request import UpdateNumberRequest

__all__ = ["AddContactsToGroupRequest", "AsyncGroupsApi", "GroupsApi", "NewGroupRequest", "UpdateNumberRequest"]

"""``OptoutsApi`` and ``AsyncOptoutsApi``: the SMS.CX optouts operations (generated:
``smscx_api.legacy.optouts``)."""

from smscx_api.legacy.optouts import AsyncOptoutsApi, OptoutsApi

from ..model.add_contacts_to_group_request import AddContactsToGroupRequest

__all__ = ["AddContactsToGroupRequest", "AsyncOptoutsApi", "OptoutsApi"]

"""``ApplicationsApi`` and ``AsyncApplicationsApi``: the SMS.CX applications operations (generated:
``smscx_api.legacy.applications``)."""

from smscx_api.legacy.applications import ApplicationsApi, AsyncApplicationsApi

__all__ = ["ApplicationsApi", "AsyncApplicationsApi"]

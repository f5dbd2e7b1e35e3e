"""``ReportsApi`` and ``AsyncReportsApi``: the SMS.CX reports operations (generated:
``smscx_api.legacy.reports``)."""

from smscx_api.legacy.reports import AsyncReportsApi, ReportsApi

__all__ = ["AsyncReportsApi", "ReportsApi"]

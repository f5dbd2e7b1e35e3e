"""``GetSummaryReports200ResponseData``: the generated response model."""

from smscx_api.models import GetSummaryReports200ResponseData

__all__ = ["GetSummaryReports200ResponseData"]

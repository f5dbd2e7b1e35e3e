"""``GetSummaryReportsDimension``: the generated response model."""

from smscx_api.models import GetSummaryReportsDimension

__all__ = ["GetSummaryReportsDimension"]

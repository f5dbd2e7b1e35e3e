"""``GetSummaryReports200Response``: the generated response model."""

from smscx_api.models import GetSummaryReports200Response

__all__ = ["GetSummaryReports200Response"]

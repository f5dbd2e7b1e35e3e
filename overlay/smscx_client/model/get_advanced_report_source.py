"""``GetAdvancedReportSource``: the generated response model."""

from smscx_api.models import GetAdvancedReportSource

__all__ = ["GetAdvancedReportSource"]

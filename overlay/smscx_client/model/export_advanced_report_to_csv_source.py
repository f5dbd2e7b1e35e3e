"""``ExportAdvancedReportToCsvSource``: the generated response model."""

from smscx_api.models import ExportAdvancedReportToCsvSource

__all__ = ["ExportAdvancedReportToCsvSource"]

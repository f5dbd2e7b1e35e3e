"""``ExportAdvancedReportToCsvChannel``: the generated response model."""

from smscx_api.models import ExportAdvancedReportToCsvChannel

__all__ = ["ExportAdvancedReportToCsvChannel"]

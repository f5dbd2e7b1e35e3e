"""``ExportAdvancedReportToXlsxSource``: the generated response model."""

from smscx_api.models import ExportAdvancedReportToXlsxSource

__all__ = ["ExportAdvancedReportToXlsxSource"]

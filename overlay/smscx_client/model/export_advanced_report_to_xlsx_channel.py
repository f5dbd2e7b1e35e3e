"""``ExportAdvancedReportToXlsxChannel``: the generated response model."""

from smscx_api.models import ExportAdvancedReportToXlsxChannel

__all__ = ["ExportAdvancedReportToXlsxChannel"]

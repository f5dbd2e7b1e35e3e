"""``ExportAdvancedReportToXlsxDeliveryReport``: the generated response model."""

from smscx_api.models import ExportAdvancedReportToXlsxDeliveryReport

__all__ = ["ExportAdvancedReportToXlsxDeliveryReport"]

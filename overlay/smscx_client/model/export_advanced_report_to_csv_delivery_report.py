"""``ExportAdvancedReportToCsvDeliveryReport``: the generated response model."""

from smscx_api.models import ExportAdvancedReportToCsvDeliveryReport

__all__ = ["ExportAdvancedReportToCsvDeliveryReport"]

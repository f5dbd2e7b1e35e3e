"""``GetAdvancedReportDeliveryReport``: the generated response model."""

from smscx_api.models import GetAdvancedReportDeliveryReport

__all__ = ["GetAdvancedReportDeliveryReport"]

"""``GetAdvancedReportChannel``: the generated response model."""

from smscx_api.models import GetAdvancedReportChannel

__all__ = ["GetAdvancedReportChannel"]

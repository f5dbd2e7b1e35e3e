"""``ReportsAdvancedResponse``: the generated response model."""

from smscx_api.models import ReportsAdvancedResponse

__all__ = ["ReportsAdvancedResponse"]

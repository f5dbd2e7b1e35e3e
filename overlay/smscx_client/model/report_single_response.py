"""``ReportSingleResponse``: the generated response model."""

from smscx_api.models import ReportSingleResponse

__all__ = ["ReportSingleResponse"]

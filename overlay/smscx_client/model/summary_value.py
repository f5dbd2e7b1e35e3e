"""``SummaryValue``: the generated response model."""

from smscx_api.models import SummaryValue

__all__ = ["SummaryValue"]

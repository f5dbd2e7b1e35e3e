"""``TextAnalysis``: the generated response model."""

from smscx_api.models import TextAnalysis

__all__ = ["TextAnalysis"]

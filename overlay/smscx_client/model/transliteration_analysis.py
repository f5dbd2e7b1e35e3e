"""``TransliterationAnalysis``: the generated response model."""

from smscx_api.models import TransliterationAnalysis

__all__ = ["TransliterationAnalysis"]

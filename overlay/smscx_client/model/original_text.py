"""``OriginalText``: the generated response model."""

from smscx_api.models import OriginalText

__all__ = ["OriginalText"]

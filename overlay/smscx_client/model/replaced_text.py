"""``ReplacedText``: the generated response model."""

from smscx_api.models import ReplacedText

__all__ = ["ReplacedText"]

"""``StrategyChannel``: the generated response model."""

from smscx_api.models import StrategyChannel

__all__ = ["StrategyChannel"]

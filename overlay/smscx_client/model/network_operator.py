"""``NetworkOperator``: the generated response model."""

from smscx_api.models import NetworkOperator

__all__ = ["NetworkOperator"]

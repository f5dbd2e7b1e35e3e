"""``DataNumbersValidate``: the generated response model."""

from smscx_api.models import DataNumbersValidate

__all__ = ["DataNumbersValidate"]

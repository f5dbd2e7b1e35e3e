"""``InfoNumbersValidate``: the generated response model."""

from smscx_api.models import InfoNumbersValidate

__all__ = ["InfoNumbersValidate"]

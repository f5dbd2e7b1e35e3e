"""``DataAvailableNumbersRent``: the generated response model."""

from smscx_api.models import DataAvailableNumbersRent

__all__ = ["DataAvailableNumbersRent"]

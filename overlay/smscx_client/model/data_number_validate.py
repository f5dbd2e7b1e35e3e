"""``DataNumberValidate``: the generated response model."""

from smscx_api.models import DataNumberValidate

__all__ = ["DataNumberValidate"]

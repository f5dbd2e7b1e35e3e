"""``DataSms``: the generated response model."""

from smscx_api.models import DataSms

__all__ = ["DataSms"]

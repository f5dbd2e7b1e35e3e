"""``Sms``: the generated response model."""

from smscx_api.models import Sms

__all__ = ["Sms"]

"""``InfoPhoneNumberUpdate``: the generated response model."""

from smscx_api.models import InfoPhoneNumberUpdate

__all__ = ["InfoPhoneNumberUpdate"]

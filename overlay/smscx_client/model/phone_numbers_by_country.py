"""``PhoneNumbersByCountry``: the generated response model."""

from smscx_api.models import PhoneNumbersByCountry

__all__ = ["PhoneNumbersByCountry"]

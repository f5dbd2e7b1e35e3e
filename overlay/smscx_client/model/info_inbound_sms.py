"""``InfoInboundSms``: the generated response model."""

from smscx_api.models import InfoInboundSms

__all__ = ["InfoInboundSms"]

"""``SendWhatsappMessageResponse``: the generated response model."""

from smscx_api.models import SendWhatsappMessageResponse

__all__ = ["SendWhatsappMessageResponse"]

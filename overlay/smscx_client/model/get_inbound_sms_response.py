"""``GetInboundSMSResponse``: the generated response model."""

from smscx_api.models import GetInboundSMSResponse

__all__ = ["GetInboundSMSResponse"]

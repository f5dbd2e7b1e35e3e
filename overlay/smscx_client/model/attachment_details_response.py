"""``AttachmentDetailsResponse``: the generated response model."""

from smscx_api.models import AttachmentDetailsResponse

__all__ = ["AttachmentDetailsResponse"]

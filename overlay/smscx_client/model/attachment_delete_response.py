"""``AttachmentDeleteResponse``: the generated response model."""

from smscx_api.models import AttachmentDeleteResponse

__all__ = ["AttachmentDeleteResponse"]

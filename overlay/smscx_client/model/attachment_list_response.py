"""``AttachmentListResponse``: the generated response model."""

from smscx_api.models import AttachmentListResponse

__all__ = ["AttachmentListResponse"]

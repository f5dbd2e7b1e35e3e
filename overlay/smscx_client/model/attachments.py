"""``Attachments``: the generated response model."""

from smscx_api.models import Attachments

__all__ = ["Attachments"]

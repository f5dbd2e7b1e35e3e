"""``Paging``: the generated response model."""

from smscx_api.models import Paging

__all__ = ["Paging"]

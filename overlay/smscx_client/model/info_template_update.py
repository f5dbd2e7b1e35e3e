"""``InfoTemplateUpdate``: the generated response model."""

from smscx_api.models import InfoTemplateUpdate

__all__ = ["InfoTemplateUpdate"]

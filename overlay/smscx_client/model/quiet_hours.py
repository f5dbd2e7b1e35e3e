"""``QuietHours``: the generated response model."""

from smscx_api.models import QuietHours

__all__ = ["QuietHours"]

"""``RichMedia``: a request model, validated on construction."""

from smscx_api.legacy.request_models import RichMedia

__all__ = ["RichMedia"]

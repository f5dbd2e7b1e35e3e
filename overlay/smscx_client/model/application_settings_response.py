"""``ApplicationSettingsResponse``: the generated response model."""

from smscx_api.models import ApplicationSettingsResponse

__all__ = ["ApplicationSettingsResponse"]

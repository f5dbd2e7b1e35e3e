"""``TransliterationAppSettings``: the generated response model."""

from smscx_api.models import TransliterationAppSettings

__all__ = ["TransliterationAppSettings"]

"""``TransliterationAlphabet``: the generated response model."""

from smscx_api.models import TransliterationAlphabet

__all__ = ["TransliterationAlphabet"]

"""``Transliteration``: a request model, validated on construction."""

from smscx_api.legacy.request_models import Transliteration

__all__ = ["Transliteration"]

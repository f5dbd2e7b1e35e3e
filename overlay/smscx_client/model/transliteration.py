"""``Transliteration``: a request model, validated on construction."""

from .._models import RequestModel


class Transliteration(RequestModel):
    """The ``Transliteration`` body of specs/smscx.yaml."""

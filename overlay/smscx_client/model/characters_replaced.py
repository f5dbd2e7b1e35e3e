"""``CharactersReplaced``: the generated response model."""

from smscx_api.models import CharactersReplaced

__all__ = ["CharactersReplaced"]

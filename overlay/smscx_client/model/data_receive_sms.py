"""``DataReceiveSms``: the generated response model."""

from smscx_api.models import DataReceiveSms

__all__ = ["DataReceiveSms"]

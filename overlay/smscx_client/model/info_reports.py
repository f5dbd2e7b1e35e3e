"""``InfoReports``: the generated response model."""

from smscx_api.models import InfoReports

__all__ = ["InfoReports"]

"""``DataReports``: the generated response model."""

from smscx_api.models import DataReports

__all__ = ["DataReports"]

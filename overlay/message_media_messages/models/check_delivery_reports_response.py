"""``CheckDeliveryReportsResponse`` under the module path 1.1.0 used."""

from . import CheckDeliveryReportsResponse

__all__ = ["CheckDeliveryReportsResponse"]

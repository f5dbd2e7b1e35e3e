"""``ConfirmDeliveryReportsAsReceivedRequest`` under the module path 1.1.0 used."""

from . import ConfirmDeliveryReportsAsReceivedRequest

__all__ = ["ConfirmDeliveryReportsAsReceivedRequest"]

"""Controllers, under the module paths 1.1.0 used."""

from .delivery_reports_controller import AsyncDeliveryReportsController, DeliveryReportsController
from .messages_controller import AsyncMessagesController, MessagesController
from .replies_controller import AsyncRepliesController, RepliesController

__all__ = [
    "AsyncDeliveryReportsController",
    "AsyncMessagesController",
    "AsyncRepliesController",
    "DeliveryReportsController",
    "MessagesController",
    "RepliesController",
]

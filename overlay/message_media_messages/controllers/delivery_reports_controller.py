"""``client.delivery_reports``: check for delivery reports and confirm them (seed: DeliveryReportsController).
The operations and ``poll`` are generated (``messagemedia_api.legacy.delivery_reports``); this adds the legacy
body shapes and the poll loop's hooks."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from messagemedia_api.legacy.delivery_reports import (
    AsyncDeliveryReportsControllerOperations,
    DeliveryReportsControllerOperations,
    check_delivery_reports_call,
    confirm_delivery_reports_as_received_call,
)

from .. import _inputs
from ._base import Inbox

if TYPE_CHECKING:
    from messagemedia_api.models import CheckDeliveryReportsResponse, DeliveryReport
    from switchboard_core import Call


def _confirm(body: object, account: object = None) -> Call[dict[str, Any]]:
    return confirm_delivery_reports_as_received_call(_inputs.ids("delivery_report_ids", body), account)


class _DeliveryReports(Inbox["CheckDeliveryReportsResponse", "DeliveryReport"]):
    check = staticmethod(check_delivery_reports_call)
    confirm = staticmethod(_confirm)
    _confirm_delivery_reports_as_received_body = staticmethod(partial(_inputs.ids, "delivery_report_ids"))

    @staticmethod
    def items(response: CheckDeliveryReportsResponse) -> list[DeliveryReport]:
        return response.delivery_reports

    @staticmethod
    def key(report: DeliveryReport) -> str:
        return report.delivery_report_id


class DeliveryReportsController(_DeliveryReports, DeliveryReportsControllerOperations):
    """Delivery reports not yet confirmed; see :meth:`poll` for the safe loop."""


class AsyncDeliveryReportsController(_DeliveryReports, AsyncDeliveryReportsControllerOperations):
    """Async :class:`DeliveryReportsController`."""

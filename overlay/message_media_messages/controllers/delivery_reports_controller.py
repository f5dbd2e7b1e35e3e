"""``client.delivery_reports``: check for delivery reports and confirm them (seed: DeliveryReportsController)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import _calls
from ._base import NOT_GIVEN, AsyncInbox, Inbox, Timeout

if TYPE_CHECKING:
    from messagemedia_api.models import CheckDeliveryReportsResponse, ConfirmationResponse, DeliveryReport


class _DeliveryReports:
    check = staticmethod(_calls.delivery_reports)
    confirm = staticmethod(_calls.confirm_delivery_reports)

    @staticmethod
    def items(response: CheckDeliveryReportsResponse) -> list[DeliveryReport]:
        return response.delivery_reports

    @staticmethod
    def key(report: DeliveryReport) -> str:
        return report.delivery_report_id


class DeliveryReportsController(_DeliveryReports, Inbox["CheckDeliveryReportsResponse", "DeliveryReport"]):
    """Delivery reports not yet confirmed (at most 100 per check); see :meth:`poll` for the safe loop."""

    def get_check_delivery_reports(
        self, account_header: str | None = None, *, timeout: Timeout = NOT_GIVEN, max_retries: int | None = None
    ) -> CheckDeliveryReportsResponse:
        """Up to 100 delivery reports that have not been confirmed yet."""
        return self._check(account_header, timeout, max_retries)

    def create_confirm_delivery_reports_as_received(
        self,
        body: object,
        account_header: str | None = None,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ConfirmationResponse:
        """Confirm up to 100 reports: ``{"delivery_report_ids": [...]}``, the request model, or a list of ids."""
        return self._confirm(body, account_header, timeout, max_retries)

    check_delivery_reports = get_check_delivery_reports
    confirm_delivery_reports_as_received = create_confirm_delivery_reports_as_received


class AsyncDeliveryReportsController(_DeliveryReports, AsyncInbox["CheckDeliveryReportsResponse", "DeliveryReport"]):
    """Async :class:`DeliveryReportsController`."""

    async def get_check_delivery_reports(
        self, account_header: str | None = None, *, timeout: Timeout = NOT_GIVEN, max_retries: int | None = None
    ) -> CheckDeliveryReportsResponse:
        return await self._check(account_header, timeout, max_retries)

    async def create_confirm_delivery_reports_as_received(
        self,
        body: object,
        account_header: str | None = None,
        *,
        timeout: Timeout = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ConfirmationResponse:
        return await self._confirm(body, account_header, timeout, max_retries)

    check_delivery_reports = get_check_delivery_reports
    confirm_delivery_reports_as_received = create_confirm_delivery_reports_as_received

"""``ReportsApi`` (sync) and ``AsyncReportsApi``: the SMS.CX reports operations."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING

from switchboard_core import CallOptions, DownloadTarget

from .._api import NOT_GIVEN, AsyncApi, SyncApi, Timeout

if TYPE_CHECKING:  # the result types; the generated models load when a call parses them
    from smscx_api.models import (
        DataReportCampaign,
        DataReports,
        DataReportsCampaigns,
        GetSummaryReports200Response,
        ReportsAdvancedResponse,
        ReportsCampaignResponse,
        ReportsCampaignsRespone,
        ReportSingleResponse,
    )


class ReportsApi(SyncApi):
    """SMS.CX reports operations (sync)."""

    def export_advanced_report_to_csv(
        self,
        period: str | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        *,
        channel: str | None = None,
        source: str | None = None,
        delivery_report: str | None = None,
        country_iso: str | None = None,
        limit: int | None = None,
        to: DownloadTarget = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> bytes | Path | IO[bytes]:
        """Export advanced report to CSV.

        Streams it to ``to`` (a path or an open binary file), or returns its bytes.
        """
        result: bytes | Path | IO[bytes] = self._download(
            "export_advanced_report_to_csv",
            (),
            period=period,
            start_date=start_date,
            end_date=end_date,
            channel=channel,
            source=source,
            delivery_report=delivery_report,
            country_iso=country_iso,
            limit=limit,
            to=to,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    def export_advanced_report_to_xlsx(
        self,
        period: str | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        *,
        channel: str | None = None,
        source: str | None = None,
        delivery_report: str | None = None,
        country_iso: str | None = None,
        limit: int | None = None,
        to: DownloadTarget = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> bytes | Path | IO[bytes]:
        """Export advanced report to XLSX.

        Streams it to ``to`` (a path or an open binary file), or returns its bytes.
        """
        result: bytes | Path | IO[bytes] = self._download(
            "export_advanced_report_to_xlsx",
            (),
            period=period,
            start_date=start_date,
            end_date=end_date,
            channel=channel,
            source=source,
            delivery_report=delivery_report,
            country_iso=country_iso,
            limit=limit,
            to=to,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    def export_campaign_report_to_csv(
        self,
        campaign_id: str,
        *,
        to: DownloadTarget = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> bytes | Path | IO[bytes]:
        """Export campaign report to CSV.

        Streams it to ``to`` (a path or an open binary file), or returns its bytes.
        """
        result: bytes | Path | IO[bytes] = self._download(
            "export_campaign_report_to_csv", (campaign_id,), to=to, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def export_campaign_report_to_xlsx(
        self,
        campaign_id: str,
        *,
        to: DownloadTarget = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> bytes | Path | IO[bytes]:
        """Export campaign report to XLSX.

        Streams it to ``to`` (a path or an open binary file), or returns its bytes.
        """
        result: bytes | Path | IO[bytes] = self._download(
            "export_campaign_report_to_xlsx", (campaign_id,), to=to, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def get_advanced_report(
        self,
        period: str | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        *,
        channel: str | None = None,
        source: str | None = None,
        delivery_report: str | None = None,
        country_iso: str | None = None,
        short_response: bool | None = None,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> ReportsAdvancedResponse:
        """Get advanced report."""
        result: ReportsAdvancedResponse = self._run(
            "get_advanced_report",
            (),
            period=period,
            start_date=start_date,
            end_date=end_date,
            channel=channel,
            source=source,
            delivery_report=delivery_report,
            country_iso=country_iso,
            short_response=short_response,
            limit=limit,
            next=next,
            previous=previous,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    def iter_advanced_report(
        self,
        period: str | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        *,
        channel: str | None = None,
        source: str | None = None,
        delivery_report: str | None = None,
        country_iso: str | None = None,
        short_response: bool | None = None,
        limit: int | None = None,
        max_pages: int | None = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> Iterator[DataReports]:
        """Every item of :meth:`get_advanced_report`, fetching the cursor pages lazily."""
        return self._iterate(
            "get_advanced_report",
            (),
            period=period,
            start_date=start_date,
            end_date=end_date,
            channel=channel,
            source=source,
            delivery_report=delivery_report,
            country_iso=country_iso,
            short_response=short_response,
            limit=limit,
            max_pages=max_pages,
            options=CallOptions(_request_timeout, _max_retries),
        )

    def get_campaign_report(
        self,
        campaign_id: str,
        *,
        short_response: bool | None = None,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> ReportsCampaignResponse:
        """Get campaign report."""
        result: ReportsCampaignResponse = self._run(
            "get_campaign_report",
            (campaign_id,),
            short_response=short_response,
            limit=limit,
            next=next,
            previous=previous,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    def iter_campaign_report(
        self,
        campaign_id: str,
        *,
        short_response: bool | None = None,
        limit: int | None = None,
        max_pages: int | None = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> Iterator[DataReportCampaign]:
        """Every item of :meth:`get_campaign_report`, fetching the cursor pages lazily."""
        return self._iterate(
            "get_campaign_report",
            (campaign_id,),
            short_response=short_response,
            limit=limit,
            max_pages=max_pages,
            options=CallOptions(_request_timeout, _max_retries),
        )

    def get_campaigns_list(
        self,
        *,
        delivery_reports: bool | None = None,
        source: str | None = None,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> ReportsCampaignsRespone:
        """Get list of sent campaigns."""
        result: ReportsCampaignsRespone = self._run(
            "get_campaigns_list",
            (),
            delivery_reports=delivery_reports,
            source=source,
            limit=limit,
            next=next,
            previous=previous,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    def iter_campaigns_list(
        self,
        *,
        delivery_reports: bool | None = None,
        source: str | None = None,
        limit: int | None = None,
        max_pages: int | None = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> Iterator[DataReportsCampaigns]:
        """Every item of :meth:`get_campaigns_list`, fetching the cursor pages lazily."""
        return self._iterate(
            "get_campaigns_list",
            (),
            delivery_reports=delivery_reports,
            source=source,
            limit=limit,
            max_pages=max_pages,
            options=CallOptions(_request_timeout, _max_retries),
        )

    def get_single_report(
        self, msg_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> ReportSingleResponse:
        """Get report for single SMS or Viber or Whatsapp or Multichannel."""
        result: ReportSingleResponse = self._run(
            "get_single_report", (msg_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    def get_summary_reports(
        self,
        dimension: str,
        period: str | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        *,
        limit: int | None = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> GetSummaryReports200Response:
        """Get summary reports for a dimension."""
        result: GetSummaryReports200Response = self._run(
            "get_summary_reports",
            (dimension,),
            period=period,
            start_date=start_date,
            end_date=end_date,
            limit=limit,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result


class AsyncReportsApi(AsyncApi):
    """SMS.CX reports operations (async): ``await api.method(...)``."""

    async def export_advanced_report_to_csv(
        self,
        period: str | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        *,
        channel: str | None = None,
        source: str | None = None,
        delivery_report: str | None = None,
        country_iso: str | None = None,
        limit: int | None = None,
        to: DownloadTarget = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> bytes | Path | IO[bytes]:
        """Export advanced report to CSV.

        Streams it to ``to`` (a path or an open binary file), or returns its bytes.
        """
        result: bytes | Path | IO[bytes] = await self._download(
            "export_advanced_report_to_csv",
            (),
            period=period,
            start_date=start_date,
            end_date=end_date,
            channel=channel,
            source=source,
            delivery_report=delivery_report,
            country_iso=country_iso,
            limit=limit,
            to=to,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    async def export_advanced_report_to_xlsx(
        self,
        period: str | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        *,
        channel: str | None = None,
        source: str | None = None,
        delivery_report: str | None = None,
        country_iso: str | None = None,
        limit: int | None = None,
        to: DownloadTarget = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> bytes | Path | IO[bytes]:
        """Export advanced report to XLSX.

        Streams it to ``to`` (a path or an open binary file), or returns its bytes.
        """
        result: bytes | Path | IO[bytes] = await self._download(
            "export_advanced_report_to_xlsx",
            (),
            period=period,
            start_date=start_date,
            end_date=end_date,
            channel=channel,
            source=source,
            delivery_report=delivery_report,
            country_iso=country_iso,
            limit=limit,
            to=to,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    async def export_campaign_report_to_csv(
        self,
        campaign_id: str,
        *,
        to: DownloadTarget = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> bytes | Path | IO[bytes]:
        """Export campaign report to CSV.

        Streams it to ``to`` (a path or an open binary file), or returns its bytes.
        """
        result: bytes | Path | IO[bytes] = await self._download(
            "export_campaign_report_to_csv", (campaign_id,), to=to, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def export_campaign_report_to_xlsx(
        self,
        campaign_id: str,
        *,
        to: DownloadTarget = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> bytes | Path | IO[bytes]:
        """Export campaign report to XLSX.

        Streams it to ``to`` (a path or an open binary file), or returns its bytes.
        """
        result: bytes | Path | IO[bytes] = await self._download(
            "export_campaign_report_to_xlsx", (campaign_id,), to=to, options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def get_advanced_report(
        self,
        period: str | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        *,
        channel: str | None = None,
        source: str | None = None,
        delivery_report: str | None = None,
        country_iso: str | None = None,
        short_response: bool | None = None,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> ReportsAdvancedResponse:
        """Get advanced report."""
        result: ReportsAdvancedResponse = await self._run(
            "get_advanced_report",
            (),
            period=period,
            start_date=start_date,
            end_date=end_date,
            channel=channel,
            source=source,
            delivery_report=delivery_report,
            country_iso=country_iso,
            short_response=short_response,
            limit=limit,
            next=next,
            previous=previous,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    def iter_advanced_report(
        self,
        period: str | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        *,
        channel: str | None = None,
        source: str | None = None,
        delivery_report: str | None = None,
        country_iso: str | None = None,
        short_response: bool | None = None,
        limit: int | None = None,
        max_pages: int | None = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> AsyncIterator[DataReports]:
        """Every item of :meth:`get_advanced_report`, fetching the cursor pages lazily."""
        return self._iterate(
            "get_advanced_report",
            (),
            period=period,
            start_date=start_date,
            end_date=end_date,
            channel=channel,
            source=source,
            delivery_report=delivery_report,
            country_iso=country_iso,
            short_response=short_response,
            limit=limit,
            max_pages=max_pages,
            options=CallOptions(_request_timeout, _max_retries),
        )

    async def get_campaign_report(
        self,
        campaign_id: str,
        *,
        short_response: bool | None = None,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> ReportsCampaignResponse:
        """Get campaign report."""
        result: ReportsCampaignResponse = await self._run(
            "get_campaign_report",
            (campaign_id,),
            short_response=short_response,
            limit=limit,
            next=next,
            previous=previous,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    def iter_campaign_report(
        self,
        campaign_id: str,
        *,
        short_response: bool | None = None,
        limit: int | None = None,
        max_pages: int | None = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> AsyncIterator[DataReportCampaign]:
        """Every item of :meth:`get_campaign_report`, fetching the cursor pages lazily."""
        return self._iterate(
            "get_campaign_report",
            (campaign_id,),
            short_response=short_response,
            limit=limit,
            max_pages=max_pages,
            options=CallOptions(_request_timeout, _max_retries),
        )

    async def get_campaigns_list(
        self,
        *,
        delivery_reports: bool | None = None,
        source: str | None = None,
        limit: int | None = None,
        next: str | None = None,
        previous: str | None = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> ReportsCampaignsRespone:
        """Get list of sent campaigns."""
        result: ReportsCampaignsRespone = await self._run(
            "get_campaigns_list",
            (),
            delivery_reports=delivery_reports,
            source=source,
            limit=limit,
            next=next,
            previous=previous,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

    def iter_campaigns_list(
        self,
        *,
        delivery_reports: bool | None = None,
        source: str | None = None,
        limit: int | None = None,
        max_pages: int | None = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> AsyncIterator[DataReportsCampaigns]:
        """Every item of :meth:`get_campaigns_list`, fetching the cursor pages lazily."""
        return self._iterate(
            "get_campaigns_list",
            (),
            delivery_reports=delivery_reports,
            source=source,
            limit=limit,
            max_pages=max_pages,
            options=CallOptions(_request_timeout, _max_retries),
        )

    async def get_single_report(
        self, msg_id: str, *, _request_timeout: Timeout = NOT_GIVEN, _max_retries: int | None = None
    ) -> ReportSingleResponse:
        """Get report for single SMS or Viber or Whatsapp or Multichannel."""
        result: ReportSingleResponse = await self._run(
            "get_single_report", (msg_id,), options=CallOptions(_request_timeout, _max_retries)
        )
        return result

    async def get_summary_reports(
        self,
        dimension: str,
        period: str | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        *,
        limit: int | None = None,
        _request_timeout: Timeout = NOT_GIVEN,
        _max_retries: int | None = None,
    ) -> GetSummaryReports200Response:
        """Get summary reports for a dimension."""
        result: GetSummaryReports200Response = await self._run(
            "get_summary_reports",
            (dimension,),
            period=period,
            start_date=start_date,
            end_date=end_date,
            limit=limit,
            options=CallOptions(_request_timeout, _max_retries),
        )
        return result

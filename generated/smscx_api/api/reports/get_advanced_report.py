from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.get_advanced_report_channel import GetAdvancedReportChannel
    from ...models.get_advanced_report_delivery_report import GetAdvancedReportDeliveryReport
    from ...models.get_advanced_report_source import GetAdvancedReportSource
    from ...models.reports_advanced_response import ReportsAdvancedResponse
    from ...types import UNSET, Unset

from switchboard_core import Answers, reconciled_retry

_ANSWERS = Answers(__name__)
"""What this operation documents as its answers: JSON is read through ``_ANSWERS.json``, which checks it."""


def build_request(
    *,
    period: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    channel: GetAdvancedReportChannel | Unset = UNSET,
    source: GetAdvancedReportSource | Unset = UNSET,
    delivery_report: GetAdvancedReportDeliveryReport | Unset = UNSET,
    country_iso: str | Unset = UNSET,
    short_response: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    previous: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation (method, url, params,
    headers, body). Public: facades send what this builds on their own stack.
    """
    from ...types import UNSET, Unset

    params: dict[str, Any] = {}

    params["period"] = period

    params["start_date"] = start_date

    params["end_date"] = end_date

    json_channel: str | Unset = UNSET
    if not isinstance(channel, Unset):
        json_channel = channel.value

    params["channel"] = json_channel

    json_source: str | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source.value

    params["source"] = json_source

    json_delivery_report: str | Unset = UNSET
    if not isinstance(delivery_report, Unset):
        json_delivery_report = delivery_report.value

    params["delivery_report"] = json_delivery_report

    params["country_iso"] = country_iso

    params["short_response"] = short_response

    params["limit"] = limit

    params["next"] = next_

    params["previous"] = previous

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reports",
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Error | ReportsAdvancedResponse | None:
    """The answer of ``response`` as documented for its status (``None`` for an undocumented one, unless
    ``raise_on_unexpected_status``). Public: facades parse with this, the typed functions below too.
    An answer that does not match its documented schema or cannot be parsed raises
    ``errors.ResponseParseError`` (status, headers and body kept)."""

    from ...models.error import Error
    from ...models.reports_advanced_response import ReportsAdvancedResponse

    try:
        if response.status_code == 200:
            response_200 = ReportsAdvancedResponse.from_dict(_ANSWERS.json(response))

            return response_200

        if response.status_code == 400:
            response_400 = Error.from_dict(_ANSWERS.json(response))

            return response_400

        if response.status_code == 401:
            response_401 = Error.from_dict(_ANSWERS.json(response))

            return response_401

        if response.status_code == 403:
            response_403 = Error.from_dict(_ANSWERS.json(response))

            return response_403

        if response.status_code == 405:
            response_405 = Error.from_dict(_ANSWERS.json(response))

            return response_405

        if response.status_code == 429:
            response_429 = Error.from_dict(_ANSWERS.json(response))

            return response_429

        if response.status_code == 500:
            response_500 = Error.from_dict(_ANSWERS.json(response))

            return response_500

    except Exception as exc:
        raise errors.ResponseParseError.from_exception(response, exc) from exc
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ReportsAdvancedResponse]:
    reconciled = reconciled_retry(__name__, response)  # the spec's x-retry-reconcile: see types.Response
    unexpected = client.raise_on_unexpected_status
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None if reconciled else parse_response(response, raise_on_unexpected_status=unexpected),
        reconciled=reconciled,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    period: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    channel: GetAdvancedReportChannel | Unset = UNSET,
    source: GetAdvancedReportSource | Unset = UNSET,
    delivery_report: GetAdvancedReportDeliveryReport | Unset = UNSET,
    country_iso: str | Unset = UNSET,
    short_response: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    previous: str | Unset = UNSET,
) -> Response[Error | ReportsAdvancedResponse]:
    """Get advanced report

     Documented API errors (HTTP/code/type):

    - 400/1820/`invalid_param` The parameter `period` is not a valid date (format Y-m or Y)
    - 400/1821/`invalid_param` The parameter `start_date` is not a valid date
    - 400/1822/`invalid_param` The parameter `end_date` is not a valid date
    - 400/1823/`invalid_param` The end date is before the start date
    - 400/1824/`invalid_param` No `period` parameter or interval (`start_date`, `end_date`)
    - 400/1825/`invalid_param` The parameter `source` is not valid
    - 400/1826/`invalid_param` The parameter `delivery_report` is not valid (delivered, failed or sent)
    - 400/1827/`invalid_param` The parameter `country_iso` is not for a valid country

    Args:
        period (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        channel (GetAdvancedReportChannel | Unset):
        source (GetAdvancedReportSource | Unset):
        delivery_report (GetAdvancedReportDeliveryReport | Unset):
        country_iso (str | Unset):
        short_response (bool | Unset):
        limit (int | Unset):
        next_ (str | Unset):
        previous (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReportsAdvancedResponse]
    """

    kwargs = build_request(
        period=period,
        start_date=start_date,
        end_date=end_date,
        channel=channel,
        source=source,
        delivery_report=delivery_report,
        country_iso=country_iso,
        short_response=short_response,
        limit=limit,
        next_=next_,
        previous=previous,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    period: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    channel: GetAdvancedReportChannel | Unset = UNSET,
    source: GetAdvancedReportSource | Unset = UNSET,
    delivery_report: GetAdvancedReportDeliveryReport | Unset = UNSET,
    country_iso: str | Unset = UNSET,
    short_response: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    previous: str | Unset = UNSET,
) -> Error | ReportsAdvancedResponse | None:
    """Get advanced report

     Documented API errors (HTTP/code/type):

    - 400/1820/`invalid_param` The parameter `period` is not a valid date (format Y-m or Y)
    - 400/1821/`invalid_param` The parameter `start_date` is not a valid date
    - 400/1822/`invalid_param` The parameter `end_date` is not a valid date
    - 400/1823/`invalid_param` The end date is before the start date
    - 400/1824/`invalid_param` No `period` parameter or interval (`start_date`, `end_date`)
    - 400/1825/`invalid_param` The parameter `source` is not valid
    - 400/1826/`invalid_param` The parameter `delivery_report` is not valid (delivered, failed or sent)
    - 400/1827/`invalid_param` The parameter `country_iso` is not for a valid country

    Args:
        period (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        channel (GetAdvancedReportChannel | Unset):
        source (GetAdvancedReportSource | Unset):
        delivery_report (GetAdvancedReportDeliveryReport | Unset):
        country_iso (str | Unset):
        short_response (bool | Unset):
        limit (int | Unset):
        next_ (str | Unset):
        previous (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReportsAdvancedResponse
    """

    return sync_detailed(
        client=client,
        period=period,
        start_date=start_date,
        end_date=end_date,
        channel=channel,
        source=source,
        delivery_report=delivery_report,
        country_iso=country_iso,
        short_response=short_response,
        limit=limit,
        next_=next_,
        previous=previous,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    period: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    channel: GetAdvancedReportChannel | Unset = UNSET,
    source: GetAdvancedReportSource | Unset = UNSET,
    delivery_report: GetAdvancedReportDeliveryReport | Unset = UNSET,
    country_iso: str | Unset = UNSET,
    short_response: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    previous: str | Unset = UNSET,
) -> Response[Error | ReportsAdvancedResponse]:
    """Get advanced report

     Documented API errors (HTTP/code/type):

    - 400/1820/`invalid_param` The parameter `period` is not a valid date (format Y-m or Y)
    - 400/1821/`invalid_param` The parameter `start_date` is not a valid date
    - 400/1822/`invalid_param` The parameter `end_date` is not a valid date
    - 400/1823/`invalid_param` The end date is before the start date
    - 400/1824/`invalid_param` No `period` parameter or interval (`start_date`, `end_date`)
    - 400/1825/`invalid_param` The parameter `source` is not valid
    - 400/1826/`invalid_param` The parameter `delivery_report` is not valid (delivered, failed or sent)
    - 400/1827/`invalid_param` The parameter `country_iso` is not for a valid country

    Args:
        period (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        channel (GetAdvancedReportChannel | Unset):
        source (GetAdvancedReportSource | Unset):
        delivery_report (GetAdvancedReportDeliveryReport | Unset):
        country_iso (str | Unset):
        short_response (bool | Unset):
        limit (int | Unset):
        next_ (str | Unset):
        previous (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReportsAdvancedResponse]
    """

    kwargs = build_request(
        period=period,
        start_date=start_date,
        end_date=end_date,
        channel=channel,
        source=source,
        delivery_report=delivery_report,
        country_iso=country_iso,
        short_response=short_response,
        limit=limit,
        next_=next_,
        previous=previous,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    period: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    channel: GetAdvancedReportChannel | Unset = UNSET,
    source: GetAdvancedReportSource | Unset = UNSET,
    delivery_report: GetAdvancedReportDeliveryReport | Unset = UNSET,
    country_iso: str | Unset = UNSET,
    short_response: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    next_: str | Unset = UNSET,
    previous: str | Unset = UNSET,
) -> Error | ReportsAdvancedResponse | None:
    """Get advanced report

     Documented API errors (HTTP/code/type):

    - 400/1820/`invalid_param` The parameter `period` is not a valid date (format Y-m or Y)
    - 400/1821/`invalid_param` The parameter `start_date` is not a valid date
    - 400/1822/`invalid_param` The parameter `end_date` is not a valid date
    - 400/1823/`invalid_param` The end date is before the start date
    - 400/1824/`invalid_param` No `period` parameter or interval (`start_date`, `end_date`)
    - 400/1825/`invalid_param` The parameter `source` is not valid
    - 400/1826/`invalid_param` The parameter `delivery_report` is not valid (delivered, failed or sent)
    - 400/1827/`invalid_param` The parameter `country_iso` is not for a valid country

    Args:
        period (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        channel (GetAdvancedReportChannel | Unset):
        source (GetAdvancedReportSource | Unset):
        delivery_report (GetAdvancedReportDeliveryReport | Unset):
        country_iso (str | Unset):
        short_response (bool | Unset):
        limit (int | Unset):
        next_ (str | Unset):
        previous (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReportsAdvancedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            period=period,
            start_date=start_date,
            end_date=end_date,
            channel=channel,
            source=source,
            delivery_report=delivery_report,
            country_iso=country_iso,
            short_response=short_response,
            limit=limit,
            next_=next_,
            previous=previous,
        )
    ).parsed

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.get_summary_reports_200_response import GetSummaryReports200Response
    from ...models.get_summary_reports_dimension import GetSummaryReportsDimension
    from ...types import UNSET, Unset

from switchboard_core import Answers, reconciled_retry

_ANSWERS = Answers(__name__)
"""What this operation documents as its answers: JSON is read through ``_ANSWERS.json``, which checks it."""


def build_request(
    dimension: GetSummaryReportsDimension,
    *,
    period: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation (method, url, params,
    headers, body). Public: facades send what this builds on their own stack.
    """
    from ...types import UNSET

    params: dict[str, Any] = {}

    params["period"] = period

    params["start_date"] = start_date

    params["end_date"] = end_date

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reports/summary/{dimension}".format(
            dimension=quote(str(dimension), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Error | GetSummaryReports200Response | None:
    """The answer of ``response`` as documented for its status (``None`` for an undocumented one, unless
    ``raise_on_unexpected_status``). Public: facades parse with this, the typed functions below too.
    An answer that does not match its documented schema or cannot be parsed raises
    ``errors.ResponseParseError`` (status, headers and body kept)."""

    from ...models.error import Error
    from ...models.get_summary_reports_200_response import GetSummaryReports200Response

    try:
        if response.status_code == 200:
            response_200 = GetSummaryReports200Response.from_dict(_ANSWERS.json(response))

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
) -> Response[Error | GetSummaryReports200Response]:
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
    dimension: GetSummaryReportsDimension,
    *,
    client: AuthenticatedClient | Client,
    period: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[Error | GetSummaryReports200Response]:
    """Get summary reports for a dimension

     Documented API errors (HTTP/code/type):

    - 400/1829/`invalid_param` Invalid dimension. Accepted dimensions: source, channel, country,
    traffic, delivery
    - 400/1820/`invalid_param` The parameter `period` is not a valid date (format Y-m or Y)
    - 400/1821/`invalid_param` The parameter `start_date` is not a valid date
    - 400/1822/`invalid_param` The parameter `end_date` is not a valid date
    - 400/1823/`invalid_param` The end date is before the start date
    - 400/1824/`invalid_param` No `period` parameter or interval (`start_date`, `end_date`)

    Args:
        dimension (GetSummaryReportsDimension):
        period (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetSummaryReports200Response]
    """

    kwargs = build_request(
        dimension=dimension,
        period=period,
        start_date=start_date,
        end_date=end_date,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dimension: GetSummaryReportsDimension,
    *,
    client: AuthenticatedClient | Client,
    period: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Error | GetSummaryReports200Response | None:
    """Get summary reports for a dimension

     Documented API errors (HTTP/code/type):

    - 400/1829/`invalid_param` Invalid dimension. Accepted dimensions: source, channel, country,
    traffic, delivery
    - 400/1820/`invalid_param` The parameter `period` is not a valid date (format Y-m or Y)
    - 400/1821/`invalid_param` The parameter `start_date` is not a valid date
    - 400/1822/`invalid_param` The parameter `end_date` is not a valid date
    - 400/1823/`invalid_param` The end date is before the start date
    - 400/1824/`invalid_param` No `period` parameter or interval (`start_date`, `end_date`)

    Args:
        dimension (GetSummaryReportsDimension):
        period (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetSummaryReports200Response
    """

    return sync_detailed(
        dimension=dimension,
        client=client,
        period=period,
        start_date=start_date,
        end_date=end_date,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    dimension: GetSummaryReportsDimension,
    *,
    client: AuthenticatedClient | Client,
    period: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[Error | GetSummaryReports200Response]:
    """Get summary reports for a dimension

     Documented API errors (HTTP/code/type):

    - 400/1829/`invalid_param` Invalid dimension. Accepted dimensions: source, channel, country,
    traffic, delivery
    - 400/1820/`invalid_param` The parameter `period` is not a valid date (format Y-m or Y)
    - 400/1821/`invalid_param` The parameter `start_date` is not a valid date
    - 400/1822/`invalid_param` The parameter `end_date` is not a valid date
    - 400/1823/`invalid_param` The end date is before the start date
    - 400/1824/`invalid_param` No `period` parameter or interval (`start_date`, `end_date`)

    Args:
        dimension (GetSummaryReportsDimension):
        period (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetSummaryReports200Response]
    """

    kwargs = build_request(
        dimension=dimension,
        period=period,
        start_date=start_date,
        end_date=end_date,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dimension: GetSummaryReportsDimension,
    *,
    client: AuthenticatedClient | Client,
    period: str | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Error | GetSummaryReports200Response | None:
    """Get summary reports for a dimension

     Documented API errors (HTTP/code/type):

    - 400/1829/`invalid_param` Invalid dimension. Accepted dimensions: source, channel, country,
    traffic, delivery
    - 400/1820/`invalid_param` The parameter `period` is not a valid date (format Y-m or Y)
    - 400/1821/`invalid_param` The parameter `start_date` is not a valid date
    - 400/1822/`invalid_param` The parameter `end_date` is not a valid date
    - 400/1823/`invalid_param` The end date is before the start date
    - 400/1824/`invalid_param` No `period` parameter or interval (`start_date`, `end_date`)

    Args:
        dimension (GetSummaryReportsDimension):
        period (str | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetSummaryReports200Response
    """

    return (
        await asyncio_detailed(
            dimension=dimension,
            client=client,
            period=period,
            start_date=start_date,
            end_date=end_date,
            limit=limit,
        )
    ).parsed

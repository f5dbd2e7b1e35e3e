from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.metric_series import MetricSeries
from ...models.service_error import ServiceError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    m: str,
    from_: str,
    interval: str,
    nulls: str,
    until: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["m"] = m

    params["from"] = from_

    params["interval"] = interval

    params["nulls"] = nulls

    params["until"] = until

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/metrics/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MetricSeries | ServiceError | None:
    if response.status_code == 200:
        response_200 = MetricSeries.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ServiceError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ServiceError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ServiceError.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MetricSeries | ServiceError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    m: str,
    from_: str,
    interval: str,
    nulls: str,
    until: str | Unset = UNSET,
) -> Response[MetricSeries | ServiceError]:
    """The values of one metric, bucketed by `interval`, from `from` until `until` (or now).

    Args:
        m (str):
        from_ (str):
        interval (str):
        nulls (str):
        until (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MetricSeries | ServiceError]
    """

    kwargs = _get_kwargs(
        m=m,
        from_=from_,
        interval=interval,
        nulls=nulls,
        until=until,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    m: str,
    from_: str,
    interval: str,
    nulls: str,
    until: str | Unset = UNSET,
) -> MetricSeries | ServiceError | None:
    """The values of one metric, bucketed by `interval`, from `from` until `until` (or now).

    Args:
        m (str):
        from_ (str):
        interval (str):
        nulls (str):
        until (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MetricSeries | ServiceError
    """

    return sync_detailed(
        client=client,
        m=m,
        from_=from_,
        interval=interval,
        nulls=nulls,
        until=until,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    m: str,
    from_: str,
    interval: str,
    nulls: str,
    until: str | Unset = UNSET,
) -> Response[MetricSeries | ServiceError]:
    """The values of one metric, bucketed by `interval`, from `from` until `until` (or now).

    Args:
        m (str):
        from_ (str):
        interval (str):
        nulls (str):
        until (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MetricSeries | ServiceError]
    """

    kwargs = _get_kwargs(
        m=m,
        from_=from_,
        interval=interval,
        nulls=nulls,
        until=until,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    m: str,
    from_: str,
    interval: str,
    nulls: str,
    until: str | Unset = UNSET,
) -> MetricSeries | ServiceError | None:
    """The values of one metric, bucketed by `interval`, from `from` until `until` (or now).

    Args:
        m (str):
        from_ (str):
        interval (str):
        nulls (str):
        until (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MetricSeries | ServiceError
    """

    return (
        await asyncio_detailed(
            client=client,
            m=m,
            from_=from_,
            interval=interval,
            nulls=nulls,
            until=until,
        )
    ).parsed

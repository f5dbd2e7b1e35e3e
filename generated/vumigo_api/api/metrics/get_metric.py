from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.metric_series import MetricSeries
    from ...models.service_error import ServiceError
    from ...types import UNSET, Unset

from switchboard_core import Answers, reconciled_retry

_ANSWERS = Answers(__name__)
"""What this operation documents as its answers: JSON is read through ``_ANSWERS.json``, which checks it."""


def build_request(
    *,
    m: str,
    from_: str,
    interval: str,
    nulls: str,
    until: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation (method, url, params,
    headers, body). Public: facades send what this builds on their own stack.
    """
    from ...types import UNSET

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


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> MetricSeries | ServiceError | None:
    """The answer of ``response`` as documented for its status (``None`` for an undocumented one, unless
    ``raise_on_unexpected_status``). Public: facades parse with this, the typed functions below too.
    An answer that does not match its documented schema or cannot be parsed raises
    ``errors.ResponseParseError`` (status, headers and body kept)."""

    from ...models.metric_series import MetricSeries
    from ...models.service_error import ServiceError

    try:
        if response.status_code == 200:
            response_200 = MetricSeries.from_dict(_ANSWERS.json(response))

            return response_200

        if response.status_code == 400:
            response_400 = ServiceError.from_dict(_ANSWERS.json(response))

            return response_400

        if response.status_code == 401:
            response_401 = ServiceError.from_dict(_ANSWERS.json(response))

            return response_401

        if response.status_code == 403:
            response_403 = ServiceError.from_dict(_ANSWERS.json(response))

            return response_403

    except Exception as exc:
        raise errors.ResponseParseError.from_exception(response, exc) from exc
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MetricSeries | ServiceError]:
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

    kwargs = build_request(
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

    kwargs = build_request(
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

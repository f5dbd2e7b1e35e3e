from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.confirm_delivery_reports_as_received_request import ConfirmDeliveryReportsAsReceivedRequest
    from ...models.confirmation_response import ConfirmationResponse
    from ...models.error import Error
    from ...types import UNSET, Unset

from switchboard_core import Answers, reconciled_retry

_ANSWERS = Answers(__name__)
"""What this operation documents as its answers: JSON is read through ``_ANSWERS.json``, which checks it."""


def build_request(
    *,
    body: ConfirmDeliveryReportsAsReceivedRequest | Mapping[str, Any],
    account: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation (method, url, params,
    headers, body). Public: facades send what this builds on their own stack.
    ``body`` may also be its wire form, a JSON mapping, which is sent exactly as given.
    """
    from ...types import Unset

    headers: dict[str, Any] = {}
    if not isinstance(account, Unset):
        headers["Account"] = account

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/delivery_reports/confirmed",
    }

    if isinstance(body, Mapping):
        _kwargs["json"] = body
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> ConfirmationResponse | Error | None:
    """The answer of ``response`` as documented for its status (``None`` for an undocumented one, unless
    ``raise_on_unexpected_status``). Public: facades parse with this, the typed functions below too.
    An answer that does not match its documented schema or cannot be parsed raises
    ``errors.ResponseParseError`` (status, headers and body kept)."""

    from ...models.confirmation_response import ConfirmationResponse
    from ...models.error import Error

    try:
        if response.status_code == 202:
            response_202 = ConfirmationResponse.from_dict(_ANSWERS.json(response))

            return response_202

        if response.status_code == 400:
            response_400 = Error.from_dict(_ANSWERS.json(response))

            return response_400

        if response.status_code == 401:
            response_401 = Error.from_dict(_ANSWERS.json(response))

            return response_401

        if response.status_code == 403:
            response_403 = Error.from_dict(_ANSWERS.json(response))

            return response_403

    except Exception as exc:
        raise errors.ResponseParseError.from_exception(response, exc) from exc
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConfirmationResponse | Error]:
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
    body: ConfirmDeliveryReportsAsReceivedRequest,
    account: str | Unset = UNSET,
) -> Response[ConfirmationResponse | Error]:
    """Confirm up to 100 delivery reports so they are no longer returned.

    Args:
        account (str | Unset):
        body (ConfirmDeliveryReportsAsReceivedRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfirmationResponse | Error]
    """

    kwargs = build_request(
        body=body,
        account=account,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ConfirmDeliveryReportsAsReceivedRequest,
    account: str | Unset = UNSET,
) -> ConfirmationResponse | Error | None:
    """Confirm up to 100 delivery reports so they are no longer returned.

    Args:
        account (str | Unset):
        body (ConfirmDeliveryReportsAsReceivedRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfirmationResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        account=account,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConfirmDeliveryReportsAsReceivedRequest,
    account: str | Unset = UNSET,
) -> Response[ConfirmationResponse | Error]:
    """Confirm up to 100 delivery reports so they are no longer returned.

    Args:
        account (str | Unset):
        body (ConfirmDeliveryReportsAsReceivedRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfirmationResponse | Error]
    """

    kwargs = build_request(
        body=body,
        account=account,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ConfirmDeliveryReportsAsReceivedRequest,
    account: str | Unset = UNSET,
) -> ConfirmationResponse | Error | None:
    """Confirm up to 100 delivery reports so they are no longer returned.

    Args:
        account (str | Unset):
        body (ConfirmDeliveryReportsAsReceivedRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfirmationResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            account=account,
        )
    ).parsed

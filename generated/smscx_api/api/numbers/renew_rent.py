from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.renew_rent_request import RenewRentRequest
    from ...models.rent_number_response import RentNumberResponse

from switchboard_core import Answers, reconciled_retry

_ANSWERS = Answers(__name__)
"""What this operation documents as its answers: JSON is read through ``_ANSWERS.json``, which checks it."""


def build_request(
    rent_id: str,
    *,
    body: RenewRentRequest | Mapping[str, Any],
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation (method, url, params,
    headers, body). Public: facades send what this builds on their own stack.
    ``body`` may also be its wire form, a JSON mapping, which is sent exactly as given.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/numbers/rent/{rent_id}".format(
            rent_id=quote(str(rent_id), safe=""),
        ),
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
) -> Error | RentNumberResponse | None:
    """The answer of ``response`` as documented for its status (``None`` for an undocumented one, unless
    ``raise_on_unexpected_status``). Public: facades parse with this, the typed functions below too.
    An answer that does not match its documented schema or cannot be parsed raises
    ``errors.ResponseParseError`` (status, headers and body kept)."""

    from ...models.error import Error
    from ...models.rent_number_response import RentNumberResponse

    try:
        if response.status_code == 200:
            response_200 = RentNumberResponse.from_dict(_ANSWERS.json(response))

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

        if response.status_code == 404:
            response_404 = Error.from_dict(_ANSWERS.json(response))

            return response_404

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
) -> Response[Error | RentNumberResponse]:
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
    rent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RenewRentRequest,
) -> Response[Error | RentNumberResponse]:
    """Renew rent for phone number

     Documented API errors (HTTP/code/type):

    - 400/1221/`invalid_param` Invalid parameter `rentId`
    - 400/1224/`invalid_param` Rent period is invalid (1, 7 or 30 days)
    - 400/1225/`invalid_param` Parameter `autorenew` must be of type boolean
    - 400/1226/`invalid_param` The parameter `callbackUrl` is not a valid url
    - 400/1229/`invalid_param` Rent period is not between min and max period allowed for this number
    - 403/1228/`access_denied` The rent cannot be renewed (rent already expired or phone number will not
    be available in the future)
    - 404/1223/`not_found` Rent ID not found

    Args:
        rent_id (str):
        body (RenewRentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RentNumberResponse]
    """

    kwargs = build_request(
        rent_id=rent_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    rent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RenewRentRequest,
) -> Error | RentNumberResponse | None:
    """Renew rent for phone number

     Documented API errors (HTTP/code/type):

    - 400/1221/`invalid_param` Invalid parameter `rentId`
    - 400/1224/`invalid_param` Rent period is invalid (1, 7 or 30 days)
    - 400/1225/`invalid_param` Parameter `autorenew` must be of type boolean
    - 400/1226/`invalid_param` The parameter `callbackUrl` is not a valid url
    - 400/1229/`invalid_param` Rent period is not between min and max period allowed for this number
    - 403/1228/`access_denied` The rent cannot be renewed (rent already expired or phone number will not
    be available in the future)
    - 404/1223/`not_found` Rent ID not found

    Args:
        rent_id (str):
        body (RenewRentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RentNumberResponse
    """

    return sync_detailed(
        rent_id=rent_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    rent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RenewRentRequest,
) -> Response[Error | RentNumberResponse]:
    """Renew rent for phone number

     Documented API errors (HTTP/code/type):

    - 400/1221/`invalid_param` Invalid parameter `rentId`
    - 400/1224/`invalid_param` Rent period is invalid (1, 7 or 30 days)
    - 400/1225/`invalid_param` Parameter `autorenew` must be of type boolean
    - 400/1226/`invalid_param` The parameter `callbackUrl` is not a valid url
    - 400/1229/`invalid_param` Rent period is not between min and max period allowed for this number
    - 403/1228/`access_denied` The rent cannot be renewed (rent already expired or phone number will not
    be available in the future)
    - 404/1223/`not_found` Rent ID not found

    Args:
        rent_id (str):
        body (RenewRentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RentNumberResponse]
    """

    kwargs = build_request(
        rent_id=rent_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    rent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RenewRentRequest,
) -> Error | RentNumberResponse | None:
    """Renew rent for phone number

     Documented API errors (HTTP/code/type):

    - 400/1221/`invalid_param` Invalid parameter `rentId`
    - 400/1224/`invalid_param` Rent period is invalid (1, 7 or 30 days)
    - 400/1225/`invalid_param` Parameter `autorenew` must be of type boolean
    - 400/1226/`invalid_param` The parameter `callbackUrl` is not a valid url
    - 400/1229/`invalid_param` Rent period is not between min and max period allowed for this number
    - 403/1228/`access_denied` The rent cannot be renewed (rent already expired or phone number will not
    be available in the future)
    - 404/1223/`not_found` Rent ID not found

    Args:
        rent_id (str):
        body (RenewRentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RentNumberResponse
    """

    return (
        await asyncio_detailed(
            rent_id=rent_id,
            client=client,
            body=body,
        )
    ).parsed

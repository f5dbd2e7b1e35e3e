from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.opt_out_error import OptOutError
    from ...models.opt_out_response import OptOutResponse

from switchboard_core import Answers, reconciled_retry

_ANSWERS = Answers(__name__)
"""What this operation documents as its answers: JSON is read through ``_ANSWERS.json``, which checks it."""


def build_request(
    address_type: str,
    address: str,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation (method, url, params,
    headers, body). Public: facades send what this builds on their own stack.
    """

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/optouts/{address_type}/{address}".format(
            address_type=quote(str(address_type), safe=""),
            address=quote(str(address), safe=""),
        ),
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> OptOutError | OptOutResponse | None:
    """The answer of ``response`` as documented for its status (``None`` for an undocumented one, unless
    ``raise_on_unexpected_status``). Public: facades parse with this, the typed functions below too.
    An answer that does not match its documented schema or cannot be parsed raises
    ``errors.ResponseParseError`` (status, headers and body kept)."""

    from ...models.opt_out_error import OptOutError
    from ...models.opt_out_response import OptOutResponse

    try:
        if response.status_code == 200:
            response_200 = OptOutResponse.from_dict(_ANSWERS.json(response))

            return response_200

        if response.status_code == 400:
            response_400 = OptOutError.from_dict(_ANSWERS.json(response))

            return response_400

        if response.status_code == 401:
            response_401 = OptOutError.from_dict(_ANSWERS.json(response))

            return response_401

        if response.status_code == 403:
            response_403 = OptOutError.from_dict(_ANSWERS.json(response))

            return response_403

        if response.status_code == 404:
            response_404 = OptOutError.from_dict(_ANSWERS.json(response))

            return response_404

    except Exception as exc:
        raise errors.ResponseParseError.from_exception(response, exc) from exc
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OptOutError | OptOutResponse]:
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
    address_type: str,
    address: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[OptOutError | OptOutResponse]:
    """Remove an address's opt-out record; 404 when there is none.

    Args:
        address_type (str):
        address (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OptOutError | OptOutResponse]
    """

    kwargs = build_request(
        address_type=address_type,
        address=address,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    address_type: str,
    address: str,
    *,
    client: AuthenticatedClient | Client,
) -> OptOutError | OptOutResponse | None:
    """Remove an address's opt-out record; 404 when there is none.

    Args:
        address_type (str):
        address (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OptOutError | OptOutResponse
    """

    return sync_detailed(
        address_type=address_type,
        address=address,
        client=client,
    ).parsed


async def asyncio_detailed(
    address_type: str,
    address: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[OptOutError | OptOutResponse]:
    """Remove an address's opt-out record; 404 when there is none.

    Args:
        address_type (str):
        address (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OptOutError | OptOutResponse]
    """

    kwargs = build_request(
        address_type=address_type,
        address=address,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    address_type: str,
    address: str,
    *,
    client: AuthenticatedClient | Client,
) -> OptOutError | OptOutResponse | None:
    """Remove an address's opt-out record; 404 when there is none.

    Args:
        address_type (str):
        address (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OptOutError | OptOutResponse
    """

    return (
        await asyncio_detailed(
            address_type=address_type,
            address=address,
            client=client,
        )
    ).parsed

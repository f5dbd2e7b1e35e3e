from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.data_otp import DataOtp
    from ...models.error import Error

from switchboard_core import Answers, reconciled_retry

_ANSWERS = Answers(__name__)
"""What this operation documents as its answers: JSON is read through ``_ANSWERS.json``, which checks it."""


def build_request(
    otp_id: str,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation (method, url, params,
    headers, body). Public: facades send what this builds on their own stack.
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/otp/{otp_id}".format(
            otp_id=quote(str(otp_id), safe=""),
        ),
    }

    return _kwargs


def parse_response(response: httpx.Response, *, raise_on_unexpected_status: bool = False) -> DataOtp | Error | None:
    """The answer of ``response`` as documented for its status (``None`` for an undocumented one, unless
    ``raise_on_unexpected_status``). Public: facades parse with this, the typed functions below too.
    An answer that does not match its documented schema or cannot be parsed raises
    ``errors.ResponseParseError`` (status, headers and body kept)."""

    from ...models.data_otp import DataOtp
    from ...models.error import Error

    try:
        if response.status_code == 200:
            response_200 = DataOtp.from_dict(_ANSWERS.json(response))

            return response_200

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DataOtp | Error]:
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
    otp_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DataOtp | Error]:
    """Get OTP status

     Documented API errors (HTTP/code/type):

    - 404/2021/`not_found` Otp ID not found

    Args:
        otp_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataOtp | Error]
    """

    kwargs = build_request(
        otp_id=otp_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    otp_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DataOtp | Error | None:
    """Get OTP status

     Documented API errors (HTTP/code/type):

    - 404/2021/`not_found` Otp ID not found

    Args:
        otp_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataOtp | Error
    """

    return sync_detailed(
        otp_id=otp_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    otp_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DataOtp | Error]:
    """Get OTP status

     Documented API errors (HTTP/code/type):

    - 404/2021/`not_found` Otp ID not found

    Args:
        otp_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataOtp | Error]
    """

    kwargs = build_request(
        otp_id=otp_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    otp_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DataOtp | Error | None:
    """Get OTP status

     Documented API errors (HTTP/code/type):

    - 404/2021/`not_found` Otp ID not found

    Args:
        otp_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataOtp | Error
    """

    return (
        await asyncio_detailed(
            otp_id=otp_id,
            client=client,
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_scheduled_message_request import CancelScheduledMessageRequest
from ...models.cancel_scheduled_message_response import CancelScheduledMessageResponse
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    message_id: str,
    *,
    body: CancelScheduledMessageRequest,
    account: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(account, Unset):
        headers["Account"] = account

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/messages/{message_id}".format(
            message_id=quote(str(message_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CancelScheduledMessageResponse | Error | None:
    if response.status_code == 200:
        response_200 = CancelScheduledMessageResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CancelScheduledMessageResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CancelScheduledMessageRequest,
    account: str | Unset = UNSET,
) -> Response[CancelScheduledMessageResponse | Error]:
    """Cancel a scheduled message that has not yet been delivered.

     Only messages with status `scheduled` can be cancelled.

    Args:
        message_id (str):
        account (str | Unset):
        body (CancelScheduledMessageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelScheduledMessageResponse | Error]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        body=body,
        account=account,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CancelScheduledMessageRequest,
    account: str | Unset = UNSET,
) -> CancelScheduledMessageResponse | Error | None:
    """Cancel a scheduled message that has not yet been delivered.

     Only messages with status `scheduled` can be cancelled.

    Args:
        message_id (str):
        account (str | Unset):
        body (CancelScheduledMessageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelScheduledMessageResponse | Error
    """

    return sync_detailed(
        message_id=message_id,
        client=client,
        body=body,
        account=account,
    ).parsed


async def asyncio_detailed(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CancelScheduledMessageRequest,
    account: str | Unset = UNSET,
) -> Response[CancelScheduledMessageResponse | Error]:
    """Cancel a scheduled message that has not yet been delivered.

     Only messages with status `scheduled` can be cancelled.

    Args:
        message_id (str):
        account (str | Unset):
        body (CancelScheduledMessageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelScheduledMessageResponse | Error]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        body=body,
        account=account,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CancelScheduledMessageRequest,
    account: str | Unset = UNSET,
) -> CancelScheduledMessageResponse | Error | None:
    """Cancel a scheduled message that has not yet been delivered.

     Only messages with status `scheduled` can be cancelled.

    Args:
        message_id (str):
        account (str | Unset):
        body (CancelScheduledMessageRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelScheduledMessageResponse | Error
    """

    return (
        await asyncio_detailed(
            message_id=message_id,
            client=client,
            body=body,
            account=account,
        )
    ).parsed

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.cancel_scheduled_message_request import CancelScheduledMessageRequest
    from ...models.cancel_scheduled_message_response import CancelScheduledMessageResponse
    from ...models.error import Error
    from ...types import UNSET, Unset

from switchboard_core import Answers, reconciled_retry

_ANSWERS = Answers(__name__)
"""What this operation documents as its answers: JSON is read through ``_ANSWERS.json``, which checks it."""


def build_request(
    message_id: str,
    *,
    body: CancelScheduledMessageRequest | Mapping[str, Any],
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
        "method": "put",
        "url": "/v1/messages/{message_id}".format(
            message_id=quote(str(message_id), safe=""),
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
) -> CancelScheduledMessageResponse | Error | None:
    """The answer of ``response`` as documented for its status (``None`` for an undocumented one, unless
    ``raise_on_unexpected_status``). Public: facades parse with this, the typed functions below too.
    An answer that does not match its documented schema or cannot be parsed raises
    ``errors.ResponseParseError`` (status, headers and body kept)."""

    from ...models.cancel_scheduled_message_response import CancelScheduledMessageResponse
    from ...models.error import Error

    try:
        if response.status_code == 200:
            response_200 = CancelScheduledMessageResponse.from_dict(_ANSWERS.json(response))

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

    except Exception as exc:
        raise errors.ResponseParseError.from_exception(response, exc) from exc
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CancelScheduledMessageResponse | Error]:
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

    kwargs = build_request(
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

    kwargs = build_request(
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

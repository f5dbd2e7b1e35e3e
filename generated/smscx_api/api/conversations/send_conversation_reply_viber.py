from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversation_reply_viber_request import ConversationReplyViberRequest
from ...models.conversation_reply_viber_respone import ConversationReplyViberRespone
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    conversation_id: str,
    *,
    body: ConversationReplyViberRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversations/{conversation_id}/viber".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConversationReplyViberRespone | Error | None:
    if response.status_code == 200:
        response_200 = ConversationReplyViberRespone.from_dict(response.json())

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

    if response.status_code == 405:
        response_405 = Error.from_dict(response.json())

        return response_405

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConversationReplyViberRespone | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConversationReplyViberRequest,
) -> Response[ConversationReplyViberRespone | Error]:
    """Send conversation reply via Viber

     Documented API errors (HTTP/code/type):

    - 404/1180/`not_found` Conversation ID not found
    - 403/1181/`access_denied` Cannot reply with channel Viber. More than 24 hours since user reply
    - 400/1801/`invalid_param` The text message is empty or parameter `text` not set
    - 400/1802/`invalid_param` The parameter `text` is invalid
    - 400/1811/`invalid_param` Text message too long (max 1000 characters)
    - 400/1111/`invalid_param` Idempotency Id provided is not a valid UUID (v1-v5)

    Args:
        conversation_id (str):
        body (ConversationReplyViberRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationReplyViberRespone | Error]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConversationReplyViberRequest,
) -> ConversationReplyViberRespone | Error | None:
    """Send conversation reply via Viber

     Documented API errors (HTTP/code/type):

    - 404/1180/`not_found` Conversation ID not found
    - 403/1181/`access_denied` Cannot reply with channel Viber. More than 24 hours since user reply
    - 400/1801/`invalid_param` The text message is empty or parameter `text` not set
    - 400/1802/`invalid_param` The parameter `text` is invalid
    - 400/1811/`invalid_param` Text message too long (max 1000 characters)
    - 400/1111/`invalid_param` Idempotency Id provided is not a valid UUID (v1-v5)

    Args:
        conversation_id (str):
        body (ConversationReplyViberRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationReplyViberRespone | Error
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConversationReplyViberRequest,
) -> Response[ConversationReplyViberRespone | Error]:
    """Send conversation reply via Viber

     Documented API errors (HTTP/code/type):

    - 404/1180/`not_found` Conversation ID not found
    - 403/1181/`access_denied` Cannot reply with channel Viber. More than 24 hours since user reply
    - 400/1801/`invalid_param` The text message is empty or parameter `text` not set
    - 400/1802/`invalid_param` The parameter `text` is invalid
    - 400/1811/`invalid_param` Text message too long (max 1000 characters)
    - 400/1111/`invalid_param` Idempotency Id provided is not a valid UUID (v1-v5)

    Args:
        conversation_id (str):
        body (ConversationReplyViberRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationReplyViberRespone | Error]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ConversationReplyViberRequest,
) -> ConversationReplyViberRespone | Error | None:
    """Send conversation reply via Viber

     Documented API errors (HTTP/code/type):

    - 404/1180/`not_found` Conversation ID not found
    - 403/1181/`access_denied` Cannot reply with channel Viber. More than 24 hours since user reply
    - 400/1801/`invalid_param` The text message is empty or parameter `text` not set
    - 400/1802/`invalid_param` The parameter `text` is invalid
    - 400/1811/`invalid_param` Text message too long (max 1000 characters)
    - 400/1111/`invalid_param` Idempotency Id provided is not a valid UUID (v1-v5)

    Args:
        conversation_id (str):
        body (ConversationReplyViberRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationReplyViberRespone | Error
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            body=body,
        )
    ).parsed

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
    from ...models.conversation_reply_viber_request import ConversationReplyViberRequest
    from ...models.conversation_reply_viber_respone import ConversationReplyViberRespone
    from ...models.error import Error

from switchboard_core import Answers, reconciled_retry

_ANSWERS = Answers(__name__)
"""What this operation documents as its answers: JSON is read through ``_ANSWERS.json``, which checks it."""


def build_request(
    conversation_id: str,
    *,
    body: ConversationReplyViberRequest | Mapping[str, Any],
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation (method, url, params,
    headers, body). Public: facades send what this builds on their own stack.
    ``body`` may also be its wire form, a JSON mapping, which is sent exactly as given.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversations/{conversation_id}/viber".format(
            conversation_id=quote(str(conversation_id), safe=""),
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
) -> ConversationReplyViberRespone | Error | None:
    """The answer of ``response`` as documented for its status (``None`` for an undocumented one, unless
    ``raise_on_unexpected_status``). Public: facades parse with this, the typed functions below too.
    An answer that does not match its documented schema or cannot be parsed raises
    ``errors.ResponseParseError`` (status, headers and body kept)."""

    from ...models.conversation_reply_viber_respone import ConversationReplyViberRespone
    from ...models.error import Error

    try:
        if response.status_code == 200:
            response_200 = ConversationReplyViberRespone.from_dict(_ANSWERS.json(response))

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
) -> Response[ConversationReplyViberRespone | Error]:
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

    kwargs = build_request(
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

    kwargs = build_request(
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

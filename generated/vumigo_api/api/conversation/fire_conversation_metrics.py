from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.conversation_result import ConversationResult

from switchboard_core import Answers, reconciled_retry

_ANSWERS = Answers(__name__)
"""What this operation documents as its answers: JSON is read through ``_ANSWERS.json``, which checks it."""


def build_request(
    conversation_key: str,
    *,
    body: list[list[float | str]],
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation (method, url, params,
    headers, body). Public: facades send what this builds on their own stack.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/{conversation_key}/metrics.json".format(
            conversation_key=quote(str(conversation_key), safe=""),
        ),
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = []
        for componentsschemas_metric_triple_item_data in body_item_data:
            componentsschemas_metric_triple_item: float | str
            componentsschemas_metric_triple_item = componentsschemas_metric_triple_item_data
            body_item.append(componentsschemas_metric_triple_item)

        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response, *, raise_on_unexpected_status: bool = False) -> ConversationResult | None:
    """The answer of ``response`` as documented for its status (``None`` for an undocumented one, unless
    ``raise_on_unexpected_status``). Public: facades parse with this, the typed functions below too.
    An answer that does not match its documented schema or cannot be parsed raises
    ``errors.ResponseParseError`` (status, headers and body kept)."""

    from ...models.conversation_result import ConversationResult

    try:
        if response.status_code == 200:
            response_200 = ConversationResult.from_dict(_ANSWERS.json(response))

            return response_200

        if response.status_code == 400:
            response_400 = ConversationResult.from_dict(_ANSWERS.json(response))

            return response_400

        if response.status_code == 401:
            response_401 = ConversationResult.from_dict(_ANSWERS.json(response))

            return response_401

        if response.status_code == 403:
            response_403 = ConversationResult.from_dict(_ANSWERS.json(response))

            return response_403

        if response.status_code == 404:
            response_404 = ConversationResult.from_dict(_ANSWERS.json(response))

            return response_404

    except Exception as exc:
        raise errors.ResponseParseError.from_exception(response, exc) from exc
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ConversationResult]:
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
    conversation_key: str,
    *,
    client: AuthenticatedClient,
    body: list[list[float | str]],
) -> Response[ConversationResult]:
    """Fire conversation metrics: `[[name, value, aggregator], ...]`.

    Args:
        conversation_key (str):
        body (list[list[float | str]]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationResult]
    """

    kwargs = build_request(
        conversation_key=conversation_key,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_key: str,
    *,
    client: AuthenticatedClient,
    body: list[list[float | str]],
) -> ConversationResult | None:
    """Fire conversation metrics: `[[name, value, aggregator], ...]`.

    Args:
        conversation_key (str):
        body (list[list[float | str]]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationResult
    """

    return sync_detailed(
        conversation_key=conversation_key,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    conversation_key: str,
    *,
    client: AuthenticatedClient,
    body: list[list[float | str]],
) -> Response[ConversationResult]:
    """Fire conversation metrics: `[[name, value, aggregator], ...]`.

    Args:
        conversation_key (str):
        body (list[list[float | str]]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationResult]
    """

    kwargs = build_request(
        conversation_key=conversation_key,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_key: str,
    *,
    client: AuthenticatedClient,
    body: list[list[float | str]],
) -> ConversationResult | None:
    """Fire conversation metrics: `[[name, value, aggregator], ...]`.

    Args:
        conversation_key (str):
        body (list[list[float | str]]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationResult
    """

    return (
        await asyncio_detailed(
            conversation_key=conversation_key,
            client=client,
            body=body,
        )
    ).parsed

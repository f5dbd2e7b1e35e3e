from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.blocking_result import BlockingResult
    from ...models.problem import Problem

from switchboard_core import Answers, reconciled_retry

_ANSWERS = Answers(__name__)
"""What this operation documents as its answers: JSON is read through ``_ANSWERS.json``, which checks it."""


def build_request(
    source_user_id: str,
    target_user_id: str,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation (method, url, params,
    headers, body). Public: facades send what this builds on their own stack.
    """

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/2/users/{source_user_id}/blocking/{target_user_id}".format(
            source_user_id=quote(str(source_user_id), safe=""),
            target_user_id=quote(str(target_user_id), safe=""),
        ),
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> BlockingResult | Problem | None:
    """The answer of ``response`` as documented for its status (``None`` for an undocumented one, unless
    ``raise_on_unexpected_status``). Public: facades parse with this, the typed functions below too.
    An answer that does not match its documented schema or cannot be parsed raises
    ``errors.ResponseParseError`` (status, headers and body kept)."""

    from ...models.blocking_result import BlockingResult
    from ...models.problem import Problem

    try:
        if response.status_code == 200:
            response_200 = BlockingResult.from_dict(_ANSWERS.json(response))

            return response_200

        if response.status_code == 400:
            response_400 = Problem.from_dict(_ANSWERS.json(response))

            return response_400

        if response.status_code == 401:
            response_401 = Problem.from_dict(_ANSWERS.json(response))

            return response_401

        if response.status_code == 403:
            response_403 = Problem.from_dict(_ANSWERS.json(response))

            return response_403

        if response.status_code == 429:
            response_429 = Problem.from_dict(_ANSWERS.json(response))

            return response_429

    except Exception as exc:
        raise errors.ResponseParseError.from_exception(response, exc) from exc
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BlockingResult | Problem]:
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
    source_user_id: str,
    target_user_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[BlockingResult | Problem]:
    """The authenticating user unblocks `target_user_id`.

    Args:
        source_user_id (str): A 64-bit id as a decimal string.
        target_user_id (str): A 64-bit id as a decimal string.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlockingResult | Problem]
    """

    kwargs = build_request(
        source_user_id=source_user_id,
        target_user_id=target_user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    source_user_id: str,
    target_user_id: str,
    *,
    client: AuthenticatedClient,
) -> BlockingResult | Problem | None:
    """The authenticating user unblocks `target_user_id`.

    Args:
        source_user_id (str): A 64-bit id as a decimal string.
        target_user_id (str): A 64-bit id as a decimal string.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlockingResult | Problem
    """

    return sync_detailed(
        source_user_id=source_user_id,
        target_user_id=target_user_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    source_user_id: str,
    target_user_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[BlockingResult | Problem]:
    """The authenticating user unblocks `target_user_id`.

    Args:
        source_user_id (str): A 64-bit id as a decimal string.
        target_user_id (str): A 64-bit id as a decimal string.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlockingResult | Problem]
    """

    kwargs = build_request(
        source_user_id=source_user_id,
        target_user_id=target_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    source_user_id: str,
    target_user_id: str,
    *,
    client: AuthenticatedClient,
) -> BlockingResult | Problem | None:
    """The authenticating user unblocks `target_user_id`.

    Args:
        source_user_id (str): A 64-bit id as a decimal string.
        target_user_id (str): A 64-bit id as a decimal string.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlockingResult | Problem
    """

    return (
        await asyncio_detailed(
            source_user_id=source_user_id,
            target_user_id=target_user_id,
            client=client,
        )
    ).parsed

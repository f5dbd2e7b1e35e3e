from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.problem import Problem
    from ...models.update_rules_request import UpdateRulesRequest
    from ...models.update_rules_response import UpdateRulesResponse
    from ...types import UNSET, Unset

from switchboard_core import Answers, reconciled_retry

_ANSWERS = Answers(__name__)
"""What this operation documents as its answers: JSON is read through ``_ANSWERS.json``, which checks it."""


def build_request(
    *,
    body: UpdateRulesRequest | Mapping[str, Any],
    dry_run: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation (method, url, params,
    headers, body). Public: facades send what this builds on their own stack.
    ``body`` may also be its wire form, a JSON mapping, which is sent exactly as given.
    """
    from ...types import UNSET

    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["dry_run"] = dry_run

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2/tweets/search/stream/rules",
        "params": params,
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
) -> Problem | UpdateRulesResponse | None:
    """The answer of ``response`` as documented for its status (``None`` for an undocumented one, unless
    ``raise_on_unexpected_status``). Public: facades parse with this, the typed functions below too.
    An answer that does not match its documented schema or cannot be parsed raises
    ``errors.ResponseParseError`` (status, headers and body kept)."""

    from ...models.problem import Problem
    from ...models.update_rules_response import UpdateRulesResponse

    try:
        if response.status_code == 200:
            response_200 = UpdateRulesResponse.from_dict(_ANSWERS.json(response))

            return response_200

        if response.status_code == 201:
            response_201 = UpdateRulesResponse.from_dict(_ANSWERS.json(response))

            return response_201

        if response.status_code == 400:
            response_400 = Problem.from_dict(_ANSWERS.json(response))

            return response_400

        if response.status_code == 401:
            response_401 = Problem.from_dict(_ANSWERS.json(response))

            return response_401

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
) -> Response[Problem | UpdateRulesResponse]:
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
    client: AuthenticatedClient,
    body: UpdateRulesRequest,
    dry_run: bool | Unset = UNSET,
) -> Response[Problem | UpdateRulesResponse]:
    """Add rules (`add`) or delete rules by id (`delete`); `dry_run=true` only validates.

    Args:
        dry_run (bool | Unset):
        body (UpdateRulesRequest): Exactly one of `add` or `delete`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UpdateRulesResponse]
    """

    kwargs = build_request(
        body=body,
        dry_run=dry_run,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: UpdateRulesRequest,
    dry_run: bool | Unset = UNSET,
) -> Problem | UpdateRulesResponse | None:
    """Add rules (`add`) or delete rules by id (`delete`); `dry_run=true` only validates.

    Args:
        dry_run (bool | Unset):
        body (UpdateRulesRequest): Exactly one of `add` or `delete`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UpdateRulesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        dry_run=dry_run,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateRulesRequest,
    dry_run: bool | Unset = UNSET,
) -> Response[Problem | UpdateRulesResponse]:
    """Add rules (`add`) or delete rules by id (`delete`); `dry_run=true` only validates.

    Args:
        dry_run (bool | Unset):
        body (UpdateRulesRequest): Exactly one of `add` or `delete`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UpdateRulesResponse]
    """

    kwargs = build_request(
        body=body,
        dry_run=dry_run,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateRulesRequest,
    dry_run: bool | Unset = UNSET,
) -> Problem | UpdateRulesResponse | None:
    """Add rules (`add`) or delete rules by id (`delete`); `dry_run=true` only validates.

    Args:
        dry_run (bool | Unset):
        body (UpdateRulesRequest): Exactly one of `add` or `delete`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UpdateRulesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            dry_run=dry_run,
        )
    ).parsed

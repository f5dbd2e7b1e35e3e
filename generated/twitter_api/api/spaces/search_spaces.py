from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.search_spaces_state import SearchSpacesState
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.problem import Problem
    from ...models.search_spaces_state import SearchSpacesState
    from ...models.spaces_response import SpacesResponse
    from ...types import UNSET, Unset

from switchboard_core import Answers, reconciled_retry

_ANSWERS = Answers(__name__)
"""What this operation documents as its answers: JSON is read through ``_ANSWERS.json``, which checks it."""


def build_request(
    *,
    query: str,
    state: SearchSpacesState | Unset = SearchSpacesState.ALL,
    space_fields: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation (method, url, params,
    headers, body). Public: facades send what this builds on their own stack.
    """
    from ...types import UNSET, Unset

    params: dict[str, Any] = {}

    params["query"] = query

    json_state: str | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = state.value

    params["state"] = json_state

    params["space.fields"] = space_fields

    params["max_results"] = max_results

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2/spaces/search",
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Problem | SpacesResponse | None:
    """The answer of ``response`` as documented for its status (``None`` for an undocumented one, unless
    ``raise_on_unexpected_status``). Public: facades parse with this, the typed functions below too.
    An answer that does not match its documented schema or cannot be parsed raises
    ``errors.ResponseParseError`` (status, headers and body kept)."""

    from ...models.problem import Problem
    from ...models.spaces_response import SpacesResponse

    try:
        if response.status_code == 200:
            response_200 = SpacesResponse.from_dict(_ANSWERS.json(response))

            return response_200

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
) -> Response[Problem | SpacesResponse]:
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
    query: str,
    state: SearchSpacesState | Unset = SearchSpacesState.ALL,
    space_fields: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> Response[Problem | SpacesResponse]:
    """Spaces whose title contains `query`, in a given state.

    Args:
        query (str):
        state (SearchSpacesState | Unset):  Default: SearchSpacesState.ALL.
        space_fields (str | Unset): Comma-separated names.
        max_results (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SpacesResponse]
    """

    kwargs = build_request(
        query=query,
        state=state,
        space_fields=space_fields,
        max_results=max_results,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    query: str,
    state: SearchSpacesState | Unset = SearchSpacesState.ALL,
    space_fields: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> Problem | SpacesResponse | None:
    """Spaces whose title contains `query`, in a given state.

    Args:
        query (str):
        state (SearchSpacesState | Unset):  Default: SearchSpacesState.ALL.
        space_fields (str | Unset): Comma-separated names.
        max_results (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SpacesResponse
    """

    return sync_detailed(
        client=client,
        query=query,
        state=state,
        space_fields=space_fields,
        max_results=max_results,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    query: str,
    state: SearchSpacesState | Unset = SearchSpacesState.ALL,
    space_fields: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> Response[Problem | SpacesResponse]:
    """Spaces whose title contains `query`, in a given state.

    Args:
        query (str):
        state (SearchSpacesState | Unset):  Default: SearchSpacesState.ALL.
        space_fields (str | Unset): Comma-separated names.
        max_results (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SpacesResponse]
    """

    kwargs = build_request(
        query=query,
        state=state,
        space_fields=space_fields,
        max_results=max_results,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    query: str,
    state: SearchSpacesState | Unset = SearchSpacesState.ALL,
    space_fields: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
) -> Problem | SpacesResponse | None:
    """Spaces whose title contains `query`, in a given state.

    Args:
        query (str):
        state (SearchSpacesState | Unset):  Default: SearchSpacesState.ALL.
        space_fields (str | Unset): Comma-separated names.
        max_results (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SpacesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            query=query,
            state=state,
            space_fields=space_fields,
            max_results=max_results,
        )
    ).parsed

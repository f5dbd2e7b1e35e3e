from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.problem import Problem
    from ...models.users_response import UsersResponse
    from ...types import UNSET, Unset

from switchboard_core import Answers, reconciled_retry

_ANSWERS = Answers(__name__)
"""What this operation documents as its answers: JSON is read through ``_ANSWERS.json``, which checks it."""


def build_request(
    id: str,
    *,
    user_fields: str | Unset = UNSET,
    expansions: str | Unset = UNSET,
    tweet_fields: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation (method, url, params,
    headers, body). Public: facades send what this builds on their own stack.
    """
    from ...types import UNSET

    params: dict[str, Any] = {}

    params["user.fields"] = user_fields

    params["expansions"] = expansions

    params["tweet.fields"] = tweet_fields

    params["max_results"] = max_results

    params["pagination_token"] = pagination_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2/tweets/{id}/retweeted_by".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Problem | UsersResponse | None:
    """The answer of ``response`` as documented for its status (``None`` for an undocumented one, unless
    ``raise_on_unexpected_status``). Public: facades parse with this, the typed functions below too.
    An answer that does not match its documented schema or cannot be parsed raises
    ``errors.ResponseParseError`` (status, headers and body kept)."""

    from ...models.problem import Problem
    from ...models.users_response import UsersResponse

    try:
        if response.status_code == 200:
            response_200 = UsersResponse.from_dict(_ANSWERS.json(response))

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
) -> Response[Problem | UsersResponse]:
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
    id: str,
    *,
    client: AuthenticatedClient,
    user_fields: str | Unset = UNSET,
    expansions: str | Unset = UNSET,
    tweet_fields: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
) -> Response[Problem | UsersResponse]:
    """Users who retweeted a tweet, a page at a time.

    Args:
        id (str): A 64-bit id as a decimal string.
        user_fields (str | Unset): Comma-separated names.
        expansions (str | Unset): Comma-separated names.
        tweet_fields (str | Unset): Comma-separated names.
        max_results (int | Unset):
        pagination_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UsersResponse]
    """

    kwargs = build_request(
        id=id,
        user_fields=user_fields,
        expansions=expansions,
        tweet_fields=tweet_fields,
        max_results=max_results,
        pagination_token=pagination_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    user_fields: str | Unset = UNSET,
    expansions: str | Unset = UNSET,
    tweet_fields: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
) -> Problem | UsersResponse | None:
    """Users who retweeted a tweet, a page at a time.

    Args:
        id (str): A 64-bit id as a decimal string.
        user_fields (str | Unset): Comma-separated names.
        expansions (str | Unset): Comma-separated names.
        tweet_fields (str | Unset): Comma-separated names.
        max_results (int | Unset):
        pagination_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UsersResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        user_fields=user_fields,
        expansions=expansions,
        tweet_fields=tweet_fields,
        max_results=max_results,
        pagination_token=pagination_token,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    user_fields: str | Unset = UNSET,
    expansions: str | Unset = UNSET,
    tweet_fields: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
) -> Response[Problem | UsersResponse]:
    """Users who retweeted a tweet, a page at a time.

    Args:
        id (str): A 64-bit id as a decimal string.
        user_fields (str | Unset): Comma-separated names.
        expansions (str | Unset): Comma-separated names.
        tweet_fields (str | Unset): Comma-separated names.
        max_results (int | Unset):
        pagination_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UsersResponse]
    """

    kwargs = build_request(
        id=id,
        user_fields=user_fields,
        expansions=expansions,
        tweet_fields=tweet_fields,
        max_results=max_results,
        pagination_token=pagination_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    user_fields: str | Unset = UNSET,
    expansions: str | Unset = UNSET,
    tweet_fields: str | Unset = UNSET,
    max_results: int | Unset = UNSET,
    pagination_token: str | Unset = UNSET,
) -> Problem | UsersResponse | None:
    """Users who retweeted a tweet, a page at a time.

    Args:
        id (str): A 64-bit id as a decimal string.
        user_fields (str | Unset): Comma-separated names.
        expansions (str | Unset): Comma-separated names.
        tweet_fields (str | Unset): Comma-separated names.
        max_results (int | Unset):
        pagination_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UsersResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            user_fields=user_fields,
            expansions=expansions,
            tweet_fields=tweet_fields,
            max_results=max_results,
            pagination_token=pagination_token,
        )
    ).parsed

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.problem import Problem
    from ...types import UNSET, File, Unset

from switchboard_core import Answers, reconciled_retry

_ANSWERS = Answers(__name__)
"""What this operation documents as its answers: JSON is read through ``_ANSWERS.json``, which checks it."""


def build_request(
    *,
    backfill_minutes: int | Unset = UNSET,
    expansions: str | Unset = UNSET,
    media_fields: str | Unset = UNSET,
    place_fields: str | Unset = UNSET,
    poll_fields: str | Unset = UNSET,
    tweet_fields: str | Unset = UNSET,
    user_fields: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation (method, url, params,
    headers, body). Public: facades send what this builds on their own stack.
    """

    from ...types import UNSET

    params: dict[str, Any] = {}

    params["backfill_minutes"] = backfill_minutes

    params["expansions"] = expansions

    params["media.fields"] = media_fields

    params["place.fields"] = place_fields

    params["poll.fields"] = poll_fields

    params["tweet.fields"] = tweet_fields

    params["user.fields"] = user_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/2/tweets/sample/stream",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response, *, raise_on_unexpected_status: bool = False) -> File | Problem | None:
    """The answer of ``response`` as documented for its status (``None`` for an undocumented one, unless
    ``raise_on_unexpected_status``). Public: facades parse with this, the typed functions below too.
    An answer that does not match its documented schema or cannot be parsed raises
    ``errors.ResponseParseError`` (status, headers and body kept)."""
    from io import BytesIO

    from ...models.problem import Problem
    from ...types import File

    try:
        if response.status_code == 200:
            response_200 = File(payload=BytesIO(response.content))

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

        if response.status_code == 503:
            response_503 = Problem.from_dict(_ANSWERS.json(response))

            return response_503

    except Exception as exc:
        raise errors.ResponseParseError.from_exception(response, exc) from exc
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File | Problem]:
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
    backfill_minutes: int | Unset = UNSET,
    expansions: str | Unset = UNSET,
    media_fields: str | Unset = UNSET,
    place_fields: str | Unset = UNSET,
    poll_fields: str | Unset = UNSET,
    tweet_fields: str | Unset = UNSET,
    user_fields: str | Unset = UNSET,
) -> Response[File | Problem]:
    """About 1% of all new tweets, one JSON object per line.

    Args:
        backfill_minutes (int | Unset):
        expansions (str | Unset): Comma-separated names.
        media_fields (str | Unset): Comma-separated names.
        place_fields (str | Unset): Comma-separated names.
        poll_fields (str | Unset): Comma-separated names.
        tweet_fields (str | Unset): Comma-separated names.
        user_fields (str | Unset): Comma-separated names.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = build_request(
        backfill_minutes=backfill_minutes,
        expansions=expansions,
        media_fields=media_fields,
        place_fields=place_fields,
        poll_fields=poll_fields,
        tweet_fields=tweet_fields,
        user_fields=user_fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    backfill_minutes: int | Unset = UNSET,
    expansions: str | Unset = UNSET,
    media_fields: str | Unset = UNSET,
    place_fields: str | Unset = UNSET,
    poll_fields: str | Unset = UNSET,
    tweet_fields: str | Unset = UNSET,
    user_fields: str | Unset = UNSET,
) -> File | Problem | None:
    """About 1% of all new tweets, one JSON object per line.

    Args:
        backfill_minutes (int | Unset):
        expansions (str | Unset): Comma-separated names.
        media_fields (str | Unset): Comma-separated names.
        place_fields (str | Unset): Comma-separated names.
        poll_fields (str | Unset): Comma-separated names.
        tweet_fields (str | Unset): Comma-separated names.
        user_fields (str | Unset): Comma-separated names.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return sync_detailed(
        client=client,
        backfill_minutes=backfill_minutes,
        expansions=expansions,
        media_fields=media_fields,
        place_fields=place_fields,
        poll_fields=poll_fields,
        tweet_fields=tweet_fields,
        user_fields=user_fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    backfill_minutes: int | Unset = UNSET,
    expansions: str | Unset = UNSET,
    media_fields: str | Unset = UNSET,
    place_fields: str | Unset = UNSET,
    poll_fields: str | Unset = UNSET,
    tweet_fields: str | Unset = UNSET,
    user_fields: str | Unset = UNSET,
) -> Response[File | Problem]:
    """About 1% of all new tweets, one JSON object per line.

    Args:
        backfill_minutes (int | Unset):
        expansions (str | Unset): Comma-separated names.
        media_fields (str | Unset): Comma-separated names.
        place_fields (str | Unset): Comma-separated names.
        poll_fields (str | Unset): Comma-separated names.
        tweet_fields (str | Unset): Comma-separated names.
        user_fields (str | Unset): Comma-separated names.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = build_request(
        backfill_minutes=backfill_minutes,
        expansions=expansions,
        media_fields=media_fields,
        place_fields=place_fields,
        poll_fields=poll_fields,
        tweet_fields=tweet_fields,
        user_fields=user_fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    backfill_minutes: int | Unset = UNSET,
    expansions: str | Unset = UNSET,
    media_fields: str | Unset = UNSET,
    place_fields: str | Unset = UNSET,
    poll_fields: str | Unset = UNSET,
    tweet_fields: str | Unset = UNSET,
    user_fields: str | Unset = UNSET,
) -> File | Problem | None:
    """About 1% of all new tweets, one JSON object per line.

    Args:
        backfill_minutes (int | Unset):
        expansions (str | Unset): Comma-separated names.
        media_fields (str | Unset): Comma-separated names.
        place_fields (str | Unset): Comma-separated names.
        poll_fields (str | Unset): Comma-separated names.
        tweet_fields (str | Unset): Comma-separated names.
        user_fields (str | Unset): Comma-separated names.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            backfill_minutes=backfill_minutes,
            expansions=expansions,
            media_fields=media_fields,
            place_fields=place_fields,
            poll_fields=poll_fields,
            tweet_fields=tweet_fields,
            user_fields=user_fields,
        )
    ).parsed

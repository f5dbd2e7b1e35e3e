from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.contact_list import ContactList
    from ...models.contact_list_filter import ContactListFilter
    from ...models.error import Error
    from ...types import UNSET, Unset

from switchboard_core import Answers, reconciled_retry

_ANSWERS = Answers(__name__)
"""What this operation documents as its answers: JSON is read through ``_ANSWERS.json``, which checks it."""


def build_request(
    *,
    filter_: ContactListFilter,
    skip: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation (method, url, params,
    headers, body). Public: facades send what this builds on their own stack.
    """
    from ...types import UNSET

    params: dict[str, Any] = {}

    json_filter_ = filter_.value
    params["filter"] = json_filter_

    params["skip"] = skip

    params["count"] = count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/socialgraph/contactlist",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response, *, raise_on_unexpected_status: bool = False) -> ContactList | Error | None:
    """The answer of ``response`` as documented for its status (``None`` for an undocumented one, unless
    ``raise_on_unexpected_status``). Public: facades parse with this, the typed functions below too.
    An answer that does not match its documented schema or cannot be parsed raises
    ``errors.ResponseParseError`` (status, headers and body kept)."""

    from ...models.contact_list import ContactList
    from ...models.error import Error

    try:
        if response.status_code == 200:
            response_200 = ContactList.from_dict(_ANSWERS.json(response))

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

    except Exception as exc:
        raise errors.ResponseParseError.from_exception(response, exc) from exc
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ContactList | Error]:
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
    filter_: ContactListFilter,
    skip: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> Response[ContactList | Error]:
    """The user's contacts, filtered, one page at a time (`skip`/`count`).

    Args:
        filter_ (ContactListFilter): Which contacts to list.
        skip (int | Unset):
        count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactList | Error]
    """

    kwargs = build_request(
        filter_=filter_,
        skip=skip,
        count=count,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    filter_: ContactListFilter,
    skip: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> ContactList | Error | None:
    """The user's contacts, filtered, one page at a time (`skip`/`count`).

    Args:
        filter_ (ContactListFilter): Which contacts to list.
        skip (int | Unset):
        count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactList | Error
    """

    return sync_detailed(
        client=client,
        filter_=filter_,
        skip=skip,
        count=count,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    filter_: ContactListFilter,
    skip: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> Response[ContactList | Error]:
    """The user's contacts, filtered, one page at a time (`skip`/`count`).

    Args:
        filter_ (ContactListFilter): Which contacts to list.
        skip (int | Unset):
        count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactList | Error]
    """

    kwargs = build_request(
        filter_=filter_,
        skip=skip,
        count=count,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    filter_: ContactListFilter,
    skip: int | Unset = UNSET,
    count: int | Unset = UNSET,
) -> ContactList | Error | None:
    """The user's contacts, filtered, one page at a time (`skip`/`count`).

    Args:
        filter_ (ContactListFilter): Which contacts to list.
        skip (int | Unset):
        count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            filter_=filter_,
            skip=skip,
            count=count,
        )
    ).parsed

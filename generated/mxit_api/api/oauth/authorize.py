from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.authorize_response_type import AuthorizeResponseType
    from ...models.error import Error
    from ...types import UNSET, Unset

from switchboard_core import Answers, reconciled_retry

_ANSWERS = Answers(__name__)
"""What this operation documents as its answers: JSON is read through ``_ANSWERS.json``, which checks it."""


def build_request(
    *,
    response_type: AuthorizeResponseType,
    client_id: str,
    redirect_uri: str | Unset = UNSET,
    scope: str,
    state: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation (method, url, params,
    headers, body). Public: facades send what this builds on their own stack.
    """
    from ...types import UNSET

    params: dict[str, Any] = {}

    json_response_type = response_type.value
    params["response_type"] = json_response_type

    params["client_id"] = client_id

    params["redirect_uri"] = redirect_uri

    params["scope"] = scope

    params["state"] = state

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/authorize",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response, *, raise_on_unexpected_status: bool = False) -> Any | Error | None:
    """The answer of ``response`` as documented for its status (``None`` for an undocumented one, unless
    ``raise_on_unexpected_status``). Public: facades parse with this, the typed functions below too.
    An answer that does not match its documented schema or cannot be parsed raises
    ``errors.ResponseParseError`` (status, headers and body kept)."""

    from ...models.error import Error

    try:
        if response.status_code == 302:
            response_302 = cast(Any, None)
            return response_302

        if response.status_code == 400:
            response_400 = Error.from_dict(_ANSWERS.json(response))

            return response_400

    except Exception as exc:
        raise errors.ResponseParseError.from_exception(response, exc) from exc
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
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
    client: AuthenticatedClient | Client,
    response_type: AuthorizeResponseType,
    client_id: str,
    redirect_uri: str | Unset = UNSET,
    scope: str,
    state: str | Unset = UNSET,
) -> Response[Any | Error]:
    """The page the user is sent to; it redirects back to `redirect_uri` with `code` (and `state`).

     Browser endpoint; the client library only builds its URL (`oauth.auth_url(scope)`).

    Args:
        response_type (AuthorizeResponseType):
        client_id (str):
        redirect_uri (str | Unset):
        scope (str):
        state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = build_request(
        response_type=response_type,
        client_id=client_id,
        redirect_uri=redirect_uri,
        scope=scope,
        state=state,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    response_type: AuthorizeResponseType,
    client_id: str,
    redirect_uri: str | Unset = UNSET,
    scope: str,
    state: str | Unset = UNSET,
) -> Any | Error | None:
    """The page the user is sent to; it redirects back to `redirect_uri` with `code` (and `state`).

     Browser endpoint; the client library only builds its URL (`oauth.auth_url(scope)`).

    Args:
        response_type (AuthorizeResponseType):
        client_id (str):
        redirect_uri (str | Unset):
        scope (str):
        state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        client=client,
        response_type=response_type,
        client_id=client_id,
        redirect_uri=redirect_uri,
        scope=scope,
        state=state,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    response_type: AuthorizeResponseType,
    client_id: str,
    redirect_uri: str | Unset = UNSET,
    scope: str,
    state: str | Unset = UNSET,
) -> Response[Any | Error]:
    """The page the user is sent to; it redirects back to `redirect_uri` with `code` (and `state`).

     Browser endpoint; the client library only builds its URL (`oauth.auth_url(scope)`).

    Args:
        response_type (AuthorizeResponseType):
        client_id (str):
        redirect_uri (str | Unset):
        scope (str):
        state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = build_request(
        response_type=response_type,
        client_id=client_id,
        redirect_uri=redirect_uri,
        scope=scope,
        state=state,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    response_type: AuthorizeResponseType,
    client_id: str,
    redirect_uri: str | Unset = UNSET,
    scope: str,
    state: str | Unset = UNSET,
) -> Any | Error | None:
    """The page the user is sent to; it redirects back to `redirect_uri` with `code` (and `state`).

     Browser endpoint; the client library only builds its URL (`oauth.auth_url(scope)`).

    Args:
        response_type (AuthorizeResponseType):
        client_id (str):
        redirect_uri (str | Unset):
        scope (str):
        state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            response_type=response_type,
            client_id=client_id,
            redirect_uri=redirect_uri,
            scope=scope,
            state=state,
        )
    ).parsed

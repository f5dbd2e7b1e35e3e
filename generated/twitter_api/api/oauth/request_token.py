from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.request_token_x_auth_access_type import RequestTokenXAuthAccessType
    from ...models.v1_errors import V1Errors
    from ...types import UNSET, Unset

from switchboard_core import Answers, reconciled_retry

_ANSWERS = Answers(__name__)
"""What this operation documents as its answers: JSON is read through ``_ANSWERS.json``, which checks it."""


def build_request(
    *,
    oauth_callback: str | Unset = UNSET,
    x_auth_access_type: RequestTokenXAuthAccessType | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation (method, url, params,
    headers, body). Public: facades send what this builds on their own stack.
    """
    from ...types import UNSET, Unset

    params: dict[str, Any] = {}

    params["oauth_callback"] = oauth_callback

    json_x_auth_access_type: str | Unset = UNSET
    if not isinstance(x_auth_access_type, Unset):
        json_x_auth_access_type = x_auth_access_type.value

    params["x_auth_access_type"] = json_x_auth_access_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/request_token",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response, *, raise_on_unexpected_status: bool = False) -> V1Errors | str | None:
    """The answer of ``response`` as documented for its status (``None`` for an undocumented one, unless
    ``raise_on_unexpected_status``). Public: facades parse with this, the typed functions below too.
    An answer that does not match its documented schema or cannot be parsed raises
    ``errors.ResponseParseError`` (status, headers and body kept)."""

    from ...models.v1_errors import V1Errors

    try:
        if response.status_code == 200:
            response_200 = response.text
            return response_200

        if response.status_code == 400:
            response_400 = V1Errors.from_dict(_ANSWERS.json(response))

            return response_400

        if response.status_code == 401:
            response_401 = V1Errors.from_dict(_ANSWERS.json(response))

            return response_401

        if response.status_code == 429:
            response_429 = V1Errors.from_dict(_ANSWERS.json(response))

            return response_429

    except Exception as exc:
        raise errors.ResponseParseError.from_exception(response, exc) from exc
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[V1Errors | str]:
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
    oauth_callback: str | Unset = UNSET,
    x_auth_access_type: RequestTokenXAuthAccessType | Unset = UNSET,
) -> Response[V1Errors | str]:
    """Step 1 of the three-legged flow; a request token for the callback.

     Signed with the consumer credentials (an access token may be included, as PyTweet does). Per RFC
    5849
    `oauth_callback` belongs in the `Authorization` header; Twitter also takes it as a query parameter,
    which is signed like any other. The answer is form-encoded text (Twitter labels it `text/html`).

    Args:
        oauth_callback (str | Unset):
        x_auth_access_type (RequestTokenXAuthAccessType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V1Errors | str]
    """

    kwargs = build_request(
        oauth_callback=oauth_callback,
        x_auth_access_type=x_auth_access_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    oauth_callback: str | Unset = UNSET,
    x_auth_access_type: RequestTokenXAuthAccessType | Unset = UNSET,
) -> V1Errors | str | None:
    """Step 1 of the three-legged flow; a request token for the callback.

     Signed with the consumer credentials (an access token may be included, as PyTweet does). Per RFC
    5849
    `oauth_callback` belongs in the `Authorization` header; Twitter also takes it as a query parameter,
    which is signed like any other. The answer is form-encoded text (Twitter labels it `text/html`).

    Args:
        oauth_callback (str | Unset):
        x_auth_access_type (RequestTokenXAuthAccessType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V1Errors | str
    """

    return sync_detailed(
        client=client,
        oauth_callback=oauth_callback,
        x_auth_access_type=x_auth_access_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    oauth_callback: str | Unset = UNSET,
    x_auth_access_type: RequestTokenXAuthAccessType | Unset = UNSET,
) -> Response[V1Errors | str]:
    """Step 1 of the three-legged flow; a request token for the callback.

     Signed with the consumer credentials (an access token may be included, as PyTweet does). Per RFC
    5849
    `oauth_callback` belongs in the `Authorization` header; Twitter also takes it as a query parameter,
    which is signed like any other. The answer is form-encoded text (Twitter labels it `text/html`).

    Args:
        oauth_callback (str | Unset):
        x_auth_access_type (RequestTokenXAuthAccessType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V1Errors | str]
    """

    kwargs = build_request(
        oauth_callback=oauth_callback,
        x_auth_access_type=x_auth_access_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    oauth_callback: str | Unset = UNSET,
    x_auth_access_type: RequestTokenXAuthAccessType | Unset = UNSET,
) -> V1Errors | str | None:
    """Step 1 of the three-legged flow; a request token for the callback.

     Signed with the consumer credentials (an access token may be included, as PyTweet does). Per RFC
    5849
    `oauth_callback` belongs in the `Authorization` header; Twitter also takes it as a query parameter,
    which is signed like any other. The answer is form-encoded text (Twitter labels it `text/html`).

    Args:
        oauth_callback (str | Unset):
        x_auth_access_type (RequestTokenXAuthAccessType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V1Errors | str
    """

    return (
        await asyncio_detailed(
            client=client,
            oauth_callback=oauth_callback,
            x_auth_access_type=x_auth_access_type,
        )
    ).parsed

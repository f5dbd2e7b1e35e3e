from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.shortlink_new_request import ShortlinkNewRequest
    from ...models.shortlink_new_response import ShortlinkNewResponse

from switchboard_core import Answers, reconciled_retry

_ANSWERS = Answers(__name__)
"""What this operation documents as its answers: JSON is read through ``_ANSWERS.json``, which checks it."""


def build_request(
    *,
    body: ShortlinkNewRequest | Mapping[str, Any],
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation (method, url, params,
    headers, body). Public: facades send what this builds on their own stack.
    ``body`` may also be its wire form, a JSON mapping, which is sent exactly as given.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/shortlinks",
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
) -> Error | ShortlinkNewResponse | None:
    """The answer of ``response`` as documented for its status (``None`` for an undocumented one, unless
    ``raise_on_unexpected_status``). Public: facades parse with this, the typed functions below too.
    An answer that does not match its documented schema or cannot be parsed raises
    ``errors.ResponseParseError`` (status, headers and body kept)."""

    from ...models.error import Error
    from ...models.shortlink_new_response import ShortlinkNewResponse

    try:
        if response.status_code == 201:
            response_201 = ShortlinkNewResponse.from_dict(_ANSWERS.json(response))

            return response_201

        if response.status_code == 400:
            response_400 = Error.from_dict(_ANSWERS.json(response))

            return response_400

        if response.status_code == 401:
            response_401 = Error.from_dict(_ANSWERS.json(response))

            return response_401

        if response.status_code == 403:
            response_403 = Error.from_dict(_ANSWERS.json(response))

            return response_403

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
) -> Response[Error | ShortlinkNewResponse]:
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
    body: ShortlinkNewRequest,
) -> Response[Error | ShortlinkNewResponse]:
    """Create shortlink

     Documented API errors (HTTP/code/type):

    - 400/1401/`invalid_param` The URL is empty or parameter `url` not set
    - 400/1402/`invalid_param` The URL provided is invalid
    - 400/1404/`invalid_param` The parameter `name` is invalid (min 3, max 25 characters)
    - 400/1405/`duplicate_id` Short ID already exists

    Args:
        body (ShortlinkNewRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShortlinkNewResponse]
    """

    kwargs = build_request(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ShortlinkNewRequest,
) -> Error | ShortlinkNewResponse | None:
    """Create shortlink

     Documented API errors (HTTP/code/type):

    - 400/1401/`invalid_param` The URL is empty or parameter `url` not set
    - 400/1402/`invalid_param` The URL provided is invalid
    - 400/1404/`invalid_param` The parameter `name` is invalid (min 3, max 25 characters)
    - 400/1405/`duplicate_id` Short ID already exists

    Args:
        body (ShortlinkNewRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShortlinkNewResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ShortlinkNewRequest,
) -> Response[Error | ShortlinkNewResponse]:
    """Create shortlink

     Documented API errors (HTTP/code/type):

    - 400/1401/`invalid_param` The URL is empty or parameter `url` not set
    - 400/1402/`invalid_param` The URL provided is invalid
    - 400/1404/`invalid_param` The parameter `name` is invalid (min 3, max 25 characters)
    - 400/1405/`duplicate_id` Short ID already exists

    Args:
        body (ShortlinkNewRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShortlinkNewResponse]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ShortlinkNewRequest,
) -> Error | ShortlinkNewResponse | None:
    """Create shortlink

     Documented API errors (HTTP/code/type):

    - 400/1401/`invalid_param` The URL is empty or parameter `url` not set
    - 400/1402/`invalid_param` The URL provided is invalid
    - 400/1404/`invalid_param` The parameter `name` is invalid (min 3, max 25 characters)
    - 400/1405/`duplicate_id` Short ID already exists

    Args:
        body (ShortlinkNewRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShortlinkNewResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

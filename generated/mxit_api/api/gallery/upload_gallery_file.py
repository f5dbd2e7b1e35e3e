from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...types import UNSET, File, Unset

from switchboard_core import Answers, reconciled_retry

_ANSWERS = Answers(__name__)
"""What this operation documents as its answers: JSON is read through ``_ANSWERS.json``, which checks it."""


def build_request(
    target: str,
    *,
    body: File,
    file_name: str,
    prevent_share: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation (method, url, params,
    headers, body). Public: facades send what this builds on their own stack.
    """

    from ...types import UNSET

    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["fileName"] = file_name

    params["preventShare"] = prevent_share

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/media/file/{target}".format(
            target=quote(str(target), safe=""),
        ),
        "params": params,
    }

    _kwargs["content"] = body.payload

    headers["Content-Type"] = "*/*"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response, *, raise_on_unexpected_status: bool = False) -> Error | str | None:
    """The answer of ``response`` as documented for its status (``None`` for an undocumented one, unless
    ``raise_on_unexpected_status``). Public: facades parse with this, the typed functions below too.
    An answer that does not match its documented schema or cannot be parsed raises
    ``errors.ResponseParseError`` (status, headers and body kept)."""

    from ...models.error import Error

    try:
        if response.status_code == 201:
            response_201 = cast(str, _ANSWERS.json(response))
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

        if response.status_code == 404:
            response_404 = Error.from_dict(_ANSWERS.json(response))

            return response_404

        if response.status_code == 409:
            response_409 = Error.from_dict(_ANSWERS.json(response))

            return response_409

    except Exception as exc:
        raise errors.ResponseParseError.from_exception(response, exc) from exc
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | str]:
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
    target: str,
    *,
    client: AuthenticatedClient,
    body: File,
    file_name: str,
    prevent_share: bool | Unset = UNSET,
) -> Response[Error | str]:
    """Upload a file (raw bytes) into the gallery folder `target`.

    Args:
        target (str):
        file_name (str):
        prevent_share (bool | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = build_request(
        target=target,
        body=body,
        file_name=file_name,
        prevent_share=prevent_share,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    target: str,
    *,
    client: AuthenticatedClient,
    body: File,
    file_name: str,
    prevent_share: bool | Unset = UNSET,
) -> Error | str | None:
    """Upload a file (raw bytes) into the gallery folder `target`.

    Args:
        target (str):
        file_name (str):
        prevent_share (bool | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return sync_detailed(
        target=target,
        client=client,
        body=body,
        file_name=file_name,
        prevent_share=prevent_share,
    ).parsed


async def asyncio_detailed(
    target: str,
    *,
    client: AuthenticatedClient,
    body: File,
    file_name: str,
    prevent_share: bool | Unset = UNSET,
) -> Response[Error | str]:
    """Upload a file (raw bytes) into the gallery folder `target`.

    Args:
        target (str):
        file_name (str):
        prevent_share (bool | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | str]
    """

    kwargs = build_request(
        target=target,
        body=body,
        file_name=file_name,
        prevent_share=prevent_share,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    target: str,
    *,
    client: AuthenticatedClient,
    body: File,
    file_name: str,
    prevent_share: bool | Unset = UNSET,
) -> Error | str | None:
    """Upload a file (raw bytes) into the gallery folder `target`.

    Args:
        target (str):
        file_name (str):
        prevent_share (bool | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | str
    """

    return (
        await asyncio_detailed(
            target=target,
            client=client,
            body=body,
            file_name=file_name,
            prevent_share=prevent_share,
        )
    ).parsed

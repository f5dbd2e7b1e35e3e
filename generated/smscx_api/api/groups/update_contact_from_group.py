from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.error import Error
    from ...models.update_number_request import UpdateNumberRequest
    from ...models.update_number_response import UpdateNumberResponse

from switchboard_core import Answers, reconciled_retry

_ANSWERS = Answers(__name__)
"""What this operation documents as its answers: JSON is read through ``_ANSWERS.json``, which checks it."""


def build_request(
    group_id: int,
    phone_number_id: str,
    *,
    body: UpdateNumberRequest | Mapping[str, Any],
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation (method, url, params,
    headers, body). Public: facades send what this builds on their own stack.
    ``body`` may also be its wire form, a JSON mapping, which is sent exactly as given.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/groups/{group_id}/{phone_number_id}".format(
            group_id=quote(str(group_id), safe=""),
            phone_number_id=quote(str(phone_number_id), safe=""),
        ),
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
) -> Any | Error | UpdateNumberResponse | None:
    """The answer of ``response`` as documented for its status (``None`` for an undocumented one, unless
    ``raise_on_unexpected_status``). Public: facades parse with this, the typed functions below too.
    An answer that does not match its documented schema or cannot be parsed raises
    ``errors.ResponseParseError`` (status, headers and body kept)."""

    from ...models.error import Error
    from ...models.update_number_response import UpdateNumberResponse

    try:
        if response.status_code == 200:
            response_200 = UpdateNumberResponse.from_dict(_ANSWERS.json(response))

            return response_200

        if response.status_code == 204:
            response_204 = cast(Any, None)
            return response_204

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
) -> Response[Any | Error | UpdateNumberResponse]:
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
    group_id: int,
    phone_number_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateNumberRequest,
) -> Response[Any | Error | UpdateNumberResponse]:
    """Update contact from group

     Documented API errors (HTTP/code/type):

    - 400/1213/`invalid_param` At least one parameter required (phoneNumber, firstName, lastName, email,
    field1, field2, field3, field4, field5, customFields)
    - 400/1215/`duplicate_value` The phone number already exists
    - 404/1202/`not_found` Phone number ID not found

    Args:
        group_id (int):
        phone_number_id (str):
        body (UpdateNumberRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | UpdateNumberResponse]
    """

    kwargs = build_request(
        group_id=group_id,
        phone_number_id=phone_number_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: int,
    phone_number_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateNumberRequest,
) -> Any | Error | UpdateNumberResponse | None:
    """Update contact from group

     Documented API errors (HTTP/code/type):

    - 400/1213/`invalid_param` At least one parameter required (phoneNumber, firstName, lastName, email,
    field1, field2, field3, field4, field5, customFields)
    - 400/1215/`duplicate_value` The phone number already exists
    - 404/1202/`not_found` Phone number ID not found

    Args:
        group_id (int):
        phone_number_id (str):
        body (UpdateNumberRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | UpdateNumberResponse
    """

    return sync_detailed(
        group_id=group_id,
        phone_number_id=phone_number_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    group_id: int,
    phone_number_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateNumberRequest,
) -> Response[Any | Error | UpdateNumberResponse]:
    """Update contact from group

     Documented API errors (HTTP/code/type):

    - 400/1213/`invalid_param` At least one parameter required (phoneNumber, firstName, lastName, email,
    field1, field2, field3, field4, field5, customFields)
    - 400/1215/`duplicate_value` The phone number already exists
    - 404/1202/`not_found` Phone number ID not found

    Args:
        group_id (int):
        phone_number_id (str):
        body (UpdateNumberRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | UpdateNumberResponse]
    """

    kwargs = build_request(
        group_id=group_id,
        phone_number_id=phone_number_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: int,
    phone_number_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateNumberRequest,
) -> Any | Error | UpdateNumberResponse | None:
    """Update contact from group

     Documented API errors (HTTP/code/type):

    - 400/1213/`invalid_param` At least one parameter required (phoneNumber, firstName, lastName, email,
    field1, field2, field3, field4, field5, customFields)
    - 400/1215/`duplicate_value` The phone number already exists
    - 404/1202/`not_found` Phone number ID not found

    Args:
        group_id (int):
        phone_number_id (str):
        body (UpdateNumberRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | UpdateNumberResponse
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            phone_number_id=phone_number_id,
            client=client,
            body=body,
        )
    ).parsed

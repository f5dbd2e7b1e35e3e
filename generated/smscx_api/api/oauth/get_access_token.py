from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.oauth_token_request import OauthTokenRequest
from ...models.oauth_token_response import OauthTokenResponse
from ...types import Response


def _get_kwargs(
    *,
    body: OauthTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | OauthTokenResponse | None:
    if response.status_code == 200:
        response_200 = OauthTokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 405:
        response_405 = Error.from_dict(response.json())

        return response_405

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | OauthTokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: OauthTokenRequest,
) -> Response[Error | OauthTokenResponse]:
    """Get access token

     Documented API errors (HTTP/code/type):

    - 400/1600/`invalid_request` The request is missing a required parameter (grant_type)
    - 400/1600/`invalid_scope` The requested scope is invalid, unknown, or malformed
    - 400/1600/`unsupported_grant_type` The grant type is not supported (only client_credentials)
    - 401/1600/`invalid_client` Invalid client

    Args:
        body (OauthTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OauthTokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: OauthTokenRequest,
) -> Error | OauthTokenResponse | None:
    """Get access token

     Documented API errors (HTTP/code/type):

    - 400/1600/`invalid_request` The request is missing a required parameter (grant_type)
    - 400/1600/`invalid_scope` The requested scope is invalid, unknown, or malformed
    - 400/1600/`unsupported_grant_type` The grant type is not supported (only client_credentials)
    - 401/1600/`invalid_client` Invalid client

    Args:
        body (OauthTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OauthTokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: OauthTokenRequest,
) -> Response[Error | OauthTokenResponse]:
    """Get access token

     Documented API errors (HTTP/code/type):

    - 400/1600/`invalid_request` The request is missing a required parameter (grant_type)
    - 400/1600/`invalid_scope` The requested scope is invalid, unknown, or malformed
    - 400/1600/`unsupported_grant_type` The grant type is not supported (only client_credentials)
    - 401/1600/`invalid_client` Invalid client

    Args:
        body (OauthTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OauthTokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: OauthTokenRequest,
) -> Error | OauthTokenResponse | None:
    """Get access token

     Documented API errors (HTTP/code/type):

    - 400/1600/`invalid_request` The request is missing a required parameter (grant_type)
    - 400/1600/`invalid_scope` The requested scope is invalid, unknown, or malformed
    - 400/1600/`unsupported_grant_type` The grant type is not supported (only client_credentials)
    - 401/1600/`invalid_client` Invalid client

    Args:
        body (OauthTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OauthTokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

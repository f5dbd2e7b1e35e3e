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
    from ...models.send_viber_message_request_estimate import SendViberMessageRequestEstimate
    from ...models.send_viber_message_response import SendViberMessageResponse

from switchboard_core import Answers, reconciled_retry

_ANSWERS = Answers(__name__)
"""What this operation documents as its answers: JSON is read through ``_ANSWERS.json``, which checks it."""


def build_request(
    *,
    body: SendViberMessageRequestEstimate | Mapping[str, Any],
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation (method, url, params,
    headers, body). Public: facades send what this builds on their own stack.
    ``body`` may also be its wire form, a JSON mapping, which is sent exactly as given.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/viber/estimate",
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
) -> Error | SendViberMessageResponse | None:
    """The answer of ``response`` as documented for its status (``None`` for an undocumented one, unless
    ``raise_on_unexpected_status``). Public: facades parse with this, the typed functions below too.
    An answer that does not match its documented schema or cannot be parsed raises
    ``errors.ResponseParseError`` (status, headers and body kept)."""

    from ...models.error import Error
    from ...models.send_viber_message_response import SendViberMessageResponse

    try:
        if response.status_code == 200:
            response_200 = SendViberMessageResponse.from_dict(_ANSWERS.json(response))

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
) -> Response[Error | SendViberMessageResponse]:
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
    body: SendViberMessageRequestEstimate,
) -> Response[Error | SendViberMessageResponse]:
    """Estimate Viber message

     Documented API errors (HTTP/code/type):

    - 400/1104/`invalid_param` The parameter `to` is empty or not set
    - 400/1105/`invalid_param` The parameter `from` is empty or not set
    - 400/1108/`invalid_param` The parameter `scheduledDate` is not a valid date
    - 400/1109/`invalid_param` The parameter `dlrCallbackUrl` is not a valid URL
    - 400/1112/`invalid_param` The shortlink/attachment ID provided for tracking is invalid or not found
    - 400/1116/`invalid_param` The scheduled date is in the past
    - 400/1103/`invalid_param` The phone numbers array is too big (max. allowed: 25000 numbers)
    - 400/1207/`invalid_param` The phone number provided is not valid
    - 400/1210/`invalid_param` The phone numbers provided are invalid
    - 403/1119/`no_coverage` No coverage or restricted destination
    - 400/1113/`insufficient_credit` Insufficient credit
    - 400/1114/`insufficient_credit` Credit limit reached. To increase the credit limit, please contact
    your account manager
    - 400/1126/`invalid_param` The parameter `templateId` is not set
    - 400/1127/`invalid_param` The parameter `templateId` is not valid
    - 400/1128/`invalid_param` The template ID provided is not a valid template
    - 403/1132/`access_denied` The template ID provided is not approved
    - 403/1133/`access_denied` The template ID provided is not locked

    Args:
        body (SendViberMessageRequestEstimate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SendViberMessageResponse]
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
    body: SendViberMessageRequestEstimate,
) -> Error | SendViberMessageResponse | None:
    """Estimate Viber message

     Documented API errors (HTTP/code/type):

    - 400/1104/`invalid_param` The parameter `to` is empty or not set
    - 400/1105/`invalid_param` The parameter `from` is empty or not set
    - 400/1108/`invalid_param` The parameter `scheduledDate` is not a valid date
    - 400/1109/`invalid_param` The parameter `dlrCallbackUrl` is not a valid URL
    - 400/1112/`invalid_param` The shortlink/attachment ID provided for tracking is invalid or not found
    - 400/1116/`invalid_param` The scheduled date is in the past
    - 400/1103/`invalid_param` The phone numbers array is too big (max. allowed: 25000 numbers)
    - 400/1207/`invalid_param` The phone number provided is not valid
    - 400/1210/`invalid_param` The phone numbers provided are invalid
    - 403/1119/`no_coverage` No coverage or restricted destination
    - 400/1113/`insufficient_credit` Insufficient credit
    - 400/1114/`insufficient_credit` Credit limit reached. To increase the credit limit, please contact
    your account manager
    - 400/1126/`invalid_param` The parameter `templateId` is not set
    - 400/1127/`invalid_param` The parameter `templateId` is not valid
    - 400/1128/`invalid_param` The template ID provided is not a valid template
    - 403/1132/`access_denied` The template ID provided is not approved
    - 403/1133/`access_denied` The template ID provided is not locked

    Args:
        body (SendViberMessageRequestEstimate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SendViberMessageResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendViberMessageRequestEstimate,
) -> Response[Error | SendViberMessageResponse]:
    """Estimate Viber message

     Documented API errors (HTTP/code/type):

    - 400/1104/`invalid_param` The parameter `to` is empty or not set
    - 400/1105/`invalid_param` The parameter `from` is empty or not set
    - 400/1108/`invalid_param` The parameter `scheduledDate` is not a valid date
    - 400/1109/`invalid_param` The parameter `dlrCallbackUrl` is not a valid URL
    - 400/1112/`invalid_param` The shortlink/attachment ID provided for tracking is invalid or not found
    - 400/1116/`invalid_param` The scheduled date is in the past
    - 400/1103/`invalid_param` The phone numbers array is too big (max. allowed: 25000 numbers)
    - 400/1207/`invalid_param` The phone number provided is not valid
    - 400/1210/`invalid_param` The phone numbers provided are invalid
    - 403/1119/`no_coverage` No coverage or restricted destination
    - 400/1113/`insufficient_credit` Insufficient credit
    - 400/1114/`insufficient_credit` Credit limit reached. To increase the credit limit, please contact
    your account manager
    - 400/1126/`invalid_param` The parameter `templateId` is not set
    - 400/1127/`invalid_param` The parameter `templateId` is not valid
    - 400/1128/`invalid_param` The template ID provided is not a valid template
    - 403/1132/`access_denied` The template ID provided is not approved
    - 403/1133/`access_denied` The template ID provided is not locked

    Args:
        body (SendViberMessageRequestEstimate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SendViberMessageResponse]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendViberMessageRequestEstimate,
) -> Error | SendViberMessageResponse | None:
    """Estimate Viber message

     Documented API errors (HTTP/code/type):

    - 400/1104/`invalid_param` The parameter `to` is empty or not set
    - 400/1105/`invalid_param` The parameter `from` is empty or not set
    - 400/1108/`invalid_param` The parameter `scheduledDate` is not a valid date
    - 400/1109/`invalid_param` The parameter `dlrCallbackUrl` is not a valid URL
    - 400/1112/`invalid_param` The shortlink/attachment ID provided for tracking is invalid or not found
    - 400/1116/`invalid_param` The scheduled date is in the past
    - 400/1103/`invalid_param` The phone numbers array is too big (max. allowed: 25000 numbers)
    - 400/1207/`invalid_param` The phone number provided is not valid
    - 400/1210/`invalid_param` The phone numbers provided are invalid
    - 403/1119/`no_coverage` No coverage or restricted destination
    - 400/1113/`insufficient_credit` Insufficient credit
    - 400/1114/`insufficient_credit` Credit limit reached. To increase the credit limit, please contact
    your account manager
    - 400/1126/`invalid_param` The parameter `templateId` is not set
    - 400/1127/`invalid_param` The parameter `templateId` is not valid
    - 400/1128/`invalid_param` The template ID provided is not a valid template
    - 403/1132/`access_denied` The template ID provided is not approved
    - 403/1133/`access_denied` The template ID provided is not locked

    Args:
        body (SendViberMessageRequestEstimate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SendViberMessageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

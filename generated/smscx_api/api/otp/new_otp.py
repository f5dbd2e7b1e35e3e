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
    from ...models.new_otp_request import NewOtpRequest
    from ...models.new_otp_response import NewOtpResponse

from switchboard_core import Answers, reconciled_retry

_ANSWERS = Answers(__name__)
"""What this operation documents as its answers: JSON is read through ``_ANSWERS.json``, which checks it."""


def build_request(
    *,
    body: NewOtpRequest | Mapping[str, Any],
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.build_request`` for this operation (method, url, params,
    headers, body). Public: facades send what this builds on their own stack.
    ``body`` may also be its wire form, a JSON mapping, which is sent exactly as given.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/otp",
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
) -> Error | NewOtpResponse | None:
    """The answer of ``response`` as documented for its status (``None`` for an undocumented one, unless
    ``raise_on_unexpected_status``). Public: facades parse with this, the typed functions below too.
    An answer that does not match its documented schema or cannot be parsed raises
    ``errors.ResponseParseError`` (status, headers and body kept)."""

    from ...models.error import Error
    from ...models.new_otp_response import NewOtpResponse

    try:
        if response.status_code == 201:
            response_201 = NewOtpResponse.from_dict(_ANSWERS.json(response))

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
) -> Response[Error | NewOtpResponse]:
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
    body: NewOtpRequest,
) -> Response[Error | NewOtpResponse]:
    """New OTP

     Documented API errors (HTTP/code/type):

    - 400/2001/`invalid_param` The parameter 'phoneNumber' is empty or not set
    - 400/2002/`invalid_param` The parameter 'countryIso' is empty or not set
    - 400/2003/`invalid_param` Country ISO provided is invalid
    - 400/2004/`invalid_param` The parameter 'from' is empty or not set
    - 400/2005/`invalid_param` The parameter 'from' is not valid (min 3, max 15 characters)
    - 400/2006/`invalid_param` The parameter 'template' is empty or not set
    - 400/2006/`invalid_param` The parameter 'template' does not contain placeholder {{pin}}
    - 400/2007/`invalid_param` The parameter 'ttl' is not a number
    - 400/2008/`invalid_param` Min value for 'ttl' is 60 seconds
    - 400/2009/`invalid_param` Max value for 'ttl' is 1800 seconds (30 mins)
    - 400/2010/`invalid_param` The parameter 'maxAttempts' is not a number
    - 400/2011/`invalid_param` Min value for 'maxAttempts' is 1
    - 400/2012/`invalid_param` Max value for 'maxAttempts' is 10
    - 400/2013/`invalid_param` The parameter 'pinType' is empty or not set
    - 400/2014/`invalid_param` Invalid parameter 'pinType'. Must be one of: letters, numbers,
    alphanumeric
    - 400/2015/`invalid_param` The parameter 'pinLength' is not a number
    - 400/2016/`invalid_param` Min value for 'pinLength' is 4
    - 400/2017/`invalid_param` Max value for 'pinLength' is 10
    - 400/2018/`invalid_param` Track ID provided (parameter 'trackId') is not a valid UUID (v1-v5)
    - 400/2019/`invalid_param` The parameter 'otpCallbackUrl' is not a valid URL
    - 400/2020/`invalid_param` The phone number provided is invalid

    Args:
        body (NewOtpRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NewOtpResponse]
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
    body: NewOtpRequest,
) -> Error | NewOtpResponse | None:
    """New OTP

     Documented API errors (HTTP/code/type):

    - 400/2001/`invalid_param` The parameter 'phoneNumber' is empty or not set
    - 400/2002/`invalid_param` The parameter 'countryIso' is empty or not set
    - 400/2003/`invalid_param` Country ISO provided is invalid
    - 400/2004/`invalid_param` The parameter 'from' is empty or not set
    - 400/2005/`invalid_param` The parameter 'from' is not valid (min 3, max 15 characters)
    - 400/2006/`invalid_param` The parameter 'template' is empty or not set
    - 400/2006/`invalid_param` The parameter 'template' does not contain placeholder {{pin}}
    - 400/2007/`invalid_param` The parameter 'ttl' is not a number
    - 400/2008/`invalid_param` Min value for 'ttl' is 60 seconds
    - 400/2009/`invalid_param` Max value for 'ttl' is 1800 seconds (30 mins)
    - 400/2010/`invalid_param` The parameter 'maxAttempts' is not a number
    - 400/2011/`invalid_param` Min value for 'maxAttempts' is 1
    - 400/2012/`invalid_param` Max value for 'maxAttempts' is 10
    - 400/2013/`invalid_param` The parameter 'pinType' is empty or not set
    - 400/2014/`invalid_param` Invalid parameter 'pinType'. Must be one of: letters, numbers,
    alphanumeric
    - 400/2015/`invalid_param` The parameter 'pinLength' is not a number
    - 400/2016/`invalid_param` Min value for 'pinLength' is 4
    - 400/2017/`invalid_param` Max value for 'pinLength' is 10
    - 400/2018/`invalid_param` Track ID provided (parameter 'trackId') is not a valid UUID (v1-v5)
    - 400/2019/`invalid_param` The parameter 'otpCallbackUrl' is not a valid URL
    - 400/2020/`invalid_param` The phone number provided is invalid

    Args:
        body (NewOtpRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NewOtpResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NewOtpRequest,
) -> Response[Error | NewOtpResponse]:
    """New OTP

     Documented API errors (HTTP/code/type):

    - 400/2001/`invalid_param` The parameter 'phoneNumber' is empty or not set
    - 400/2002/`invalid_param` The parameter 'countryIso' is empty or not set
    - 400/2003/`invalid_param` Country ISO provided is invalid
    - 400/2004/`invalid_param` The parameter 'from' is empty or not set
    - 400/2005/`invalid_param` The parameter 'from' is not valid (min 3, max 15 characters)
    - 400/2006/`invalid_param` The parameter 'template' is empty or not set
    - 400/2006/`invalid_param` The parameter 'template' does not contain placeholder {{pin}}
    - 400/2007/`invalid_param` The parameter 'ttl' is not a number
    - 400/2008/`invalid_param` Min value for 'ttl' is 60 seconds
    - 400/2009/`invalid_param` Max value for 'ttl' is 1800 seconds (30 mins)
    - 400/2010/`invalid_param` The parameter 'maxAttempts' is not a number
    - 400/2011/`invalid_param` Min value for 'maxAttempts' is 1
    - 400/2012/`invalid_param` Max value for 'maxAttempts' is 10
    - 400/2013/`invalid_param` The parameter 'pinType' is empty or not set
    - 400/2014/`invalid_param` Invalid parameter 'pinType'. Must be one of: letters, numbers,
    alphanumeric
    - 400/2015/`invalid_param` The parameter 'pinLength' is not a number
    - 400/2016/`invalid_param` Min value for 'pinLength' is 4
    - 400/2017/`invalid_param` Max value for 'pinLength' is 10
    - 400/2018/`invalid_param` Track ID provided (parameter 'trackId') is not a valid UUID (v1-v5)
    - 400/2019/`invalid_param` The parameter 'otpCallbackUrl' is not a valid URL
    - 400/2020/`invalid_param` The phone number provided is invalid

    Args:
        body (NewOtpRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NewOtpResponse]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: NewOtpRequest,
) -> Error | NewOtpResponse | None:
    """New OTP

     Documented API errors (HTTP/code/type):

    - 400/2001/`invalid_param` The parameter 'phoneNumber' is empty or not set
    - 400/2002/`invalid_param` The parameter 'countryIso' is empty or not set
    - 400/2003/`invalid_param` Country ISO provided is invalid
    - 400/2004/`invalid_param` The parameter 'from' is empty or not set
    - 400/2005/`invalid_param` The parameter 'from' is not valid (min 3, max 15 characters)
    - 400/2006/`invalid_param` The parameter 'template' is empty or not set
    - 400/2006/`invalid_param` The parameter 'template' does not contain placeholder {{pin}}
    - 400/2007/`invalid_param` The parameter 'ttl' is not a number
    - 400/2008/`invalid_param` Min value for 'ttl' is 60 seconds
    - 400/2009/`invalid_param` Max value for 'ttl' is 1800 seconds (30 mins)
    - 400/2010/`invalid_param` The parameter 'maxAttempts' is not a number
    - 400/2011/`invalid_param` Min value for 'maxAttempts' is 1
    - 400/2012/`invalid_param` Max value for 'maxAttempts' is 10
    - 400/2013/`invalid_param` The parameter 'pinType' is empty or not set
    - 400/2014/`invalid_param` Invalid parameter 'pinType'. Must be one of: letters, numbers,
    alphanumeric
    - 400/2015/`invalid_param` The parameter 'pinLength' is not a number
    - 400/2016/`invalid_param` Min value for 'pinLength' is 4
    - 400/2017/`invalid_param` Max value for 'pinLength' is 10
    - 400/2018/`invalid_param` Track ID provided (parameter 'trackId') is not a valid UUID (v1-v5)
    - 400/2019/`invalid_param` The parameter 'otpCallbackUrl' is not a valid URL
    - 400/2020/`invalid_param` The phone number provided is invalid

    Args:
        body (NewOtpRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | NewOtpResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
